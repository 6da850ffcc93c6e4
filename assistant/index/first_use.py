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
message. When every block of the postings is unpacked already (checked as it was filled: a server's
warm-up at 10,000 passages), the terms are sliced from those tables instead.
"""
from __future__ import annotations

from array import array
from typing import TYPE_CHECKING

import numpy as np
import xxhash

from .blocks import BlockedArray
from .gather_plan import PLAN_BEGIN, PLAN_COLUMNS, PLAN_END
from .kernel_loader import kernel
from .kernel_plan import plan_rows_bound
from .kernel_scoring import BAD
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
    # Every block unpacked already (a server's warm-up at 10,000 passages, preload.py): the terms'
    # slices of those tables are quicker than decoding the kept bytes again, a first question's
    # search 0.19-0.23 -> 0.12-0.13 ms (docs/benchmarks.md).
    if docs.all_filled() and tfs.all_filled():
        return _joined([index.postings(t) for t in terms])
    if spans is None:
        spans = [(index.offsets.item(t), index.offsets.item(t + 1)) for t in terms]
    found: list[Postings | None] = [index.postings_cache.get(t) for t in terms]
    # Otherwise a term not in the cache is decoded from the kept bytes even if the block-by-block
    # way has filled its blocks: as quick as copying them out, and asking cost ~1.5 us a term.
    unread = {j: spans[j] for j, postings in enumerate(found) if postings is None}
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
    if docs.digests is None or tfs.digests is None:
        return None
    wanted = array("q")  # per term: start, end, where its values go in the question's arrays
    at = 0
    for j, n in enumerate(lengths):
        span = spans.get(j)
        if span is not None:
            wanted.extend((span[0], span[1], at))
        at += n
    loops = kernel()
    bound = plan_rows_bound(len(spans), sum(end - start for start, end in spans.values()),
                            min(docs.block_items, tfs.block_items))
    plan, expected = np.empty((bound, PLAN_COLUMNS), dtype=np.int64), np.empty(bound, dtype=np.uint64)
    layout = np.array([docs.block_items, len(docs), raw.at(docs), tfs.block_items, len(tfs), raw.at(tfs),
                       raw.region_bytes], dtype=np.int64)
    n_rows = loops.plan_terms(np.frombuffer(wanted, dtype=np.int64).reshape(-1, 3), docs.ends, docs.digests,
                              tfs.ends, tfs.digests, layout, raw.regions, plan, expected)
    if n_rows == BAD:
        return None
    missing, n_rows = n_rows < 0, -1 - n_rows if n_rows < 0 else n_rows
    begins, ends = plan[:n_rows, PLAN_BEGIN].tolist(), plan[:n_rows, PLAN_END].tolist()
    if missing and not all(map(raw.ensure, begins, ends)):
        return None
    view = raw.buffer.data
    for begin, end, digest in zip(begins, ends, expected[:n_rows].tolist()):
        if xxhash.xxh3_64_intdigest(view[begin:end]) != digest:
            return None
    out_docs = np.empty(at, dtype=np.int32)
    out_tfs = np.empty(at, dtype=tfs.dtype)
    name, limit = _GATHER[tfs.dtype]
    return (out_docs, out_tfs) if getattr(loops, name)(raw.buffer, plan[:n_rows], out_docs, out_tfs, limit) == 0 \
        else None


def _joined(postings: list[Postings]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    return (np.concatenate([p.docs for p in postings]).astype(np.int32, copy=False),
            np.concatenate([p.tfs for p in postings]), [len(p.docs) for p in postings])
