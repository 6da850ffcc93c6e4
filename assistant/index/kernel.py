"""Compiled loops of a question's search: unpacking blocks of chunk ids and counts, and scoring rare terms.

numpy unpacks a block of gaps with a dozen small calls, each with a temporary array whose pages are
touched for the first time; for a rare term's one block of 2,048 ids those calls cost more than the
work, and so did the half dozen calls that summed a few hundred postings' scores. These loops do
each in one pass. numba compiles them ahead of time (`build`, run by `scripts/setup`) into an
ordinary extension module beside this file, named after this file's contents (and its parts,
kernel_counts.py, kernel_scoring.py, kernel_plan.py and gather_plan.py): the service imports
that module (kernel_loader.py) in a fraction of a millisecond and without numba, whose compiler
would add 120 MB and most of a second to every process that searches, even reading its cache.

A block that does not decode makes a function return BAD instead of raising: the caller turns that
into the index's damage error. `gather` reads a question's first-used blocks (first_use.py) in one
call: only each term's own part of a block is summed and written, but the rest of every block is still
checked (its wide gaps counted, its runs followed), so a block the other loops refuse is refused here too.
"""
from __future__ import annotations

import struct
import sys
import warnings
from pathlib import Path

import numba
import numpy as np

from .block_codecs import DENSE, DENSE_HEAD, PLAIN, RUNS
from .gather_plan import IDS_ROW, PLAN_AT, PLAN_BEGIN, PLAN_COUNT, PLAN_END, PLAN_KIND, PLAN_SKIP, PLAN_TAKE, UNREAD
from .kernel_counts import _plain_block, _runs_block, pack_counts, unpack_counts
from .kernel_plan import plan_terms
from .kernel_scoring import BAD, sum_top_k
from .narrow_gaps import _ESCAPE, NARROW_HEAD, TWELVE_BITS

# The forms of a delta-narrow block (block_codecs.py, narrow_gaps.py), by its first byte.
_ONE_BYTE, _TWO_BYTES, _TWELVE_BITS = 1, 2, TWELVE_BITS
_ESCAPES = (0, _ESCAPE[1], _ESCAPE[2], _ESCAPE[TWELVE_BITS])
_NARROW_HEAD, _DENSE_HEAD = struct.calcsize(NARROW_HEAD), struct.calcsize(DENSE_HEAD)


@numba.njit
def _u32(raw, at):
    return np.int64(raw[at]) | (np.int64(raw[at + 1]) << 8) | (np.int64(raw[at + 2]) << 16) \
        | (np.int64(raw[at + 3]) << 24)


@numba.njit
def _i32(raw, at):
    value = _u32(raw, at)
    return value - (1 << 32) if value >= (1 << 31) else value


@numba.njit
def _narrow_gap(raw, form, base, i):
    if form == _ONE_BYTE:
        return np.int64(raw[base + i])
    if form == _TWO_BYTES:
        return np.int64(raw[base + 2 * i]) | (np.int64(raw[base + 2 * i + 1]) << 8)
    at = base + (i >> 1) * 3
    if i & 1:
        return (np.int64(raw[at + 1]) >> 4) | (np.int64(raw[at + 2]) << 4)
    return np.int64(raw[at]) | ((np.int64(raw[at + 1]) & 0xF) << 8)


@numba.njit
def _narrow_block(raw, begin, end, count, out, at, skip, take):
    form = raw[begin]
    if form < _ONE_BYTE or form > _TWELVE_BITS or end - begin < _NARROW_HEAD:
        return BAD
    n_wide = _u32(raw, begin + 1)
    if form == _TWELVE_BITS:
        size = (count + 1) // 2 * 3
    else:
        size = form * count
    base = begin + _NARROW_HEAD
    wide_at = base + size
    if wide_at + 4 * n_wide != end:
        return BAD
    escape = _ESCAPES[form]
    value = np.int64(0)
    wides = 0
    for i in range(skip + take):
        gap = _narrow_gap(raw, form, base, i)
        if gap == escape:
            if wides == n_wide:
                return BAD
            gap = _i32(raw, wide_at + 4 * wides)
            wides += 1
        value += gap
        if i >= skip:
            out[at + i - skip] = value
    # The gaps after the wanted part are not summed, only checked: the block must hold as many
    # escapes as wide gaps, as when it is unpacked whole.
    wides += _escapes(raw, form, base, skip + take, count, escape)
    return BAD if wides != n_wide else 0


@numba.njit
def _escapes(raw, form, base, first, count, escape):
    n = 0
    if form == _ONE_BYTE:
        for p in range(base + first, base + count):
            n += raw[p] == escape
        return n
    if form == _TWO_BYTES:
        for p in range(base + 2 * first, base + 2 * count, 2):
            n += (raw[p] == 0xFF) & (raw[p + 1] == 0xFF)
        return n
    # Twelve bits: both gaps of three bytes at once, the odd ones at either end alone.
    if first & 1 and first < count:
        n, first = n + (_narrow_gap(raw, form, base, first) == escape), first + 1
    for p in range(base + (first >> 1) * 3, base + (count >> 1) * 3, 3):
        middle = raw[p + 1]
        n += ((raw[p] == 0xFF) & (middle & 0xF == 0xF)) + ((middle >> 4 == 0xF) & (raw[p + 2] == 0xFF))
    if count & 1 and count - 1 >= first:
        n += _narrow_gap(raw, form, base, count - 1) == escape
    return n


@numba.njit
def _dense_block(raw, begin, end, count, out, at, skip, take):
    if end - begin < _DENSE_HEAD:
        return BAD
    first = _i32(raw, begin + 1)
    n_bits = _u32(raw, begin + 5)
    if end - begin - _DENSE_HEAD != (n_bits + 7) // 8:
        return BAD
    n = 0
    for byte_at in range(begin + _DENSE_HEAD, end):
        byte = raw[byte_at]
        if byte == 0:
            continue
        chunk = first + (byte_at - begin - _DENSE_HEAD) * 8
        for bit in range(8):
            if byte & (0x80 >> bit):
                if n == count:
                    return BAD
                if skip <= n < skip + take:
                    out[at + n - skip] = chunk + bit
                n += 1
    return BAD if n != count else 0


def unpack_ids(raw, ends, counts, out):
    """Chunk ids of neighbouring delta-narrow blocks (`raw`: their bytes, `ends`: each block's end
    in it, `counts`: each block's number of ids) into `out`; 0, or BAD if a block does not decode."""
    begin = 0
    at = 0
    for b in range(len(ends)):
        end = ends[b]
        if end <= begin or end > len(raw):
            return BAD
        if raw[begin] == DENSE:
            status = _dense_block(raw, begin, end, counts[b], out, at, 0, counts[b])
        else:
            status = _narrow_block(raw, begin, end, counts[b], out, at, 0, counts[b])
        if status < 0:
            return status
        at += counts[b]
        begin = end
    return 0


def gather(raw, plan, docs, tfs, limit):
    """Parts of stored blocks of chunk ids and counts into `docs` and `tfs` (`raw`: the blocks'
    bytes, checked by the caller). Per row of `plan` (first_use.py): which array, the block's begin
    and end in `raw`, its number of values, and its values skip..skip+take-1 written from `at` on.
    Every block is checked whole, as unpack_ids and unpack_counts check it, so what they refuse is
    refused here; 0, BAD, or UNREAD for a block of a form only Python reads (deflated counts)."""
    for row in range(plan.shape[0]):
        kind, begin, end = plan[row, PLAN_KIND], plan[row, PLAN_BEGIN], plan[row, PLAN_END]
        count = plan[row, PLAN_COUNT]
        skip, take, at = plan[row, PLAN_SKIP], plan[row, PLAN_TAKE], plan[row, PLAN_AT]
        if end <= begin or end > len(raw) or skip < 0 or take < 0 or skip + take > count or at < 0:
            return BAD
        form = raw[begin]
        if kind == IDS_ROW:
            if at + take > len(docs):
                return BAD
            if form == DENSE:
                status = _dense_block(raw, begin, end, count, docs, at, skip, take)
            else:
                status = _narrow_block(raw, begin, end, count, docs, at, skip, take)
        elif at + take > len(tfs):
            return BAD
        elif form == RUNS:
            status = _runs_block(raw, begin, end, count, tfs, at, limit, skip, take)
        elif form == PLAIN:
            status = _plain_block(raw, begin, end, count, tfs, at, 1 if limit <= 0xFF else 2, skip, take)
        else:
            return UNREAD
        if status < 0:
            return status
    return 0


_SUM_TOP_K = "Tuple((i8[::1], f8[::1]))(i4[::1], {}[::1], i8[::1], f8[::1], f8[::1], f8[::1], f8, i8)"
# What the built module holds: its functions and their one signature each (the counts come as
# uint8 or, where a count exceeds 255, uint16).
EXPORTS = {
    "unpack_ids": (unpack_ids, "i8(u1[::1], i8[::1], i8[::1], i4[::1])"),
    "sum_top_k_u1": (sum_top_k, _SUM_TOP_K.format("u1")),
    "sum_top_k_u2": (sum_top_k, _SUM_TOP_K.format("u2")),
    "gather_u1": (gather, "i8(u1[::1], i8[:, ::1], i4[::1], u1[::1], i8)"),
    "gather_u2": (gather, "i8(u1[::1], i8[:, ::1], i4[::1], u2[::1], i8)"),
    "plan_terms": (plan_terms, "i8(i8[:, ::1], i8[::1], u8[::1], i8[::1], u8[::1], i8[::1], u1[::1], "
                               "i8[:, ::1], u8[::1])"),
    "pack_counts": (pack_counts, "i8(u2[::1], u1[::1])"),
    "unpack_counts_u1": (unpack_counts, "i8(u1[::1], i8[::1], i8[::1], u1[::1], i8)"),
    "unpack_counts_u2": (unpack_counts, "i8(u1[::1], i8[::1], i8[::1], u2[::1], i8)"),
}


def build(folder: Path, name: str) -> None:
    """Compile EXPORTS into the extension module `name` in `folder` (needs a C compiler)."""
    with warnings.catch_warnings():
        # numba announces that ahead-of-time compiling will move to another module one day.
        warnings.simplefilter("ignore")
        from numba.pycc import CC
        compiler = CC(name)
        compiler.output_dir = str(folder)
        for export, (function, signature) in EXPORTS.items():
            compiler.export(export, signature)(function)
        compiler.compile()


def prepare(folder: Path, name: str) -> bool:
    """Build module `name` in `folder` unless it is there, after removing builds of other sources;
    whether it was built now."""
    from .kernel_loader import built_files
    for old in built_files(folder):
        if not old.name.startswith(name + "."):
            old.unlink()
    if built_files(folder):
        return False
    print("Kompilerer søgningens løkker (assistant/index/kernel.py) …", file=sys.stderr)
    build(folder, name)
    return True


def main() -> int:
    """The module the service imports, built beside this file (what `scripts/setup` runs)."""
    from .kernel_loader import module_name
    prepare(Path(__file__).parent, module_name())
    return 0


if __name__ == "__main__":
    sys.exit(main())
