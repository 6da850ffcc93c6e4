"""Large index arrays in compressed, checksummed blocks, read into private memory on first use.

Writing: an array is cut into blocks of `block_items` values; each block is zlib-compressed (chunk
ids first delta-coded, so the compressed block holds small gaps) and gets its own XXH3-64. Reading:
`BlockedArray` allocates the decoded array untouched (the kernel gives its pages only when written,
so it costs no memory yet) and fills a block with `os.pread` the first time an access needs it,
after checking its checksum. So loading costs the header and the small arrays only, memory grows
with what questions touch, and served bytes are still a private copy checked once: a file truncated
or patched after loading gives IndexDamagedError (Danish), never SIGBUS or a wrong answer.
"""
from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from ..errors import IndexFormatError
from .block_codecs import CODECS, encode_block, load_run
from .blocked_lookup import FrequentTermLookup, consecutive_runs, distinct_numbers
from .dense_blocks import DenseBlocks

# 16 KiB of decoded values per block: a passage, a term's offsets or idf need one block, unpacked in
# about 60 us (64 KiB ones took 200 us of a question's first use); the text's preset dictionary
# (block_codecs.py) keeps the small blocks as compact as larger ones.
BLOCK_BYTES = 16 * 1024
# Postings in smaller blocks: most query terms are rare, and a rare term's few postings should not
# cost decoding thousands of others'.
POSTING_BLOCK_BYTES = 8 * 1024
def counts_block_bytes(dtype: np.dtype) -> int:
    """Counts in blocks of 4,096 (a page of one-byte counts, so a block given back frees its memory,
    bounded_blocks.py): a rare term's first use unpacks 4,096 counts, not 8,192. Counts in runs
    (block_codecs.py) lose nothing to smaller blocks but a checksum and an offset each."""
    return POSTING_BLOCK_BYTES // 2 * np.dtype(dtype).itemsize


# Deflating the text is most of writing an index; zlib lets go of the GIL while it works, so its
# blocks are compressed by this many threads (tantivy, too, compresses its stored text in a thread
# of its own).
ENCODE_THREADS = min(4, os.cpu_count() or 1)


class IndexDamagedError(IndexFormatError):
    """A block of a loaded index no longer matches its checksum or is missing (file changed)."""


def encode_blocks(values: np.ndarray, codec: str, block_bytes: int | None = None,
                  zdict: bytes | None = None) -> tuple[list[bytes], int]:
    """The compressed blocks of a 1-D array and the number of values per block (zlib blocks with
    the preset dictionary `zdict`)."""
    if codec not in CODECS:
        raise ValueError(f"unknown codec {codec}")
    values = np.ascontiguousarray(values)
    block_items = max(1, (block_bytes or BLOCK_BYTES) // values.dtype.itemsize)
    parts = [values[start:start + block_items] for start in range(0, len(values), block_items)]
    if codec == "zlib" and len(parts) > 1 and ENCODE_THREADS > 1:
        with ThreadPoolExecutor(ENCODE_THREADS) as pool:
            return list(pool.map(encode_block, parts, [codec] * len(parts), [zdict] * len(parts))), block_items
    return [encode_block(part, codec, zdict) for part in parts], block_items


class BlockSource:
    """An open index file that blocks are read from; the descriptor keeps an immutable version
    readable even after it is pruned, and is closed when the last array using it goes."""

    def __init__(self, path: os.PathLike, fd: int):
        self.path, self.fd = path, fd

    def read(self, offset: int, size: int) -> bytes:
        return os.pread(self.fd, size, offset)

    def __del__(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass


class BlockedArray(FrequentTermLookup):
    """A 1-D array whose blocks are read, checked and decoded on first access.

    Supports what the index does with its arrays: len, slices, integer and index-array access,
    and np.asarray (which reads every block).
    """

    def __init__(self, source: BlockSource, name: str, entry: dict, base: int,
                 ends: np.ndarray, digests: np.ndarray, zdict: bytes | None = None):
        self.source, self.name, self.zdict = source, name, zdict
        self.dtype = np.dtype(entry["dtype"])
        self.codec = entry["codec"]
        self.block_items = int(entry["block_items"])
        self.base, self.ends, self.digests = base, ends, digests
        self._values = np.empty(int(entry["length"]), dtype=self.dtype)
        self._loaded = bytearray(len(ends))  # 1 = filled; bytearray.find is a fast C scan
        self._missing = len(ends)
        self._lock = threading.Lock()
        self._dense: dict[tuple[int, int], DenseBlocks] = {}  # looked into by `find`, per term, oldest first
        self._dense_bytes = 0

    def __len__(self) -> int:
        return len(self._values)

    @property
    def shape(self) -> tuple[int]:
        return self._values.shape

    @property
    def nbytes(self) -> int:
        return self._values.nbytes

    def __getitem__(self, key):
        if self._missing:
            # The index's own accesses (a term's postings, one table entry) take the short way.
            if type(key) is slice and key.step is None and key.start is not None \
                    and key.stop is not None and 0 <= key.start < key.stop <= len(self._values):
                self._ensure_range(key.start // self.block_items, (key.stop - 1) // self.block_items)
            elif type(key) is int and 0 <= key < len(self._values):
                self._ensure_range(key // self.block_items, key // self.block_items)
            else:
                self._ensure(key)
        return self._values[key]

    def __array__(self, dtype=None, copy=None):
        if self._missing:
            self._ensure_range(0, len(self.ends) - 1)
        return self._values if dtype is None else self._values.astype(dtype)

    def item(self, i: int):
        """Value i as a Python number, as numpy's `item` gives it (a term's offset or idf): a third
        of the time of self[i], which a question's first use paid several times per term."""
        if not 0 <= i < len(self._values):
            raise IndexError(f"{self.name}: position {i} is outside the array")
        if self._missing and not self._loaded[i // self.block_items]:
            self._ensure_range(i // self.block_items, i // self.block_items)
        return self._values.item(i)

    def loaded_blocks(self) -> int:
        return len(self.ends) - self._missing

    def all_filled(self) -> bool:
        return self._missing == 0

    def filled(self, start: int, stop: int) -> bool:
        """Whether the blocks holding values start..stop-1 are all filled."""
        return stop <= start or self._loaded.find(0, start // self.block_items, (stop - 1) // self.block_items + 1) < 0

    def _ensure(self, key) -> None:
        """Fill the blocks `key` reaches. Called on every access until all are filled, so the
        common case (already filled) is a couple of C-level checks."""
        n, per = len(self._values), self.block_items
        if type(key) is slice:
            start, stop, _ = key.indices(n)
            if stop > start:
                self._ensure_range(start // per, (stop - 1) // per)
        elif isinstance(key, (int, np.integer)):
            if n:
                b = int(key) % n // per
                self._ensure_range(b, b)
        else:
            positions = np.asarray(key)
            if positions.dtype == bool:
                positions = np.flatnonzero(positions)
            if len(positions):
                positions = positions.astype(np.int64, copy=False) % n
                low, high = int(positions.min()) // per, int(positions.max()) // per
                if self._loaded.find(0, low, high + 1) >= 0:
                    self._fill_blocks(distinct_numbers(positions // per))

    def _ensure_range(self, low: int, high: int) -> None:
        if self._loaded.find(0, low, high + 1) >= 0:
            self._fill_blocks(range(low, high + 1))

    def _fill_blocks(self, blocks) -> None:
        # Two threads may want the same block: the lock keeps a block from being filled twice.
        with self._lock:
            # Neighbouring blocks (a frequent term's postings) are read with one pread.
            for first, end in consecutive_runs([b for b in blocks if not self._loaded[b]]):
                self._fill(first, end)

    def _fill(self, first: int, end: int, scratch: bool = False) -> np.ndarray:
        """Read, check and decode blocks first..end-1 (neighbours on disk) in one pass, into the
        array (or, with `scratch`, into new memory, leaving the array as it was); their values."""
        begin = int(self.ends[first - 1]) if first else 0
        ends = [e - begin for e in self.ends[first:end].tolist()]
        start, stop = first * self.block_items, min(end * self.block_items, len(self._values))
        counts = [self.block_items] * (end - first)
        counts[-1] = stop - (end - 1) * self.block_items
        try:
            raw = self.source.read(self.base + begin, ends[-1])
            values = load_run(raw, ends, None if self.digests is None else self.digests[first:end].tolist(), first,
                              self.codec, self.dtype, counts, None if scratch else self._values[start:stop], self.zdict)
        except OSError as exc:
            raise self._damaged(f"den kan ikke læses ({exc.strerror})") from exc
        except ValueError as exc:
            raise self._damaged(f"{self.name}: {exc}") from exc
        if not scratch:
            self._loaded[first:end] = b"\x01" * (end - first)
            self._missing -= end - first
        return values

    def _damaged(self, problem: str) -> IndexDamagedError:
        return IndexDamagedError(f"Indeksfilen {self.source.path} er ændret, efter den blev indlæst: "
                                 f"{problem}.")
