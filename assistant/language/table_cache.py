"""A per-machine cache of the language tables every process builds before its first answer.

The thesaurus's term table, the general spelling corrector, the everyday words' values and the
language identifier are built from maintained resources in seconds (docs/benchmarks.md); each is
the same in every process of a machine until a resource, a package or the code changes. Each table
is built once, stored in the cache folder under a key of everything it is built from (the
resources' path, size and modification time, the packages' versions, the language code's source,
the table's own arguments), and read back in milliseconds by every later process.

A file is written beside its final name and renamed into place, so workers starting together never
read half a file; each carries a checksum, so a damaged one is rebuilt (one log line), and a
folder that cannot be written leaves the process building in memory (one log line). Numeric arrays
(the language identifier's) are stored outside the pickle and read memory-mapped: read-only pages
every worker of the machine shares.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import mmap
import os
import pickle
import struct
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
# Raised when the file layout below changes: every older file is then a miss.
FORMAT_VERSION = 1
MAGIC = b"BATC"
# magic, format version, checksum of the rest, length of the pickle, number of out-of-band buffers.
_HEADER = struct.Struct("<4sIIQI")
_BUFFER_LENGTH = struct.Struct("<Q")
SUFFIX = ".table"
TABLE_MODE = 0o644
# This package's modules: a table's values come from their code, so any edit of it is a new key.
_LANGUAGE_DIR = Path(__file__).resolve().parent

_folder: Path | None = None
_unwritable_logged: set[Path] = set()


def configure(folder: Path | None) -> None:
    """Use `folder` for this process's tables from now on; None: build every table in memory."""
    global _folder
    _folder = Path(folder) if folder else None


def folder() -> Path | None:
    return _folder


@lru_cache(maxsize=1)
def _language_code() -> str:
    digest = hashlib.sha256()
    for path in sorted(_LANGUAGE_DIR.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _fingerprint(path: Path) -> tuple | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return str(Path(path).resolve()), stat.st_size, stat.st_mtime_ns


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def table_key(name: str, sources: Iterable[Path] = (), packages: Iterable[str] = (),
              code: Iterable[Path] = (), parts: Iterable[object] = ()) -> str | None:
    """The hash of everything a table is built from; None when a resource is missing (a table built
    without its resource is not stored: the process says so in its log each time it starts)."""
    fingerprints = [_fingerprint(Path(p)) for p in sources]
    if any(f is None for f in fingerprints):
        return None
    described = (FORMAT_VERSION, name, sys.version, fingerprints,
                 [(p, _package_version(p)) for p in packages], _language_code(),
                 [hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in code],
                 [repr(p) for p in parts])
    return hashlib.sha256(repr(described).encode()).hexdigest()[:32]


def cached(name: str, build: Callable[[], T], *, sources: Iterable[Path] = (),
           packages: Iterable[str] = (), code: Iterable[Path] = (), parts: Iterable[object] = (),
           cache_folder: Path | None = None) -> T:
    """The table `build()` makes, read from the cache folder when it holds one built from the same
    `sources` (files), `packages` (distributions), `code` (source files beyond this package's) and
    `parts` (the build's arguments, by repr); built and stored otherwise. `cache_folder` defaults to
    the process's (configure); with none the table is built in memory."""
    where = cache_folder if cache_folder is not None else _folder
    if where is None:
        return build()
    key = table_key(name, sources, packages, code, parts)
    if key is None:
        return build()
    path = Path(where) / f"{name}-{key}{SUFFIX}"
    found = read_table(path)
    if found is not None:
        return found[0]
    table = build()
    write_table(path, table)
    return table


def read_table(path: Path) -> tuple[object] | None:
    """(table,) from a cache file, or None when there is none or it is damaged (logged)."""
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size < _HEADER.size:
                raise ValueError("for kort")
            data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        return _damaged(path, error)
    try:
        view = memoryview(data)
        magic, version, checksum, pickle_length, n_buffers = _HEADER.unpack_from(view)
        if magic != MAGIC or version != FORMAT_VERSION:
            raise ValueError("ukendt format")
        if zlib.crc32(view[_HEADER.size:]) != checksum:
            raise ValueError("kontrolsummen passer ikke")
        at = _HEADER.size
        payload = view[at:at + pickle_length]
        at += pickle_length
        buffers = []
        for _ in range(n_buffers):
            (length,) = _BUFFER_LENGTH.unpack_from(view, at)
            at += _BUFFER_LENGTH.size
            buffers.append(view[at:at + length])
            at += length
        if at != len(view):
            raise ValueError("forkert længde")
        return (_unpickle(payload, buffers),)
    except Exception as error:  # noqa: BLE001 - any damage means: build the table again
        return _damaged(path, error)


def _unpickle(payload: memoryview, buffers: list[memoryview]) -> object:
    # A table is hundreds of thousands of containers: left on, the collector walked the young ones
    # again and again while they were made (WordNet's index: 0.9 s with, 0.1 s without).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(payload, buffers=buffers)
    finally:
        if enabled:
            gc.enable()


def _damaged(path: Path, error: Exception) -> None:
    log.warning("Tabelcachen %s er beskadiget eller ulæselig (%s); tabellen bygges igen.", path, error)
    return None


def write_table(path: Path, table: object) -> bool:
    """Store a table atomically (a temporary file renamed into place); False, with one log line per
    folder, when the folder cannot be written: the process keeps its table in memory."""
    buffers: list[pickle.PickleBuffer] = []
    try:
        payload = pickle.dumps(table, protocol=5, buffer_callback=buffers.append)
    except (pickle.PicklingError, TypeError, AttributeError) as error:
        log.warning("Tabellen %s kan ikke gemmes i tabelcachen (%s); den bygges ved hver start.", path.name, error)
        return False
    raws = [b.raw() for b in buffers]
    parts = [payload]
    for raw in raws:
        parts += [_BUFFER_LENGTH.pack(raw.nbytes), raw]
    checksum = 0
    for part in parts:
        checksum = zlib.crc32(part, checksum)
    header = _HEADER.pack(MAGIC, FORMAT_VERSION, checksum, len(payload), len(raws))
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        try:
            # Readable by every user of the machine (mkstemp's file is its owner's only).
            os.fchmod(handle, TABLE_MODE)
            with os.fdopen(handle, "wb") as file:
                file.write(header)
                for part in parts:
                    file.write(part)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        if folder not in _unwritable_logged:
            _unwritable_logged.add(folder)
            log.warning("Tabelcachen %s kan ikke skrives (%s); tabellerne bygges i hukommelsen ved "
                        "hver start.", folder, error.strerror or error)
        return False
    _forget_others(path)
    return True


def _forget_others(path: Path) -> None:
    # A table's files under older keys are never read again (a resource or the code changed).
    name = path.name.rsplit("-", 1)[0]
    for other in path.parent.glob(f"{name}-*{SUFFIX}"):
        if other != path and other.name.rsplit("-", 1)[0] == name:
            other.unlink(missing_ok=True)
