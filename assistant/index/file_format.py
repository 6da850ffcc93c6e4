"""The index file container: a JSON header, small arrays checksummed whole, large ones in blocks.

Layout (container 2): MAGIC_BLOCKED, 8-byte little-endian header length, the header's XXH3-64, the
UTF-8 JSON header, then each small array at a 64-byte aligned offset, then the blocks of the large
arrays (blocks.py). The header names every array's dtype, shape, offset, size and checksum, and
every blocked array's codec, length and values per block; the blocks' end offsets and checksums
are small arrays of their own. XXH3 (the `xxhash` package) checks 100 MB in about 20 ms where
zlib's CRC-32 takes 70. Only plain numeric dtypes are allowed, so reading a file can never run code
(unlike pickle).

`open_index_file` reads the header and the small arrays with `pread` and checks them; the large
arrays come back as BlockedArray, read and checked block by block on first use into the process's
own memory. It is deliberately not memory-mapped: a mapped file that someone truncates, copies over
or patches in place (`truncate`, `cp`, `dd conv=notrunc`) kills the server with SIGBUS or feeds it
wrong arrays; a private, checked copy cannot change under a running server.

Container 1 (MAGIC, no header checksum, no blocks; checksums are CRC-32 in the oldest files) is
still read, whole, by `decode_index_file`.
"""
from __future__ import annotations

import io
import json
import os
import struct
import zlib
from pathlib import Path
from typing import BinaryIO

import numpy as np
import xxhash

from ..documents import atomic_output
from . import blocks as blocks_module
from .block_codecs import load_block, train_dictionary
from .blocks import CODECS, BlockedArray, BlockSource, encode_blocks
from .bounded_blocks import BUDGET_BYTES, BoundedBlockedArray

MAGIC = b"BALANCE-ASSISTENTEN-INDEX\n"
MAGIC_BLOCKED = b"BALANCE-ASSISTENTEN-INDEX-2\n"
ALIGN = 64
MAX_HEADER_BYTES = 64 * 1024 * 1024
# Text (uint8, zlib) of more blocks than this is deflated with a dictionary trained on it, stored as
# the small array "<name>/dictionary" (block_codecs.py): the passages, not the vocabulary or the
# document list (50 and 110 blocks at 100,000 passages; their dictionaries saved less than they took).
DICTIONARY_FROM_BLOCKS = 256
ALLOWED_DTYPES = frozenset({"|u1", "<u2", "<i4", "<i8", "<u8", "<f8"})


class IndexFileError(Exception):
    """The file is not a readable index container; the message says why (Danish)."""


def write_index_file(path: Path, header: dict, arrays: dict[str, np.ndarray],
                     blocked: dict[str, tuple] | None = None) -> None:
    """Write header and arrays to `path` atomically (temporary file + os.replace)."""
    with atomic_output(Path(path)) as f:
        stream_index_file(f, header, arrays, blocked)


def encode_index_file(header: dict, arrays: dict[str, np.ndarray],
                      blocked: dict[str, tuple] | None = None) -> bytes:
    """The bytes of an index file (see stream_index_file)."""
    out = io.BytesIO()
    stream_index_file(out, header, arrays, blocked)
    return out.getvalue()


def stream_index_file(out: BinaryIO, header: dict, arrays: dict[str, np.ndarray],
                      blocked: dict[str, tuple] | None = None) -> None:
    """Write an index file holding header, small arrays and blocked arrays to `out`, the blocked
    ones given as (array, codec) or (array, codec, bytes per block).

    The small arrays are written straight from their memory and only the compressed blocks are
    held, so writing needs little more memory than the index itself.
    """
    arrays = {name: _plain(name, arr) for name, arr in arrays.items()}
    blocks: dict[str, list[bytes]] = {}
    blocked_entries = {}
    for name, (values, codec, *block_bytes) in (blocked or {}).items():
        values = _plain(name, values)
        zdict = _dictionary_for(values, codec, *block_bytes)
        blocks[name], per = encode_blocks(values, codec, *block_bytes, zdict=zdict)
        sizes = np.array([len(b) for b in blocks[name]], dtype=np.int64)
        arrays[f"{name}/ends"] = np.cumsum(sizes, dtype=np.int64)
        arrays[f"{name}/xxh3"] = np.array([checksum(b) for b in blocks[name]], dtype="<u8")
        blocked_entries[name] = {"dtype": values.dtype.str, "length": len(values), "codec": codec,
                                 "block_items": per, "nbytes": int(sizes.sum())}
        if zdict:
            # Same codec name: a reader of format 4 refuses the file for its format version.
            arrays[f"{name}/dictionary"] = np.frombuffer(zdict, dtype=np.uint8)
            blocked_entries[name]["dictionary"] = True
    entries = {}
    offset = 0
    for name, arr in arrays.items():
        entries[name] = {"dtype": arr.dtype.str, "shape": list(arr.shape), "offset": offset,
                         "nbytes": arr.nbytes, "xxh3_64": checksum(arr.data)}
        offset += _aligned(arr.nbytes)
    blocked_start = offset
    for entry in blocked_entries.values():
        entry["offset"] = offset
        offset += entry["nbytes"]
    head = json.dumps({**header, "arrays": entries, "blocked": blocked_entries},
                      ensure_ascii=False).encode("utf-8")
    first = MAGIC_BLOCKED + struct.pack("<QQ", len(head), checksum(head)) + head
    out.write(first)
    position = len(first)
    start = _aligned(position)
    for name, arr in arrays.items():
        begin = start + entries[name]["offset"]
        out.write(b"\0" * (begin - position))
        out.write(arr.data)
        position = begin + arr.nbytes
    out.write(b"\0" * (start + blocked_start - position))
    for name in blocked_entries:
        for block in blocks[name]:
            out.write(block)


def _dictionary_for(values: np.ndarray, codec: str, block_bytes: int | None = None) -> bytes | None:
    """The preset dictionary to deflate these values with, if they are text enough for one."""
    if codec != "zlib" or values.dtype != np.uint8 \
            or len(values) <= DICTIONARY_FROM_BLOCKS * (block_bytes or blocks_module.BLOCK_BYTES):
        return None
    return train_dictionary(values) or None


def _plain(name: str, arr: np.ndarray) -> np.ndarray:
    arr = np.ascontiguousarray(arr)
    dtype = arr.dtype.newbyteorder("<") if arr.dtype.byteorder == ">" else arr.dtype
    if dtype.str not in ALLOWED_DTYPES:
        raise ValueError(f"array {name} has unsupported dtype {dtype.str}")
    return arr.astype(dtype, copy=False)


def _aligned(n: int) -> int:
    return -(-n // ALIGN) * ALIGN


def read_index_file(path: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """Header and arrays (every block read and checked) of an index file; IndexFileError for
    anything that is not a sound file."""
    with open(path, "rb") as f:
        return decode_index_file(f.read())


def decode_index_file(data: bytes, verify: bool = True) -> tuple[dict, dict[str, np.ndarray]]:
    """Header and arrays of an index file's bytes, blocked arrays decoded whole.

    `verify=False` skips the checksums: for bytes already checked as a whole.
    """
    def read(offset: int, size: int) -> bytes:
        return data[offset:offset + size]

    header, start = _read_header(read)
    arrays = _small_arrays(header, data, start, verify)
    for name, entry in header["blocked"].items():
        ends, digests, zdict = _block_tables(name, entry, arrays)
        values = np.empty(entry["length"], dtype=np.dtype(entry["dtype"]))
        per = entry["block_items"]
        for b in range(len(ends)):
            try:
                values[b * per:(b + 1) * per] = load_block(
                    read, start + entry["offset"], ends, digests if verify else None, b,
                    entry["codec"], values.dtype, len(values[b * per:(b + 1) * per]), zdict)
            except ValueError as exc:
                raise IndexFileError(f"delen {name} er beskadiget: {exc}") from exc
        arrays[name] = values
    return header, arrays


def open_index_file(path: Path, expected_size: int | None = None,
                    expected_head: int | None = None) -> tuple[dict, dict]:
    """Header and arrays of an index file, reading only the header and the small arrays now (checked);
    blocked arrays come back as BlockedArray, read and checked on first use.

    A file in container 1 is read whole. `expected_size` and `expected_head` (the header's checksum;
    a pointer records both) must match the file's: the header holds the checksums of everything
    else, so this ties every byte of the file to the pointer without reading it.
    """
    fd = os.open(path, os.O_RDONLY)
    source = BlockSource(path, fd)  # closes fd when no array uses it any more

    def read(offset: int, size: int) -> bytes:
        return os.pread(fd, size, offset)

    size = os.fstat(fd).st_size
    if expected_size is not None and size != expected_size:
        raise IndexFileError("filen har en anden størrelse, end pegeren angiver")
    if read(0, len(MAGIC_BLOCKED)) != MAGIC_BLOCKED:
        return decode_index_file(read(0, size))
    if expected_head is not None and head_checksum(read(0, len(MAGIC_BLOCKED) + 16)) != expected_head:
        raise IndexFileError("filens hoved er ikke det, pegeren angiver (kontrolsum)")
    header, start = _read_header(read)
    small_end = max([_aligned(e["nbytes"]) + e["offset"] for e in header["arrays"].values()] + [0])
    arrays = _small_arrays(header, read(start, small_end), 0, True)
    for name, entry in header["blocked"].items():
        ends, digests, zdict = _block_tables(name, entry, arrays)
        if start + entry["offset"] + entry["nbytes"] > size:
            raise IndexFileError("filen er afkortet")
        # Passage text and postings: only a bounded set of their blocks stays unpacked.
        kind = BoundedBlockedArray if name in BUDGET_BYTES else BlockedArray
        arrays[name] = kind(source, name, entry, start + entry["offset"], ends, digests, zdict=zdict)
    return header, arrays


def head_checksum(data: bytes) -> int | None:
    """The header checksum a container-2 file's first bytes record (None for other files)."""
    if data[:len(MAGIC_BLOCKED)] != MAGIC_BLOCKED or len(data) < len(MAGIC_BLOCKED) + 16:
        return None
    return struct.unpack_from("<Q", data, len(MAGIC_BLOCKED) + 8)[0]


def _read_header(read) -> tuple[dict, int]:
    """The header (with "arrays" and "blocked" entries) and where the arrays start."""
    magic = read(0, len(MAGIC_BLOCKED))
    if magic == MAGIC_BLOCKED:
        fields, pos = "<QQ", len(MAGIC_BLOCKED)
    elif magic[:len(MAGIC)] == MAGIC:
        fields, pos = "<Q", len(MAGIC)
    else:
        raise IndexFileError("det er ikke en indeksfil fra Balance-assistenten")
    raw = read(pos, struct.calcsize(fields))
    if len(raw) != struct.calcsize(fields):
        raise IndexFileError("filen er afkortet")
    head_len, *head_sum = struct.unpack(fields, raw)
    pos += len(raw)
    if head_len > MAX_HEADER_BYTES:
        raise IndexFileError("filens hoved er beskadiget")
    head = read(pos, head_len)
    if len(head) != head_len:
        raise IndexFileError("filen er afkortet")
    if head_sum and checksum(head) != head_sum[0]:
        raise IndexFileError("filens hoved er beskadiget (kontrolsum)")
    try:
        header = json.loads(head.decode("utf-8"))
        header.setdefault("blocked", {})
        if not isinstance(header["arrays"], dict) or not isinstance(header["blocked"], dict):
            raise TypeError("arrays")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IndexFileError("filens hoved er beskadiget") from exc
    return header, _aligned(pos + head_len)


def _small_arrays(header: dict, data: bytes, start: int, verify: bool) -> dict[str, np.ndarray]:
    """The header's small arrays as views of `data`, whose byte `start` is where arrays begin."""
    arrays = {}
    try:
        for name, e in header["arrays"].items():
            if e["dtype"] not in ALLOWED_DTYPES:
                raise IndexFileError(f"delen {name} har en ukendt datatype")
            begin = start + int(e["offset"])
            if begin + int(e["nbytes"]) > len(data):
                raise IndexFileError("filen er afkortet")
            arr = np.frombuffer(data, dtype=np.dtype(e["dtype"]),
                                count=int(e["nbytes"]) // np.dtype(e["dtype"]).itemsize,
                                offset=begin).reshape(e["shape"])
            if verify and not _checksum_ok(arr, e):
                raise IndexFileError(f"delen {name} er beskadiget (kontrolsum)")
            arrays[name] = arr
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexFileError("filens hoved er beskadiget") from exc
    return arrays


def _block_tables(name: str, entry: dict,
                  arrays: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, bytes | None]:
    """A blocked array's block end offsets, checksums and preset dictionary (None without one),
    taken out of `arrays` and checked for sense."""
    ends, digests = arrays.pop(f"{name}/ends", None), arrays.pop(f"{name}/xxh3", None)
    dictionary = arrays.pop(f"{name}/dictionary", None)
    try:
        if bool(entry.get("dictionary")) != (dictionary is not None) or \
                (dictionary is not None and (entry["codec"] != "zlib" or not len(dictionary))):
            raise IndexFileError(f"delen {name} er beskadiget")
        if entry["dtype"] not in ALLOWED_DTYPES:
            raise IndexFileError(f"delen {name} har en ukendt datatype")
        per, length = int(entry["block_items"]), int(entry["length"])
        sound = (entry["codec"] in CODECS and per > 0
                 and length >= 0 and ends is not None and digests is not None
                 and len(ends) == len(digests) == -(-length // per)
                 and (not len(ends) or (ends[0] >= 0 and bool(np.all(np.diff(ends) >= 0))
                                        and int(ends[-1]) == int(entry["nbytes"])))
                 and int(entry["offset"]) >= 0)
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexFileError("filens hoved er beskadiget") from exc
    if not sound:
        raise IndexFileError(f"delen {name} er beskadiget")
    return ends, digests, None if dictionary is None else dictionary.tobytes()


def checksum(data) -> int:
    """The checksum index files and pointers use (XXH3-64) of a bytes-like object."""
    return xxhash.xxh3_64_intdigest(data)


def _checksum_ok(arr: np.ndarray, entry: dict) -> bool:
    if "xxh3_64" in entry:
        return checksum(arr.data) == entry["xxh3_64"]
    return zlib.crc32(arr.data) == entry["crc32"]
