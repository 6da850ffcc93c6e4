"""Passage text in blocks that are given back: at most a fixed number stay unpacked in memory.

A BlockedArray keeps every block it has filled, so a server's memory grows, question by question,
towards the whole unpacked index (at 100,000 passages the text alone is 97 MB). Passages are read
a few at a time and the decoded ones are cached per index anyway (bm25.CHUNK_CACHE_SIZE), so the
text blocks are kept in a small least-recently-used set instead: the array's memory is an anonymous
mapping, and a block pushed out of the set has its pages returned to the kernel (MADV_DONTNEED) and
is read, checked and unpacked again if a later passage needs it.
"""
from __future__ import annotations

import mmap
import threading
from collections import OrderedDict

import numpy as np

from .blocks import BlockedArray

# 256 blocks of 64 KiB: 16 MiB of unpacked passage text per loaded index.
TEXT_BLOCK_BUDGET = 256


class BoundedBlockedArray(BlockedArray):
    """A BlockedArray of bytes read through `read_bytes`, holding at most `budget` blocks."""

    def __init__(self, *args, budget: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.budget = max(1, TEXT_BLOCK_BUDGET if budget is None else budget)
        self._lock = threading.RLock()
        self._buffer = mmap.mmap(-1, max(1, self._values.nbytes))
        self._values = np.frombuffer(self._buffer, dtype=self.dtype, count=len(self._values))
        self._recent: OrderedDict[int, None] = OrderedDict()
        self._block_bytes = self.block_items * self.dtype.itemsize

    def read_bytes(self, start: int, stop: int) -> bytes:
        """A copy of values start..stop-1 as bytes: the blocks they lie in are filled, copied from
        and only then may be given back, all under the lock, so no reader sees a returned block."""
        with self._lock:
            first, last = start // self.block_items, max(start, stop - 1) // self.block_items
            self._ensure_range(first, last)
            data = self._values[start:stop].tobytes()
            for block in range(first, last + 1):
                self._recent[block] = None
                self._recent.move_to_end(block)
            while len(self._recent) > self.budget:
                self._give_back(self._recent.popitem(last=False)[0])
            return data

    def __array__(self, dtype=None, copy=None):
        with self._lock:
            values = np.array(super().__array__(), copy=True)
            for block in range(len(self.ends)):
                if self._loaded[block]:
                    self._give_back(block)
            self._recent.clear()
        return values if dtype is None else values.astype(dtype)

    def _give_back(self, block: int) -> None:
        self._loaded[block] = 0
        self._missing += 1
        start = block * self._block_bytes
        length = min(self._block_bytes, len(self._buffer) - start)
        # Whole pages only: a block's start is page-aligned (64 KiB blocks of bytes); its tail page
        # may be shared with the next block only for odd sizes, which are then simply kept.
        page = mmap.PAGESIZE
        if start % page == 0 and length >= page:
            self._buffer.madvise(mmap.MADV_DONTNEED, start, length - length % page)
