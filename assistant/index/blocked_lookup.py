"""A frequent term's positions in a BlockedArray found without unpacking all of its blocks.

Part of BlockedArray (blocks.py), which inherits these lookups: `find` tests a frequent term's dense
blocks (a bit per chunk id, dense_blocks.py) where the wanted chunk ids fall and keeps them checked
for the next time; `gather` reads the counts at a few positions into scratch memory. Every block is
read with the array's own pread and checked against its checksum before its bytes are used.
"""
from __future__ import annotations

import struct

import numpy as np

from . import dense_blocks
from .block_codecs import DENSE, checked_parts
from .dense_blocks import DenseBlocks

# Dense blocks kept checked for `find`: their bits take an eighth of the ids they stand for, and a
# day's frequent terms fit many times over.
DENSE_CACHE_BYTES = 8 * 1024 * 1024


class FrequentTermLookup:
    """BlockedArray's lookups of a frequent term (its state and block reading are blocks.py's)."""

    def find(self, start: int, end: int, wanted: np.ndarray) -> np.ndarray | None:
        """Positions in [start, end) of the ascending values `wanted`, -1 where one is not there;
        for an array of ascending runs (a term's postings in [start, end)).

        A dense block (a frequent term's chunk ids as bits) is not unpacked for this: its bits are
        tested where `wanted` falls (dense_blocks.py) and kept, checked, for the next time. None
        when no block of the range is dense: then they are all filled, and self[start:end] is
        as quick.
        """
        per = self.block_items
        low, high = start // per, (end - 1) // per
        dense = self._dense_between(low, high) \
            if end > start and self._loaded.find(0, low, high + 1) >= 0 else self._dense.get((low, high))
        if dense is None:
            return None
        is_dense = np.zeros(high - low + 1, dtype=bool)
        is_dense[dense.numbers - low] = True
        # Each block's smallest value, to route every wanted value to the one block that can hold it.
        lows = np.empty(high - low + 1, dtype=np.int64)
        lows[is_dense] = dense.lows
        plain = np.flatnonzero(~is_dense)
        lows[plain] = self._values[np.maximum(start, (plain + low) * per)]
        block = np.searchsorted(lows, wanted, side="right") - 1
        found = np.full(len(wanted), -1, dtype=np.int64)
        routed = block >= 0
        in_dense = routed & is_dense[block]
        found[in_dense] = dense_blocks.find(dense, np.cumsum(is_dense)[block[in_dense]] - 1, wanted[in_dense])
        for b in distinct_numbers(block[routed & ~in_dense]):
            mine = block == b
            first = max(start, (b + low) * per)
            at, there = dense_blocks.find_sorted(self._values[first:min(end, (b + low + 1) * per)], wanted[mine])
            found[mine] = np.where(there, first + at, -1)
        found[(found < start) | (found >= end)] = -1
        return found

    def _dense_between(self, low: int, high: int) -> DenseBlocks | None:
        """Blocks low..high ready for `find`: dense ones read, checked and kept (or already kept),
        the others filled; None when none is dense."""
        dense = self._dense.get((low, high))
        if dense is not None or self.codec != "delta-narrow":
            if dense is None:
                self._ensure_range(low, high)
            return dense
        missing = [b for b in range(low, high + 1) if not self._loaded[b]]
        parts: dict[int, memoryview] = {}
        for first, end in consecutive_runs(missing):
            begin = int(self.ends[first - 1]) if first else 0
            try:
                raw = self.source.read(self.base + begin, int(self.ends[end - 1]) - begin)
                parts.update(zip(range(first, end), checked_parts(
                    raw, [int(e) - begin for e in self.ends[first:end]],
                    None if self.digests is None else self.digests[first:end].tolist(), first)))
            except OSError as exc:
                raise self._damaged(f"den kan ikke læses ({exc.strerror})") from exc
            except ValueError as exc:
                raise self._damaged(f"{self.name}: {exc}") from exc
        numbers = [b for b, part in parts.items() if len(part) and part[0] == DENSE]
        dense_numbers = set(numbers)
        self._fill_blocks([b for b in missing if b not in dense_numbers])
        if not numbers:
            return None
        counts = [min(self.block_items, len(self._values) - b * self.block_items) for b in numbers]
        try:
            dense = dense_blocks.parse([parts[b] for b in numbers], numbers, self.block_items, counts)
        except (ValueError, struct.error) as exc:
            raise self._damaged(f"{self.name}: blok {numbers[0]}-{numbers[-1]} kan ikke pakkes ud") from exc
        with self._lock:
            while self._dense and self._dense_bytes + dense.nbytes > DENSE_CACHE_BYTES:
                self._dense_bytes -= self._dense.pop(next(iter(self._dense))).nbytes
            self._dense[(low, high)] = dense
            self._dense_bytes += dense.nbytes
        return dense

    def gather(self, positions: np.ndarray) -> np.ndarray:
        """self[positions] for ascending positions, without keeping the blocks they fall in when
        some are missing: those blocks are read with one pread, checked and unpacked into scratch
        memory. For a frequent term's counts, wanted at a few hundred of its 100,000 positions:
        filling and keeping its dozen blocks cost several times the lookup."""
        per = self.block_items
        low, high = (int(positions[0]) // per, int(positions[-1]) // per) if len(positions) else (0, -1)
        if high < low or self._loaded.find(0, low, high + 1) < 0:
            return self[positions]
        return self._fill(low, high + 1, scratch=True)[positions - low * per]


def distinct_numbers(numbers: np.ndarray) -> list[int]:
    """The distinct block numbers in `numbers`, ascending. Not np.unique: its first call in a
    process imports numpy.ma, 25 ms inside a visitor's question."""
    if not len(numbers):
        return []
    low = int(numbers.min())
    return (np.flatnonzero(np.bincount(numbers - low)) + low).tolist()


def consecutive_runs(numbers: list[int]) -> list[tuple[int, int]]:
    """(first, end) of each run of consecutive numbers in an ascending list."""
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n:
            runs[-1] = (runs[-1][0], n + 1)
        else:
            runs.append((n, n + 1))
    return runs
