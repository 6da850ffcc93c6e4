"""A question's terms read on first use in one pass: their blocks checked, one compiled call decodes them.

Filling a rare term's blocks through BlockedArray cost ~35 us of Python per term at 100,000 passages
(a lock, the block table as lists, a copy into bounded memory, the clock's bits, a numpy array per
argument), several times the reading, checking and unpacking itself (docs/benchmarks.md). The terms
of a question scored all at once (topk._sum_all) are therefore read here: each term's blocks of
chunk ids and of counts are found in the postings' stored bytes, read from the file a region at a
time and kept (raw_postings.py), every block is checked against its checksum each time it is used,
and all of them are decoded by one call to the compiled loops (kernel.py's `gather`), which writes
only each term's own part of a block. The terms go into the postings cache for the next question;
the blocked arrays are left as they were. Anything unexpected (a short read, a checksum that
differs, a block that does not decode, a form only Python reads) sends the question the usual way,
which reads the same blocks again from the file and raises the index's damage error with its usual
message.
"""
from __future__ import annotations

from array import array
from typing import TYPE_CHECKING

import numpy as np
import xxhash

from .blocks import BlockedArray
from .gather_plan import COUNTS_ROW, IDS_ROW, PLAN_COLUMNS
from .kernel_loader import kernel
from .postings_cache import Postings
from .raw_postings import RawPostings, raw_postings

if TYPE_CHECKING:
    from .bm25 import Index

# The compiled loop for each width counts are stored in, and the largest count that width holds.
_GATHER = {np.dtype(np.uint8): ("gather_u1", 0xFF), np.dtype(np.uint16): ("gather_u2", 0xFFFF)}


def gathered(index: Index, terms: list[int], idfs: list[float],
             spans: list[tuple[int, int]] | None = None) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """The chunk ids (int32) and counts of `terms` (their idfs alongside), concatenated in that
    order, and how many postings each term has; `spans`: each term's (start, end) in the postings,
    if the caller has read them already."""
    docs, tfs = index.post_docs, index.post_tfs
    if not (isinstance(docs, BlockedArray) and isinstance(tfs, BlockedArray) and docs.codec == "delta-narrow"
            and tfs.codec == "counts" and tfs.dtype in _GATHER):
        return _joined([index.postings(t) for t in terms])
    if spans is None:
        spans = [(index.offsets.item(t), index.offsets.item(t + 1)) for t in terms]
    found: list[Postings | None] = [index.postings_cache.get(t) for t in terms]
    unread: dict[int, tuple[int, int]] = {}
    for j, t in enumerate(terms):
        if found[j] is None:
            start, end = spans[j]
            if docs.filled(start, end) and tfs.filled(start, end):
                found[j] = index.postings(t)
            else:
                unread[j] = (start, end)
    if not unread:
        return _joined(found)
    lengths = [end - start if j in unread else len(found[j].docs) for j, (start, end) in enumerate(spans)]
    raw = raw_postings(index.memo, docs, tfs)
    read = None if raw is None else _read(raw, unread, lengths, docs, tfs)
    if read is None:
        return _joined([index.postings(t) for t in terms])
    out_docs, out_tfs = read
    at = 0
    for j, n in enumerate(lengths):
        if j in unread:
            index.postings_cache.put(terms[j], Postings(out_docs[at:at + n].copy(), out_tfs[at:at + n].copy(), idfs[j]))
        else:
            out_docs[at:at + n], out_tfs[at:at + n] = found[j].docs, found[j].tfs
        at += n
    return out_docs, out_tfs, lengths


def _read(raw: RawPostings, spans: dict[int, tuple[int, int]], lengths: list[int], docs: BlockedArray,
          tfs: BlockedArray) -> tuple[np.ndarray, np.ndarray] | None:
    """The postings of the terms in `spans` (position in the question: their range in the arrays)
    read, checked and decoded into fresh arrays for the whole question; None if anything is amiss."""
    rows = array("q")  # the plan's rows one after another
    stretches: list[tuple[int, int]] = []    # (begin, end in raw) of each term's blocks in an array
    checks: list[tuple[int, int, int]] = []  # (begin, end in raw, checksum)
    at = 0
    ids_table, counts_table = _table(docs, raw), _table(tfs, raw)
    for j, n in enumerate(lengths):
        span = spans.get(j)
        if span is not None:
            _plan(ids_table, IDS_ROW, span, at, rows, stretches, checks)
            _plan(counts_table, COUNTS_ROW, span, at, rows, stretches, checks)
        at += n
    for begin, end in stretches:
        if not raw.ensure(begin, end):
            return None
    view = raw.buffer.data
    for begin, end, digest in checks:
        if xxhash.xxh3_64_intdigest(view[begin:end]) != digest:
            return None
    out_docs = np.empty(at, dtype=np.int32)
    out_tfs = np.empty(at, dtype=tfs.dtype)
    name, limit = _GATHER[tfs.dtype]
    plan = np.frombuffer(rows, dtype=np.int64).reshape(-1, PLAN_COLUMNS)
    return (out_docs, out_tfs) if getattr(kernel(), name)(raw.buffer, plan, out_docs, out_tfs, limit) == 0 else None


def _table(stored: BlockedArray, raw: RawPostings) -> tuple:
    """What planning reads of a blocked array, fetched once per question rather than per term."""
    return stored.block_items, stored.ends, stored.digests, len(stored), raw.at(stored)


def _plan(table: tuple, kind: int, span: tuple[int, int], at: int, rows: array, stretches: list,
          checks: list) -> None:
    """Rows, the stretch of raw to read and checks for values start..end-1 (`span`) of a blocked
    array (`table`), written from `at` on. (Single values by `item`: a slice and `tolist` of the
    block tables cost several times as much for a term's one or two blocks.)"""
    per, ends, digests, n_values, base = table
    start, end = span
    low, high = start // per, (end - 1) // per
    block_begin = first_begin = base + (ends.item(low - 1) if low else 0)
    for b in range(low, high + 1):
        first = b * per
        block_end = base + ends.item(b)
        skip = start - first if start > first else 0
        take = (end if end < first + per else first + per) - first - skip
        rows.extend((kind, block_begin, block_end, min(per, n_values - first), skip, take, at))
        if digests is not None:
            checks.append((block_begin, block_end, digests.item(b)))
        at += take
        block_begin = block_end
    stretches.append((first_begin, block_begin))


def _joined(postings: list[Postings]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    return (np.concatenate([p.docs for p in postings]).astype(np.int32, copy=False),
            np.concatenate([p.tfs for p in postings]), [len(p.docs) for p in postings])
