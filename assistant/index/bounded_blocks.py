"""Blocked arrays that give their blocks back: at most a fixed number of bytes stay unpacked in memory.

A BlockedArray keeps every block it has filled, so a server's memory grows, question by question,
towards the whole unpacked index: at 100,000 passages the text alone is 91 MB, and 10,000 mixed
questions unpacked 29 of the postings' 35 MB (docs/benchmarks.md, profiled). The passages' text and
the postings are therefore held in a bounded set of blocks instead: the array's memory is a private
anonymous mapping, and a block pushed out has its pages returned to the kernel (MADV_DONTNEED) and
is read, checked against its checksum and unpacked again if a later access needs it.

Which block goes is chosen by the clock ("second chance") rule: an access only sets its blocks'
bits with one C-level slice assignment, and the hand passes over a block whose bit is set (clearing
it) before it gives one back, so the blocks used again and again stay while rarely used ones go,
without an ordered structure to update on every access. Every access returns a copy made under the
lock, so no reader ever holds memory that is given back.
"""
from __future__ import annotations

import mmap
import threading

import numpy as np

from .blocked_lookup import distinct_numbers
from .blocks import BlockedArray

# Unpacked bytes each bounded array of a loaded index may hold. Text: 256 blocks of 64 KiB, enough
# for the passages of many questions (decoded passages are cached per index too, bm25.py). Postings:
# the chunk ids and counts of the most frequent terms at 100,000 passages (a term in half of them
# holds 200 KB of ids) plus the rare terms of recent questions; counts take a byte per chunk id's
# four, so their budget is a quarter. All of the postings fit at 10,000 passages (3.5 MB).
BUDGET_BYTES = {
    "chunk_blob": 16 * 1024 * 1024,
    "post_docs": 4 * 1024 * 1024,
    "post_tfs": 1024 * 1024,
}


class BoundedBlockedArray(BlockedArray):
    """A BlockedArray holding at most `budget_bytes` of unpacked blocks (at least one block)."""

    def __init__(self, *args, budget_bytes: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        budget = BUDGET_BYTES[self.name] if budget_bytes is None else budget_bytes
        self._block_bytes = self.block_items * self.dtype.itemsize
        self.budget_blocks = max(1, budget // self._block_bytes)
        self._lock = threading.RLock()
        # Private: a shared anonymous mapping (mmap's default) keeps a page given back in its shmem
        # object, out of the process's RSS but still in memory; a private one's page is freed.
        self._buffer = mmap.mmap(-1, max(1, self._values.nbytes), flags=mmap.MAP_PRIVATE)
        self._values = np.frombuffer(self._buffer, dtype=self.dtype, count=len(self._values))
        self._used = bytearray(len(self.ends))  # the clock's bits: 1 = used since the hand passed
        self._hand = 0
        # An array within its budget never gives a block back (10,000 passages' postings): it hands
        # out views like a BlockedArray and pays nothing for the bound.
        self.fits = len(self.ends) <= self.budget_blocks

    @property
    def budget_bytes(self) -> int:
        return self.budget_blocks * self._block_bytes

    def __getitem__(self, key):
        """A copy of the values `key` reaches: filled, copied and only then may blocks be given
        back, all under the lock."""
        if self.fits:
            return super().__getitem__(key)
        with self._lock:
            values = super().__getitem__(key)
            values = values.copy() if isinstance(values, np.ndarray) else values
            self._mark_used(key)
            self._keep_within_budget()
            return values

    def item(self, i: int):
        """Value i as a Python number, read under the lock like any access (a block may go)."""
        return super().item(i) if self.fits else self[i].item()

    def read_bytes(self, start: int, stop: int) -> bytes:
        """A copy of values start..stop-1 as bytes."""
        return self[start:stop].tobytes()

    def preload(self, blocks) -> int:
        """Fill the given blocks, most wanted first, until the budget is full; the number filled.

        Meant for loading: the blocks nearly every question reads are unpacked before a visitor
        asks, neighbours with one pread each (blocks.py)."""
        with self._lock:
            room = self.budget_blocks - self.loaded_blocks()
            wanted = [int(b) for b in blocks if not self._loaded[int(b)]][:max(0, room)]
            self._fill_blocks(sorted(wanted))
            return len(wanted)

    def __array__(self, dtype=None, copy=None):
        if self.fits:
            return super().__array__(dtype)
        with self._lock:
            values = np.array(super().__array__(), copy=True)
            for block in range(len(self.ends)):
                if self._loaded[block]:
                    self._give_back(block)
        return values if dtype is None else values.astype(dtype)

    def _mark_used(self, key) -> None:
        n, per = len(self._values), self.block_items
        if type(key) is slice:
            start, stop, _ = key.indices(n)
            if stop > start:
                low, high = start // per, (stop - 1) // per
                self._used[low:high + 1] = b"\x01" * (high + 1 - low)
        elif isinstance(key, (int, np.integer)):
            if n:
                self._used[int(key) % n // per] = 1
        else:
            positions = np.asarray(key)
            if positions.dtype == bool:
                positions = np.flatnonzero(positions)
            # Not np.unique: its first call imports numpy.ma, ~8 ms CPU inside a visitor's question.
            for block in distinct_numbers(positions.astype(np.int64) % max(1, n) // per):
                self._used[block] = 1

    def _keep_within_budget(self) -> None:
        while self.loaded_blocks() > self.budget_blocks:
            block = self._loaded.find(1, self._hand)
            if block < 0:
                block = self._loaded.find(1)
            self._hand = (block + 1) % len(self.ends)
            if self._used[block]:
                self._used[block] = 0
            else:
                self._give_back(block)

    def _give_back(self, block: int) -> None:
        self._loaded[block] = 0
        self._used[block] = 0
        self._missing += 1
        start = block * self._block_bytes
        length = min(self._block_bytes, len(self._buffer) - start)
        # Whole pages inside the block only: blocks of 8 or 64 KiB start on a page; a block smaller
        # than a page (only in tests) keeps its memory and is still read and checked again.
        page = mmap.PAGESIZE
        if start % page == 0 and length >= page:
            self._buffer.madvise(mmap.MADV_DONTNEED, start, length - length % page)
