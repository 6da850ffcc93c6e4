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
import zlib

import numpy as np
import xxhash

from ..errors import IndexFormatError

CODECS = ("zlib", "delta-zlib")
# 64 KiB of decoded values per block: a rare term's postings or one passage need one block, and
# a block decompresses in well under a millisecond.
BLOCK_BYTES = 64 * 1024
# zlib level 6 (its default) compresses the passages 10 % better than level 1 and decompresses as fast.
ZLIB_LEVEL = 6


class IndexDamagedError(IndexFormatError):
    """A block of a loaded index no longer matches its checksum or is missing (file changed)."""


def encode_blocks(values: np.ndarray, codec: str) -> tuple[list[bytes], int]:
    """The compressed blocks of a 1-D array and the number of values per block."""
    if codec not in CODECS:
        raise ValueError(f"unknown codec {codec}")
    values = np.ascontiguousarray(values)
    block_items = max(1, BLOCK_BYTES // values.dtype.itemsize)
    blocks = []
    for start in range(0, len(values), block_items):
        part = values[start:start + block_items]
        if codec == "delta-zlib":
            # Gaps between ascending chunk ids; at a new term the id starts over (a negative gap).
            part = np.diff(part.astype(np.int64), prepend=0).astype(values.dtype)
        blocks.append(zlib.compress(part.tobytes(), ZLIB_LEVEL))
    return blocks, block_items


def load_block(read, base: int, ends: np.ndarray, digests: np.ndarray | None, b: int,
               codec: str, dtype: np.dtype, expected: int) -> np.ndarray:
    """The `expected` values of block b, read with read(offset, size) from blocks starting at `base`
    and checked against its checksum (unless `digests` is None); ValueError (Danish) if it is short,
    changed or does not decode."""
    begin = int(ends[b - 1]) if b else 0
    size = int(ends[b]) - begin
    raw = read(base + begin, size)
    if len(raw) != size:
        raise ValueError("filen er afkortet")
    if digests is not None and xxhash.xxh3_64_intdigest(raw) != int(digests[b]):
        raise ValueError(f"blok {b} er ændret (kontrolsum)")
    try:
        values = np.frombuffer(zlib.decompress(raw), dtype=dtype)
    except zlib.error as exc:
        raise ValueError(f"blok {b} kan ikke pakkes ud") from exc
    if len(values) != expected:
        raise ValueError(f"blok {b} har en forkert længde")
    return np.cumsum(values, dtype=dtype) if codec == "delta-zlib" else values


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


class BlockedArray:
    """A 1-D array whose blocks are read, checked and decoded on first access.

    Supports what the index does with its arrays: len, slices, integer and index-array access,
    and np.asarray (which reads every block).
    """

    def __init__(self, source: BlockSource, name: str, entry: dict, base: int,
                 ends: np.ndarray, digests: np.ndarray):
        self.source, self.name = source, name
        self.dtype = np.dtype(entry["dtype"])
        self.codec = entry["codec"]
        self.block_items = int(entry["block_items"])
        self.base, self.ends, self.digests = base, ends, digests
        self._values = np.empty(int(entry["length"]), dtype=self.dtype)
        self._loaded = np.zeros(len(ends), dtype=bool)
        self._missing = len(ends)
        self._lock = threading.Lock()

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
            self._ensure(self._blocks_for(key))
        return self._values[key]

    def __array__(self, dtype=None, copy=None):
        if self._missing:
            self._ensure(np.arange(len(self.ends)))
        return self._values if dtype is None else self._values.astype(dtype)

    def loaded_blocks(self) -> int:
        return len(self.ends) - self._missing

    def _blocks_for(self, key) -> np.ndarray:
        n, per = len(self._values), self.block_items
        if isinstance(key, slice):
            start, stop, _ = key.indices(n)
            return np.arange(start // per, (stop - 1) // per + 1) if stop > start else np.zeros(0, int)
        if isinstance(key, (int, np.integer)):
            return np.array([(int(key) % n if n else 0) // per])
        positions = np.asarray(key)
        if positions.dtype == bool:
            positions = np.flatnonzero(positions)
        return np.unique(positions.astype(np.int64) % max(n, 1) // per)

    def _ensure(self, blocks: np.ndarray) -> None:
        needed = blocks[~self._loaded[blocks]]
        if not len(needed):
            return
        # Two threads may want the same block: the lock keeps a block from being filled twice.
        with self._lock:
            for b in needed.tolist():
                if not self._loaded[b]:
                    self._fill(b)

    def _fill(self, b: int) -> None:
        start = b * self.block_items
        stop = min(start + self.block_items, len(self._values))
        try:
            self._values[start:stop] = load_block(self.source.read, self.base, self.ends, self.digests,
                                                  b, self.codec, self.dtype, stop - start)
        except OSError as exc:
            raise self._damaged(f"den kan ikke læses ({exc.strerror})") from exc
        except ValueError as exc:
            raise self._damaged(f"{self.name}: {exc}") from exc
        self._loaded[b] = True
        self._missing -= 1

    def _damaged(self, problem: str) -> IndexDamagedError:
        return IndexDamagedError(f"Indeksfilen {self.source.path} er ændret, efter den blev indlæst: "
                                 f"{problem}.")
