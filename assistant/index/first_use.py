"""A question's terms read on first use in one pass: a read per term and array, one compiled call.

Filling a rare term's blocks through BlockedArray cost ~35 us of Python per term at 100,000 passages
(a lock, the block table as lists, a copy into bounded memory, the clock's bits, a numpy array per
argument), several times the reading, checking and unpacking itself (docs/benchmarks.md). The terms
of a question scored all at once (topk._sum_all) are therefore read here: each term's blocks of
chunk ids and of counts with one preadv each into one buffer, every block checked against its
checksum, and all of them decoded by one call to the compiled loops (kernel.py's `gather`), which
writes only each term's own part of a block. The terms go into the postings cache for the next
question; the blocked arrays are left as they were. Anything unexpected (a short read, a checksum
that differs, a block that does not decode, a form only Python reads) sends the question the usual
way, which reads the same blocks again and raises the index's damage error with its usual message.
"""
from __future__ import annotations

import os
from array import array
from typing import TYPE_CHECKING

import numpy as np
import xxhash

from .blocks import BlockedArray
from .gather_plan import COUNTS_ROW, IDS_ROW, PLAN_COLUMNS
from .kernel_loader import kernel
from .postings_cache import Postings

if TYPE_CHECKING:
    from .bm25 import Index

# The compiled loop for each width counts are stored in, and the largest count that width holds.
_GATHER = {np.dtype(np.uint8): ("gather_u1", 0xFF), np.dtype(np.uint16): ("gather_u2", 0xFFFF)}


def gathered(index: Index, terms: list[int], idfs: list[float]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """The chunk ids (int32) and counts of `terms` (their idfs alongside), concatenated in that
    order, and how many postings each term has."""
    docs, tfs = index.post_docs, index.post_tfs
    if not (isinstance(docs, BlockedArray) and isinstance(tfs, BlockedArray) and docs.codec == "delta-narrow"
            and tfs.codec == "counts" and tfs.dtype in _GATHER):
        return _joined([index.postings(t) for t in terms])
    found: list[Postings | None] = [index.postings_cache.get(t) for t in terms]
    spans: dict[int, tuple[int, int]] = {}
    for j, t in enumerate(terms):
        if found[j] is None:
            start, end = index.offsets[t:t + 2].tolist()
            if docs.filled(start, end) and tfs.filled(start, end):
                found[j] = index.postings(t)
            else:
                spans[j] = (start, end)
    if not spans:
        return _joined(found)
    lengths = [spans[j][1] - spans[j][0] if j in spans else len(found[j].docs) for j in range(len(terms))]
    read = _read(index, spans, lengths, docs, tfs)
    if read is None:
        return _joined([index.postings(t) for t in terms])
    out_docs, out_tfs = read
    at = 0
    for j, n in enumerate(lengths):
        if j in spans:
            index.postings_cache.put(terms[j], Postings(out_docs[at:at + n].copy(), out_tfs[at:at + n].copy(), idfs[j]))
        else:
            out_docs[at:at + n], out_tfs[at:at + n] = found[j].docs, found[j].tfs
        at += n
    return out_docs, out_tfs, lengths


def _read(index: Index, spans: dict[int, tuple[int, int]], lengths: list[int], docs: BlockedArray,
          tfs: BlockedArray) -> tuple[np.ndarray, np.ndarray] | None:
    """The postings of the terms in `spans` (position in the question: their range in the arrays)
    read, checked and decoded into fresh arrays for the whole question; None if anything is amiss."""
    rows = array("q")  # the plan's rows one after another
    reads: list[tuple[BlockedArray, int, int, int]] = []  # (array, offset in the file, size, where in raw)
    checks: list[tuple[int, int, int]] = []               # (begin, end in raw, checksum)
    size, at = 0, 0
    for j, n in enumerate(lengths):
        if j in spans:
            start, end = spans[j]
            for stored, kind in ((docs, IDS_ROW), (tfs, COUNTS_ROW)):
                size = _plan(stored, kind, start, end, at, size, rows, reads, checks)
        at += n
    raw = np.empty(size, dtype=np.uint8)
    view = memoryview(raw)
    try:
        for stored, offset, length, raw_at in reads:
            if os.preadv(stored.source.fd, [view[raw_at:raw_at + length]], offset) != length:
                return None
    except OSError:
        return None
    for begin, end, digest in checks:
        if xxhash.xxh3_64_intdigest(view[begin:end]) != digest:
            return None
    out_docs = np.empty(at, dtype=np.int32)
    out_tfs = np.empty(at, dtype=tfs.dtype)
    name, limit = _GATHER[tfs.dtype]
    plan = np.frombuffer(rows, dtype=np.int64).reshape(-1, PLAN_COLUMNS)
    return (out_docs, out_tfs) if getattr(kernel(), name)(raw, plan, out_docs, out_tfs, limit) == 0 else None


def _plan(stored: BlockedArray, kind: int, start: int, end: int, at: int, raw_at: int,
          rows: array, reads: list, checks: list) -> int:
    """Rows, a read and checks for values start..end-1 of `stored`, written from `at` on and read
    into raw from `raw_at` on; where the next read goes in raw. (Single values by `item`: a slice
    and `tolist` of the block tables cost several times as much for a term's one or two blocks.)"""
    per, ends, digests = stored.block_items, stored.ends, stored.digests
    low, high = start // per, (end - 1) // per
    begin = ends.item(low - 1) if low else 0
    block_begin = raw_at
    for b in range(low, high + 1):
        first = b * per
        count = min(per, len(stored) - first)
        skip, stop = max(start - first, 0), min(end - first, count)
        block_end = raw_at + ends.item(b) - begin
        rows.extend((kind, block_begin, block_end, count, skip, stop - skip, at))
        if digests is not None:
            checks.append((block_begin, block_end, digests.item(b)))
        at += stop - skip
        block_begin = block_end
    reads.append((stored, stored.base + begin, block_begin - raw_at, raw_at))
    return block_begin


def _joined(postings: list[Postings]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    return (np.concatenate([p.docs for p in postings]).astype(np.int32, copy=False),
            np.concatenate([p.tfs for p in postings]), [len(p.docs) for p in postings])
