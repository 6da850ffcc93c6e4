"""Postings gaps in one byte, twelve bits or two bytes: a delta-narrow block's narrow forms, written
here and read back by a compiled loop (kernel.py; block_codecs.py holds the codec).

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


def narrow_form(gaps: np.ndarray, form: int) -> bytes:
    """A block's gaps (int64; negative where a new term starts) in this narrow form."""
    escape = _ESCAPE[form]
    wide = (gaps < 0) | (gaps >= escape)
    narrow = np.where(wide, escape, gaps)
    return struct.pack(NARROW_HEAD, form, int(wide.sum())) + _pack_narrow(narrow, form) \
        + gaps[wide].astype("<i4").tobytes()


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


def restart_cumsum(gaps: np.ndarray, counts: Sequence[int], out: np.ndarray | None = None) -> np.ndarray:
    """Running sums of the gaps, starting over at each block (a block's first gap is its first value):
    each block's first gap is lowered by the previous block's total, then one running sum."""
    if len(counts) > 1:
        starts = np.cumsum(counts[:-1])
        totals = np.add.reduceat(gaps, np.concatenate(([0], starts)))
        gaps[starts] -= totals[:-1]
    return np.cumsum(gaps, out=out)
