"""A loaded index's stored postings bytes, read from the file a region at a time and kept as read.

A question's first use read each of its terms' blocks with a pread of its own: eight or so per
question, each ~2.5 us of system time on this machine (a page-cache lookup and a copy at a random
offset), the largest single part of a rare term's first use after the decoding itself
(docs/benchmarks.md). The blocks of chunk ids and of counts lie next to each other in the file
(10 MB at 100,000 passages); here they are read in regions of REGION_BYTES into one private buffer
that keeps them (up to BUDGET_BYTES), so the first questions after a load read a region where they
read a block, and the later ones find their blocks there. The buffer is allocated untouched (its pages cost memory
only once a region is read into them), and what is kept is still a private copy: every block is
checked against its checksum before its bytes are used (first_use.py), a file cut short gives a
short read (and the damage error, by the usual way), and a file changed after loading is seen in
any region not read before the change, as before in any block not read before it.
"""
from __future__ import annotations

import os
import threading

import numpy as np

from .blocks import BlockedArray

# 64 KiB regions: at 100,000 passages 160 of them hold the postings. A region costs one pread and
# its pages' first touch (~15 us); a larger one makes the first questions wait for bytes they may
# never use, a smaller one reads more often (docs/benchmarks.md, runde tyve).
REGION_BYTES = 64 * 1024
# The most kept bytes an index holds (a process's memory for them): at 100,000 passages all of the
# postings (10 MB) fit; a larger index keeps the regions its first questions read, and a question
# needing another region reads its blocks the usual way (blocks.py, bounded_blocks.py).
BUDGET_BYTES = 16 * 1024 * 1024


class RawPostings:
    """The stored bytes of blocked arrays that lie in one stretch of an index file (the postings'
    chunk ids and counts), kept in a buffer as their regions are read."""

    def __init__(self, arrays: tuple[BlockedArray, ...]):
        # The open file itself, not only its descriptor: it stays open as long as these bytes may be read.
        self.source = arrays[0].source
        self.begin = min(a.base for a in arrays)
        end = max(a.base + (int(a.ends[-1]) if len(a.ends) else 0) for a in arrays)
        self.buffer = np.empty(max(0, end - self.begin), dtype=np.uint8)
        self._view = memoryview(self.buffer)
        self.region_bytes, self.budget_bytes = REGION_BYTES, BUDGET_BYTES
        self._kept = 0
        self._read = bytearray(-(-len(self.buffer) // self.region_bytes))  # 1 = region read
        # The same flags as a numpy view, for the compiled planning (kernel_plan.py).
        self.regions = np.frombuffer(self._read, dtype=np.uint8)
        self._lock = threading.Lock()

    def at(self, array: BlockedArray) -> int:
        """Where `array`'s stored blocks begin in the buffer."""
        return array.base - self.begin

    def ensure(self, first: int, stop: int) -> bool:
        """Whether bytes first..stop-1 of the buffer are read (reading their regions now if not);
        False if the file gave fewer bytes than asked (cut short) or could not be read, or if
        keeping them would pass the budget."""
        low, high = first // self.region_bytes, (stop - 1) // self.region_bytes
        if stop <= first or self._read.find(0, low, high + 1) < 0:
            return True
        # Two threads may want the same region: the lock keeps it from being read twice, and a
        # region counts as read only once all of its bytes are there.
        with self._lock:
            for region in range(low, high + 1):
                if self._read[region]:
                    continue
                begin = region * self.region_bytes
                end = min(begin + self.region_bytes, len(self.buffer))
                if self._kept + end - begin > self.budget_bytes:
                    return False
                try:
                    if os.preadv(self.source.fd, [self._view[begin:end]], self.begin + begin) != end - begin:
                        return False
                except OSError:
                    return False
                self._read[region] = 1
                self._kept += end - begin
        return True

    def read_whole(self) -> bool:
        """Read every region now, if all of them fit the budget (a server's warm-up, preload.py): a
        visitor's first questions then find their blocks here, as later ones do. False, and nothing
        read, when they do not fit; False as `ensure` gives it when the file is short."""
        if len(self.buffer) > self.budget_bytes:
            return False
        return self.ensure(0, len(self.buffer))

    def regions_read(self) -> int:
        return sum(self._read)


def raw_postings(memo: dict, docs: BlockedArray, tfs: BlockedArray) -> RawPostings | None:
    """The index's kept postings bytes (made on first use), or None when the two arrays do not
    come from one file (then every block is read on its own)."""
    raw = memo.get("raw_postings")
    if raw is None:
        if docs.source is not tfs.source:
            return None
        raw = memo.setdefault("raw_postings", RawPostings((docs, tfs)))
    return raw
