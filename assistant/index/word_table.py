"""Words of plain ASCII text into term ids in numpy: the build's word memo as a hash table of
words packed into three 64-bit integers, looked up for a whole batch of passages at once.

Most of a build is turning words into term ids, and in Python each word costs a string object, a
dictionary lookup and a join. Here a batch's text is one byte array: its words are found, packed
(up to PACKED_BYTES letters, zero-padded) and looked up with a few numpy calls over all of them;
only a word the table has not seen yet goes through the analyser, once. The table is exact: a slot
holds the whole packed word, compared in full, and the hash only chooses where to look first.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

# Longer words (rare) are looked up one by one by the caller.
PACKED_BYTES = 24
_PARTS = PACKED_BYTES // 8
# (1 << 8k) - 1: the low k bytes of a little-endian load, the letters of a part holding k of them.
_LOW_BYTES = np.array([(1 << (8 * k)) - 1 for k in range(9)], dtype=np.uint64)
_SPACE = ord(" ")
# Odd multipliers that mix a word's parts into a slot (Fibonacci hashing on the sum).
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)
_FIRST_BITS = 12
# At most this share of slots in use: linear probing then finds nearly every word in its first slot.
_MAX_LOAD = 0.5
DROPPED = -1


def word_spans(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets of the words (runs of anything but spaces) of ASCII bytes."""
    word = np.frombuffer(b" " + data + b" ", dtype=np.uint8) != _SPACE
    # Offsets in the padded bytes where a word starts or ends: one past a change, less the pad.
    edges = np.flatnonzero(word[1:] != word[:-1])
    return edges[0::2], edges[1::2]


def packed_words(data: bytes, starts: np.ndarray, ends: np.ndarray) -> list[np.ndarray]:
    """Each word's first PACKED_BYTES bytes as _PARTS arrays of little-endian 64-bit integers,
    zero-padded; a word's bytes are read with one 8-byte load per part from a strided view of
    every byte position."""
    padded = data + bytes(PACKED_BYTES + 8)
    at_each_byte = np.ndarray((len(data) + PACKED_BYTES,), dtype="<u8", buffer=padded, strides=(1,))
    lengths = ends - starts
    parts = []
    for part in range(_PARTS):
        keep = np.clip(lengths - 8 * part, 0, 8)
        parts.append(np.bitwise_and(at_each_byte[starts + 8 * part], _LOW_BYTES[keep]))
    return parts


class WordTable:
    """Packed word -> term id (DROPPED for a stopword), each distinct word analysed once by
    `term_id`, which gets the word as a string."""

    def __init__(self, term_id: Callable[[str], int]):
        self._term_id = term_id
        self._clear(_FIRST_BITS)

    def __len__(self) -> int:
        return self._count

    def clear(self) -> None:
        self._clear(_FIRST_BITS)

    def _clear(self, bits: int) -> None:
        self._bits = bits
        # A word's parts in one array each (gathers from one array are faster); all zero: empty.
        self._keys = [np.zeros(1 << bits, dtype=np.uint64) for _ in range(_PARTS)]
        self._ids = np.zeros(1 << bits, dtype=np.int32)
        self._count = 0

    def ids(self, keys: list[np.ndarray]) -> np.ndarray:
        """The term id of each packed word (int32, DROPPED for a dropped one)."""
        slots = self._home(keys)
        # Nearly every word is in its home slot: all are looked up there at once, the rest below.
        found = self._holds(slots, keys)
        out = self._ids[slots]
        pending = np.flatnonzero(~found)
        while len(pending):
            at = slots[pending]
            wanted = [part[pending] for part in keys]
            hit = self._holds(at, wanted)
            out[pending[hit]] = self._ids[at[hit]]
            free = self._keys[0][at] == 0  # no word packs to zero: its first byte is a letter or digit
            if free.any():
                # Words the table lacks: added, then looked for again from the same slot (two new
                # words may have wanted it), or from their new home if the table grew.
                bits = self._bits
                self._add_new([part[free] for part in wanted])
                if self._bits != bits:
                    slots = self._home(keys)
                    pending = pending[~hit]
                    continue
            later = ~hit & ~free
            slots[pending[later]] = (at[later] + 1) & (len(self._ids) - 1)
            pending = pending[~hit]
        return out

    def _holds(self, slots: np.ndarray, keys: list[np.ndarray]) -> np.ndarray:
        """Whether each slot holds its word."""
        same = self._keys[0][slots] == keys[0]
        for part in range(1, _PARTS):
            same &= self._keys[part][slots] == keys[part]
        return same

    def _home(self, keys: list[np.ndarray]) -> np.ndarray:
        mixed = keys[0] * _MIX[0]
        for part in range(1, _PARTS):
            mixed += keys[part] * _MIX[part]
        return (mixed >> np.uint64(64 - self._bits)).astype(np.int64)

    def _add_new(self, new: list[np.ndarray]) -> None:
        """Analyse each distinct word of `new` (packed words the table lacks) and put it in the table."""
        distinct = np.unique(np.stack(new), axis=1)
        # The word's text: its packed bytes are all its letters (a longer word is never packed).
        words = [distinct[:, i].tobytes().rstrip(b"\0").decode("ascii") for i in range(distinct.shape[1])]
        ids = np.array([self._term_id(word) for word in words], dtype=np.int32)
        while self._count + len(words) > _MAX_LOAD * len(self._ids):
            self._grow()
        self._place(list(distinct), ids)

    def _place(self, keys: list[np.ndarray], ids: np.ndarray) -> None:
        """Put words the table lacks in the first free slot from their home on."""
        pending = np.arange(len(ids))
        slots = self._home(keys)
        while len(pending):
            at = slots[pending]
            # Of words wanting the same free slot, the first takes it; the others try the next.
            candidates = np.flatnonzero(self._keys[0][at] == 0)
            _, first = np.unique(at[candidates], return_index=True)
            taken = candidates[first]
            for mine, theirs in zip(self._keys, keys):
                mine[at[taken]] = theirs[pending[taken]]
            self._ids[at[taken]] = ids[pending[taken]]
            self._count += len(taken)
            left = np.ones(len(pending), dtype=bool)
            left[taken] = False
            slots[pending[left]] = (at[left] + 1) & (len(self._ids) - 1)
            pending = pending[left]

    def _grow(self) -> None:
        used = np.flatnonzero(self._keys[0])
        keys, ids = [part[used] for part in self._keys], self._ids[used]
        self._clear(self._bits + 1)
        self._place(keys, ids)
