"""The search's compiled loops over blocks of counts: runs of ones written and read back, plain ones read.

Part of the compiled loops (kernel.py exports them; the built module is named after this file too).
A block that does not decode makes a function return BAD (kernel.py).
"""
from __future__ import annotations

import numba
import numpy as np

from .block_codecs import LONG_RUN, RUN_SHIFT, RUNS, VALUE_ESCAPE, VALUE_MASK, VALUE_OFFSET
from .kernel_scoring import BAD


def pack_counts(values, out):
    """A block of counts in the RUNS form (block_codecs.py) into `out` (4 bytes a count is room
    enough); the number of bytes written. Ones after the last other count are not written."""
    out[0] = RUNS
    n, ones = 1, 0
    for i in range(len(values)):
        value = np.int64(values[i])
        if value == 1:
            ones += 1
            continue
        while ones >= LONG_RUN:
            out[n] = LONG_RUN << RUN_SHIFT
            n, ones = n + 1, ones - LONG_RUN
        escape = not VALUE_OFFSET <= value < VALUE_OFFSET + VALUE_ESCAPE
        out[n] = (ones << RUN_SHIFT) | (VALUE_ESCAPE if escape else value - VALUE_OFFSET)
        if escape:
            out[n + 1], out[n + 2] = value & 0xFF, value >> 8
        n, ones = n + 1 + 2 * escape, 0
    return n


@numba.njit
def _runs_block(raw, begin, end, count, out, at, limit, skip, take):
    # Ones everywhere first (a loop the compiler turns into wide stores), then only the other counts
    # are written: most counts are 1, and writing ones run by run cost as much as inflating.
    out[at:at + take] = 1
    n, i = 0, begin + 1
    while i < end:
        token = np.int64(raw[i])
        code, n, i = token & VALUE_MASK, n + (token >> RUN_SHIFT), i + 1
        if token >> RUN_SHIFT == LONG_RUN:
            if code or n > count:
                return BAD
            continue
        if n >= count or (code == VALUE_ESCAPE and i + 2 > end):
            return BAD
        value = code + VALUE_OFFSET
        if code == VALUE_ESCAPE:
            value, i = np.int64(raw[i]) | (np.int64(raw[i + 1]) << 8), i + 2
        if value > limit:  # a count wider than the array's type
            return BAD
        if skip <= n < skip + take:
            out[at + n - skip] = value
        n += 1
    return 0


def unpack_counts(raw, ends, counts, out, limit):
    """Counts of neighbouring RUNS blocks (`raw`: their bytes, `ends`: each block's end in it,
    `counts`: each block's number of values) into `out`, none above `limit`; 0, or BAD if a block
    does not decode."""
    begin, at = 0, 0
    for b in range(len(ends)):
        end = ends[b]
        if end <= begin or end > len(raw) or raw[begin] != RUNS \
                or _runs_block(raw, begin, end, counts[b], out, at, limit, 0, counts[b]) < 0:
            return BAD
        at, begin = at + counts[b], end
    return 0


@numba.njit
def _plain_block(raw, begin, end, count, out, at, width, skip, take):
    if end - begin - 1 != count * width:
        return BAD
    for i in range(take):
        p = begin + 1 + (skip + i) * width
        out[at + i] = np.int64(raw[p]) | (np.int64(raw[p + 1]) << 8) if width == 2 else raw[p]
    return 0
