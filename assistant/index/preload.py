"""Reading at load what nearly every question reads, so that a visitor's first question does not.

Format 3 reads blocks on first use (blocks.py). Profiled at 10,000 passages, the first question
after a load spent 0.9 ms of its 3.1 ms filling blocks: the first block of the term offsets and of
the idf (64 KiB each, inflated and summed) and a block of postings for each of its terms
(docs/benchmarks.md). A server warms each index it loads before serving it (services.LiveIndex);
this is the index's part of that: the term tables, the document list and the passages' offsets
whole (2 MB at 100,000 passages, plus the vocabulary's dict), then the postings blocks of the most
frequent terms up to the postings' budget (bounded_blocks.py), which at 10,000 passages is all of
them, and the postings' stored bytes that a question's first use of its rare terms decodes
(raw_postings.py), whole when they fit their budget.
"""
from __future__ import annotations

import numpy as np

from .blocks import BlockedArray
from .bm25 import Index
from .bounded_blocks import BoundedBlockedArray
from .kernel_loader import kernel
from .lazy_tables import decoded_tables
from .raw_postings import raw_postings


def preload(index: Index) -> None:
    """Fill the blocks nearly every question reads (a built, in-memory index has none to fill)."""
    # The search's compiled loops: imported before serving, or found missing (a clear error at start).
    kernel()
    for table in (index.offsets, index.idf, index.chunk_offsets):
        np.asarray(table)  # a BlockedArray fills every block; a plain array is already there
    # The vocabulary, its term ids and the document list, decoded on first use (lazy_tables.py),
    # are decoded now and take the lazy tables' place.
    decoded_tables(index)
    for postings in (index.post_docs, index.post_tfs):
        if isinstance(postings, BoundedBlockedArray):
            postings.preload(blocks_by_frequency(index.offsets, postings.block_items, len(postings.ends)))
    # The postings' stored bytes, which a question's first use of a term decodes when its blocks
    # are not all unpacked above (first_use.py), read whole when they fit their budget (10 MB at
    # 100,000 passages): the first questions then read no region of the file themselves.
    docs, tfs = index.post_docs, index.post_tfs
    if isinstance(docs, BlockedArray) and isinstance(tfs, BlockedArray) and not (
            docs.all_filled() and tfs.all_filled()):
        raw = raw_postings(index.memo, docs, tfs)
        if raw is not None:
            raw.read_whole()


def blocks_by_frequency(offsets, block_items: int, n_blocks: int) -> np.ndarray:
    """The postings blocks ordered by the largest document frequency of a term they hold, highest
    first (ties in file order): the blocks a question is most likely to need come first."""
    offsets = np.asarray(offsets, dtype=np.int64)
    freq = np.diff(offsets)
    best = np.zeros(n_blocks, dtype=np.int64)
    if n_blocks:
        held = freq > 0
        # A term's postings start in one block and may run on through the following ones.
        np.maximum.at(best, offsets[:-1][held] // block_items, freq[held])
        holder = np.searchsorted(offsets, np.arange(n_blocks, dtype=np.int64) * block_items, side="right") - 1
        best = np.maximum(best, freq[holder])
    return np.argsort(-best, kind="stable")
