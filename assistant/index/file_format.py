"""The index file container: a JSON header and raw numeric arrays, checksummed, read in one go.

Layout: MAGIC, 8-byte little-endian header length, the UTF-8 JSON header, then each array at a
64-byte aligned offset. The header names every array's dtype, shape, offset, size and checksum
(XXH3-64; files written before it have CRC-32, still read). XXH3 (the `xxhash` package) checks
100 MB in about 20 ms where zlib's CRC-32 takes 70: checking is most of what loading costs. Only
plain numeric dtypes are allowed, so reading a file can never run code (unlike pickle).

The file is read into the process's own memory, and the checksums are checked on exactly the bytes
that will be served. It is deliberately not memory-mapped: a mapped file that someone truncates,
copies over or patches in place (`truncate`, `cp`, `dd conv=notrunc`) kills the server with SIGBUS
or feeds it wrong arrays; a private copy cannot change under a running server.
"""
from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path
from typing import BinaryIO

import numpy as np
import xxhash

from ..documents import atomic_output

MAGIC = b"BALANCE-ASSISTENTEN-INDEX\n"
ALIGN = 64
MAX_HEADER_BYTES = 64 * 1024 * 1024
ALLOWED_DTYPES = frozenset({"|u1", "<u2", "<i4", "<i8", "<f8"})


class IndexFileError(Exception):
    """The file is not a readable index container; the message says why (Danish)."""


def write_index_file(path: Path, header: dict, arrays: dict[str, np.ndarray]) -> None:
    """Write header and arrays to `path` atomically (temporary file + os.replace)."""
    with atomic_output(Path(path)) as f:
        stream_index_file(f, header, arrays)


def encode_index_file(header: dict, arrays: dict[str, np.ndarray]) -> bytes:
    """The bytes of an index file holding header and arrays."""
    out = io.BytesIO()
    stream_index_file(out, header, arrays)
    return out.getvalue()


def stream_index_file(out: BinaryIO | ChecksumSink, header: dict, arrays: dict[str, np.ndarray]) -> None:
    """Write an index file holding header and arrays to `out`, each array straight from its memory.

    Nothing the size of the file is built first: writing a 140 MB index this way needs no more
    memory than the arrays themselves.
    """
    arrays = {name: _little_endian(name, arr) for name, arr in arrays.items()}
    entries = {}
    offset = 0
    for name, arr in arrays.items():
        entries[name] = {"dtype": arr.dtype.str, "shape": list(arr.shape), "offset": offset,
                         "nbytes": arr.nbytes, "xxh3_64": checksum(arr.data)}
        offset += -(-arr.nbytes // ALIGN) * ALIGN
    head = json.dumps({**header, "arrays": entries}, ensure_ascii=False).encode("utf-8")
    position = len(MAGIC) + 8 + len(head)
    start = -(-position // ALIGN) * ALIGN
    out.write(MAGIC + struct.pack("<Q", len(head)) + head)
    for name, arr in arrays.items():
        begin = start + entries[name]["offset"]
        out.write(b"\0" * (begin - position))
        out.write(arr.data)
        position = begin + arr.nbytes


def _little_endian(name: str, arr: np.ndarray) -> np.ndarray:
    arr = np.ascontiguousarray(arr)
    dtype = arr.dtype.newbyteorder("<") if arr.dtype.byteorder == ">" else arr.dtype
    if dtype.str not in ALLOWED_DTYPES:
        raise ValueError(f"array {name} has unsupported dtype {dtype.str}")
    return arr.astype(dtype, copy=False)


class ChecksumSink:
    """Stands in for a file: takes what would be written and keeps only its size and XXH3-64."""

    def __init__(self) -> None:
        self._hash = xxhash.xxh3_64()
        self.size = 0

    def write(self, data) -> None:
        self._hash.update(data)
        self.size += memoryview(data).nbytes

    @property
    def digest(self) -> int:
        """What `checksum` gives for the same bytes in one piece."""
        return self._hash.intdigest()


def read_index_file(path: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """Header and arrays of an index file; IndexFileError for anything that is not a sound file."""
    with open(path, "rb") as f:
        return decode_index_file(f.read())


def decode_index_file(data: bytes, verify: bool = True) -> tuple[dict, dict[str, np.ndarray]]:
    """Header and arrays of an index file's bytes (the arrays are views of `data`).

    `verify=False` skips the per-array checksums: for bytes already checked as a whole.
    """
    f = io.BytesIO(data)
    if f.read(len(MAGIC)) != MAGIC:
        raise IndexFileError("det er ikke en indeksfil fra Balance-assistenten")
    raw_len = f.read(8)
    if len(raw_len) != 8:
        raise IndexFileError("filen er afkortet")
    (head_len,) = struct.unpack("<Q", raw_len)
    if head_len > MAX_HEADER_BYTES:
        raise IndexFileError("filens hoved er beskadiget")
    head = f.read(head_len)
    if len(head) != head_len:
        raise IndexFileError("filen er afkortet")
    try:
        header = json.loads(head.decode("utf-8"))
        entries = header["arrays"]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise IndexFileError("filens hoved er beskadiget") from exc
    size = len(data)
    start = -(-(len(MAGIC) + 8 + head_len) // ALIGN) * ALIGN
    arrays = {}
    try:
        for name, e in entries.items():
            if e["dtype"] not in ALLOWED_DTYPES:
                raise IndexFileError(f"delen {name} har en ukendt datatype")
            begin = start + int(e["offset"])
            if begin + int(e["nbytes"]) > size:
                raise IndexFileError("filen er afkortet")
            arr = np.frombuffer(data, dtype=np.dtype(e["dtype"]),
                                count=int(e["nbytes"]) // np.dtype(e["dtype"]).itemsize,
                                offset=begin).reshape(e["shape"])
            if verify and not _checksum_ok(arr, e):
                raise IndexFileError(f"delen {name} er beskadiget (kontrolsum)")
            arrays[name] = arr
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexFileError("filens hoved er beskadiget") from exc
    return header, arrays


def checksum(data) -> int:
    """The checksum index files and pointers use (XXH3-64) of a bytes-like object."""
    return xxhash.xxh3_64_intdigest(data)


def _checksum_ok(arr: np.ndarray, entry: dict) -> bool:
    if "xxh3_64" in entry:
        return checksum(arr.data) == entry["xxh3_64"]
    return zlib.crc32(arr.data) == entry["crc32"]
