"""simplemma's front-coded lemma tables read faster: blocks decoded once, and the capitalised words' blocks at load.

simplemma's low-memory table (StreamMap) finds a word by scanning its block record by record in
Python. DecodedBlocks reads the same table: a block looked up twice is kept decoded (a dict of its
records), every other lookup scans the block's keys alone (frontcoded.py). The blocks holding the
capitalised keys are decoded once per process, at load (pin_capitalised): simplemma's lemmatiser
looks a word it does not know up a second time capitalised ("Xyz" for "xyz"), and nearly every
such word of a new question (a typo, a name, a word without æ/ø/å) is one. Those lookups were
~45 % of the Danish table's and ~30 % of the English table's lookups in new questions, ~8 µs each
as scans; all but a few find nothing.

The other words a new question looks up that the table lacks (~470 of ~550 lower-case Danish
lookups per 100 new questions at 10,000 passages) are told apart before any block is read: each
key's CRC-32, sorted (key_hashes, kept in the table cache, ~3 MB for the Danish table), holds no
hash of a word the table lacks but in ~1 of 5,000 cases; bucketed by their first 16 bits (where
each bucket starts), so a word's hash is bisected among ~12 hashes, not 788,000. A word whose hash
is not there is no key; a word whose hash is there is looked up as before, so every answer is the
table's own.
"""
from __future__ import annotations

import bisect
import zlib
from array import array
from functools import lru_cache
from itertools import accumulate

import numpy as np

# Blocks of the Danish front-coded table kept decoded (~4 KB each): the Danish words a question looks
# up come in runs of one beginning (a stem's forms in the material, material_forms.py), most in a
# block looked up before (the dev sets' new questions at 10,000 passages: 12 → 3.3 µs a lookup). A
# block is decoded the second time it is looked up (~35 µs, three scans' worth): the warm-up's
# 10,000 everyday words touch most blocks once. English lookups are spread over the English table,
# so its blocks are only scanned. A scan reads the keys alone (find_in_block), not each value.
DECODED_BLOCKS = 256
# Blocks looked up once whose number is kept (started afresh when full, as DECODED_BLOCKS).
TOUCHED_BLOCKS = 4096
# A key hash's bucket is its first 16 bits (key_hashes).
BUCKET_SHIFT = 16
BUCKETS = 1 << (32 - BUCKET_SHIFT)


def key_hashes(stream) -> tuple[np.ndarray, np.ndarray]:
    """The CRC-32 of every key of a simplemma StreamMap as stored (reversed where the table stores
    keys backwards), sorted and unique, and where each bucket of them starts (BUCKETS + 1 offsets):
    the filter DecodedBlocks.filter_unknown takes. numpy arrays: the table cache stores them outside
    the pickle and reads them memory-mapped, pages a machine's processes share (~4.4 MB each before)."""
    table = decoded_blocks(stream, decode=False)
    hashes = array("I", sorted({zlib.crc32(key) for block in range(len(stream._blocks))
                                for key in table.block_records(block)}))
    counts = [0] * (BUCKETS + 1)
    for crc in hashes:
        counts[(crc >> BUCKET_SHIFT) + 1] += 1
    return np.asarray(hashes), np.asarray(array("I", accumulate(counts)))


def decoded_blocks(stream, decode: bool = True):
    """A simplemma StreamMap whose lookups read a block decoded once (the table's block index, as the
    table cache holds it, unchanged; without `decode` every lookup scans its block's keys alone,
    frontcoded.py). simplemma scans a block's records in Python on each lookup (~13 µs); the block's
    records as a dict give the same value: keys are sorted, so a key is in the block bisection finds
    or nowhere, and the first record of a key is the one a scan finds. It reads the StreamMap's own
    fields, so it holds for the simplemma pinned in requirements.txt; a test compares its lookups
    with simplemma's scan."""
    return _blocks_class()(stream, decode)


@lru_cache(maxsize=1)
def _blocks_class():
    # Made on first use: simplemma is imported lazily (_factory).
    from simplemma.strategies.dictionaries import frontcode
    from simplemma.strategies.dictionaries.dictionary_factory import DecodedStrMapping

    from .frontcoded import find_in_block

    class DecodedBlocks(DecodedStrMapping):
        __slots__ = ("stream", "_decode_blocks", "_decoded", "_touched", "_pinned", "_hashes")

        def __init__(self, stream, decode: bool = True):
            self.stream = stream
            self._decode_blocks = decode
            # Bounded dicts started afresh when full (thread-safe under the GIL, like the other memos).
            self._decoded: dict[int, dict[bytes, bytes]] = {}
            self._touched: set[int] = set()
            # The capitalised keys' blocks, decoded at load and never dropped (pin_capitalised).
            self._pinned: dict[int, dict[bytes, bytes]] = {}
            # The keys' hashes (key_hashes), once the process has them (filter_unknown).
            self._hashes: tuple[memoryview, memoryview] | None = None

        def filter_unknown(self, hashes: tuple[np.ndarray, np.ndarray]) -> None:
            """From now on a word whose CRC-32 is not among `hashes` (key_hashes of this table) is
            answered as missing without reading its block. Bisected and indexed as memoryviews of
            the arrays (as fast as an array's, on the cache file's pages; cast through bytes, as an
            array read back from the file has an explicit byte order a memoryview does not index)."""
            self._hashes = tuple(memoryview(np.ascontiguousarray(h, dtype=np.uint32)).cast("B").cast("I")
                                 for h in hashes)

        def pin_capitalised(self) -> int:
            """Decode every block that may hold a key beginning with a capital letter (those whose
            first key does, and the block before the first of each run), once; how many blocks. A
            capital sorted among small letters ("Ü" after "z" in the English table) is in a block
            left out: its lookups scan, as before."""
            stream = self.stream
            if stream._rev:  # keys stored backwards: a capital is no key's first byte
                return 0
            firsts = stream._firsts
            capital = [first.decode("utf-8", "ignore")[:1].isupper() for first in firsts]
            wanted = {b for i, is_capital in enumerate(capital) if is_capital for b in (i - 1, i) if b >= 0}
            for block in sorted(wanted - self._pinned.keys()):
                self._pinned[block] = self.block_records(block)
            return len(wanted)

        def block_records(self, block: int) -> dict[bytes, bytes]:
            """The block's records as stored (keys reversed where the table stores them backwards),
            the first of each key."""
            stream = self.stream
            end = stream._blocks[block + 1][0] if block + 1 < len(stream._blocks) else len(stream._data)
            records: dict[bytes, bytes] = {}
            for start, key, value in frontcode._iter_records(stream._data, *stream._blocks[block]):
                if start >= end:
                    break
                records.setdefault(key, value)
            return records

        def _lookup(self, key: str) -> str | None:
            stream = self.stream
            target = key.encode()[::-1] if stream._rev else key.encode()
            block = bisect.bisect_right(stream._firsts, target) - 1
            if block < 0:
                return None
            records = self._pinned.get(block) or self._decoded.get(block)
            if records is None:
                if self._hashes is not None:
                    hashes, starts = self._hashes
                    crc = zlib.crc32(target)
                    bucket = crc >> BUCKET_SHIFT
                    end = starts[bucket + 1]
                    i = bisect.bisect_left(hashes, crc, starts[bucket], end)
                    if i == end or hashes[i] != crc:
                        return None
                if not self._decode_blocks or block not in self._touched:
                    if self._decode_blocks:
                        if len(self._touched) >= TOUCHED_BLOCKS:
                            self._touched.clear()
                        self._touched.add(block)
                    value = find_in_block(stream._data, *stream._blocks[block], target)
                    return None if value is None else (value[::-1] if stream._rev else value).decode()
                if len(self._decoded) >= DECODED_BLOCKS:
                    self._decoded.clear()
                records = self._decoded[block] = self.block_records(block)
            value = records.get(target)
            return None if value is None else (value[::-1] if stream._rev else value).decode()

        def __iter__(self):
            return iter(self.stream)

        def __len__(self) -> int:
            return len(self.stream)

    return DecodedBlocks


