"""A term's postings, once read, found again by one dict lookup: bounded by the bytes it holds.

A loaded index keeps its postings in blocks (blocks.py) whose every access runs a few checks in
Python; a question's terms are looked up several times (offsets, idf, chunk ids, counts), so a
repeated question paid those checks again and again. This cache keeps, per term, its chunk ids and
counts and its idf as a float. A loaded index's postings blocks are given back when their own
budget is full (bounded_blocks.py), so an entry is a copy: its arrays are the memory it holds, and
the bound (in those bytes) is what the cache can cost a process. When it is full the oldest entries
go first (a dict keeps insertion order); a term asked again after that is read through its blocks
again, which are checked again if they were given back meanwhile.
"""
from __future__ import annotations

import threading
from typing import NamedTuple

import numpy as np

# 8 MiB of postings: at 100,000 passages the 40 most frequent terms (200 KB each), or thousands of
# rarer ones; at 10,000 passages every term fits (docs/benchmarks.md).
DEFAULT_BUDGET_BYTES = 8 * 1024 * 1024


class Postings(NamedTuple):
    docs: np.ndarray   # chunk ids, ascending
    tfs: np.ndarray    # the term's count in each of those chunks
    idf: float


class PostingsCache:
    def __init__(self, budget_bytes: int = DEFAULT_BUDGET_BYTES):
        self.budget_bytes = budget_bytes
        self.nbytes = 0
        self._entries: dict[int, Postings] = {}
        self._lock = threading.Lock()
        # The hot path: a bound method, so a hit costs one C-level dict lookup.
        self.get = self._entries.get

    def __len__(self) -> int:
        return len(self._entries)

    def put(self, t: int, postings: Postings) -> Postings:
        size = postings.docs.nbytes + postings.tfs.nbytes
        if size > self.budget_bytes:
            return postings
        with self._lock:
            if t in self._entries:
                return self._entries[t]
            while self._entries and self.nbytes + size > self.budget_bytes:
                oldest = next(iter(self._entries))
                gone = self._entries.pop(oldest)
                self.nbytes -= gone.docs.nbytes + gone.tfs.nbytes
            self._entries[t] = postings
            self.nbytes += size
        return postings
