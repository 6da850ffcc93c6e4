"""Postings gaps in one byte, twelve bits or two bytes: a delta-narrow block's narrow forms, written
and read back (block_codecs.py holds the codec; this, the forms).

A block stores the gaps between its chunk ids in the narrowest form that holds them, the largest
value of the form marking a gap stored as int32 after them (a new term's first id, a rare term's
long gap); the running sum of the gaps, starting over at each block, gives the chunk ids back.
"""
from __future__ import annotations

import struct
from collections.abc import Sequence

import numpy as np

NARROW = {1: np.dtype("u1"), 2: np.dtype("<u2")}
# Or TWELVE_BITS: two gaps in three bytes. Gaps of 256-4094 (terms in 1 of 25 to 1 of 4,000
# passages) are common: 12 bits instead of 16 took 1 MB off the postings at 100,000 passages.
TWELVE_BITS = 3
_ESCAPE = {1: 2 ** 8 - 1, 2: 2 ** 16 - 1, TWELVE_BITS: 2 ** 12 - 1}
# The narrow forms a block is written in, the smallest chosen (format 4 had only 1 and 2).
NARROW_FORMS = (1, 2, TWELVE_BITS)
NARROW_HEAD = "<BI"
_NARROW_HEAD_SIZE = struct.calcsize(NARROW_HEAD)


def narrow_form(gaps: np.ndarray, form: int) -> bytes:
    """A block's gaps (int64; negative where a new term starts) in this narrow form."""
    escape = _ESCAPE[form]
    wide = (gaps < 0) | (gaps >= escape)
    narrow = np.where(wide, escape, gaps)
    return struct.pack(NARROW_HEAD, form, int(wide.sum())) + _pack_narrow(narrow, form) \
        + gaps[wide].astype("<i4").tobytes()


def _narrow_bytes(form: int, n: int) -> int:
    """Bytes that n gaps take in this form (twelve bits: a pair in three bytes, an odd one padded)."""
    return -(-n // 2) * 3 if form == TWELVE_BITS else form * n


def _pack_narrow(narrow: np.ndarray, form: int) -> bytes:
    if form != TWELVE_BITS:
        return narrow.astype(NARROW[form]).tobytes()
    pairs = np.zeros((-(-len(narrow) // 2), 2), dtype=np.uint16)
    pairs.flat[:len(narrow)] = narrow
    packed = np.empty((len(pairs), 3), dtype=np.uint8)
    packed[:, 0] = pairs[:, 0] & 0xFF
    packed[:, 1] = (pairs[:, 0] >> 8) | ((pairs[:, 1] & 0xF) << 4)
    packed[:, 2] = pairs[:, 1] >> 4
    return packed.tobytes()


def _unpack_narrow(data, form: int, counts: Sequence[int]) -> np.ndarray:
    """The gaps (int64: numpy sums them about twice as fast as int32) of blocks' narrow parts."""
    if form != TWELVE_BITS:
        return np.frombuffer(data, dtype=NARROW[form]).astype(np.int64)
    if len(data) % 3:
        raise ValueError("wrong length")
    # Each pair read as one little-endian 4-byte word from its three bytes on (a strided view, the
    # fourth byte belongs to the next pair or the pad): two masks and a shift unpack it.
    buffer = bytes(data) + b"\0"
    words = np.ndarray((len(data) // 3,), dtype="<u4", buffer=buffer, strides=(3,))
    gaps = np.empty(2 * len(words), dtype=np.int64)
    gaps[0::2] = words & 0xFFF
    gaps[1::2] = (words >> 12) & 0xFFF
    odd = [n % 2 == 1 for n in counts]
    if any(odd):  # a block of odd length ends in a pad
        keep = np.ones(len(gaps), dtype=bool)
        keep[np.cumsum([n + n % 2 for n in counts])[odd] - 1] = False
        gaps = gaps[keep]
    return gaps


def narrow_into(parts: Sequence[memoryview], counts: Sequence[int], out: np.ndarray) -> None:
    """Chunk ids of delta-narrow blocks of one form: the running sum of a block's gaps is its values
    (each block starts over)."""
    head, form = _NARROW_HEAD_SIZE, parts[0][0]
    n_wides = [struct.unpack_from(NARROW_HEAD, part)[1] for part in parts]
    sizes = [_narrow_bytes(form, n) for n in counts]
    if any(len(part) != head + size + 4 * k for part, size, k in zip(parts, sizes, n_wides)):
        raise ValueError("wrong length")
    if len(parts) == 1:  # a rare term's postings: no joining
        narrow, wides = parts[0][head:head + sizes[0]], np.frombuffer(parts[0], dtype="<i4", offset=head + sizes[0])
    else:
        narrow = b"".join(part[head:head + size] for part, size in zip(parts, sizes))
        wides = np.frombuffer(b"".join(part[head + size:] for part, size in zip(parts, sizes)), dtype="<i4")
    gaps = _unpack_narrow(narrow, form, counts)
    wide = np.flatnonzero(gaps == _ESCAPE[form])
    if len(wide) != len(wides) or (len(wide) and len(parts) > 1 and not np.array_equal(
            np.bincount(np.searchsorted(np.cumsum(counts), wide, side="right"), minlength=len(counts)),
            n_wides)):
        raise ValueError("wrong length")
    gaps[wide] = wides
    # Summed straight into `out`: no temporary array to allocate, touch and copy.
    restart_cumsum(gaps, counts, out)


def restart_cumsum(gaps: np.ndarray, counts: Sequence[int], out: np.ndarray | None = None) -> np.ndarray:
    """Running sums of the gaps, starting over at each block (a block's first gap is its first value):
    each block's first gap is lowered by the previous block's total, then one running sum."""
    if len(counts) > 1:
        starts = np.cumsum(counts[:-1])
        totals = np.add.reduceat(gaps, np.concatenate(([0], starts)))
        gaps[starts] -= totals[:-1]
    return np.cumsum(gaps, out=out)
