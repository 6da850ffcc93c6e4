"""Immutable index versions behind a small pointer file.

Each build writes a new file `<stem>-versions/index-<UTC time>-<checksum>.bm25` (read-only, never
written again) and then atomically replaces the pointer, the file the `ASSISTANT_INDEX` setting
names, with a JSON manifest naming the current version, its size and XXH3-64 (and its header's,
which a server checks instead of reading the whole file: the header holds every other part's
checksum), the previous version and the retired ones. A pointer rather than a symlink: the manifest
carries the checksums, so a version file that someone changed or truncated is noticed before it is
served (or, for a block, before that block is used), and it names the previous version to fall
back on; and `cp other.bm25 var/index.bm25` replaces a manifest but would write straight through a
symlink into the immutable file.

A single index file at the pointer's place (the format before versions) still loads as it is; the
next build moves it into the versions folder as the previous version and writes a pointer.
Retired versions are deleted once they have been retired for the grace period; the current and the
previous version never are.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from ..documents import write_atomic
from ..ingest.staging import remove_temp_files
from .file_format import (
    MAGIC,
    MAGIC_BLOCKED,
    IndexFileError,
    checksum,
    decode_index_file,
    head_checksum,
    open_index_file,
)

POINTER_FORMAT = "balance-assistenten-index-pointer"
POINTER_VERSION = 1
VERSION_MODE = 0o444
MAX_POINTER_BYTES = 1024 * 1024


def versions_dir(pointer: Path) -> Path:
    return Path(pointer).parent / f"{Path(pointer).stem}-versions"


def is_pointer(data: bytes) -> bool:
    return data.lstrip()[:1] == b"{"


def parse_pointer(data: bytes) -> dict:
    """The manifest in a pointer file's bytes; IndexFileError (Danish) if it is not a sound one."""
    try:
        manifest = json.loads(data.decode("utf-8"))
        ok = (manifest.get("format") == POINTER_FORMAT and _entry_ok(manifest.get("current"))
              and (manifest.get("previous") is None or _entry_ok(manifest["previous"])))
    except (UnicodeDecodeError, ValueError, AttributeError) as exc:
        raise IndexFileError("pegerfilen er beskadiget") from exc
    if not ok:
        raise IndexFileError("pegerfilen er beskadiget")
    if manifest.get("version") != POINTER_VERSION:
        raise IndexFileError(f"pegerfilen har formatversion {manifest.get('version')}")
    return manifest


def _entry_ok(entry: object) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("file"), str)
            and _plain_name(entry["file"]) and isinstance(entry.get("size"), int)
            and isinstance(entry.get("xxh3_64"), int) and isinstance(entry.get("head_xxh3", 0), int))


def _plain_name(name: str) -> bool:
    # Only a file inside the versions folder: a pointer must not lead the server elsewhere.
    return bool(name) and "/" not in name and "\\" not in name and not name.startswith(".")


def open_version(pointer: Path, entry: dict, whole: bool = False) -> tuple[Path, dict, dict]:
    """The path, header and arrays of a version the manifest names (file_format.open_index_file).

    A file in container 2 checks itself part by part (header and small arrays now, each block on
    first use) and against the pointer's size and header checksum, so loading does not read it
    whole; with `whole` it is first read whole and checked against the pointer's checksum of all of
    it too, as an older file always is.
    """
    path = versions_dir(pointer) / entry["file"]
    with open(path, "rb") as f:
        blocked = f.read(len(MAGIC_BLOCKED)) == MAGIC_BLOCKED
    if blocked:
        if whole:
            read_version(pointer, entry)
        try:
            return path, *open_index_file(path, entry["size"], entry.get("head_xxh3"))
        except IndexFileError as exc:
            raise IndexFileError(f"versionen {entry['file']}: {exc}") from exc
    path, data = read_version(pointer, entry)
    return path, *decode_index_file(data, verify=False)


def read_version(pointer: Path, entry: dict) -> tuple[Path, bytes]:
    """The path and bytes of a version the manifest names, checked against its size and checksum."""
    path = versions_dir(pointer) / entry["file"]
    data = path.read_bytes()
    if len(data) != entry["size"]:
        raise IndexFileError(f"versionen {entry['file']} har en anden størrelse, end pegeren angiver")
    if checksum(data) != entry["xxh3_64"]:
        raise IndexFileError(f"versionen {entry['file']} er ændret, siden den blev skrevet (kontrolsum)")
    return path, data


def publish(pointer: Path, data: bytes, grace_seconds: float, now: float | None = None) -> Path:
    """Write `data` as a new immutable version, switch the pointer to it, prune old versions.

    Call it holding the index lock. Returns the new version's path. Bytes that are not a sound index
    file raise IndexFileError and change nothing: each table's checksum is verified here, once,
    so a server only needs to check the whole file against the pointer's checksum.
    """
    decode_index_file(data)
    return publish_encoded(pointer, data, grace_seconds, now)


def publish_encoded(pointer: Path, data: bytes, grace_seconds: float, now: float | None = None) -> Path:
    """`publish` for bytes the index's own encoder just produced: they are not decoded again (with
    compressed blocks that would cost as much as writing them)."""
    pointer = Path(pointer)
    now = time.time() if now is None else now
    folder = versions_dir(pointer)
    folder.mkdir(parents=True, exist_ok=True)
    remove_temp_files(folder)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f".{int(now * 1e6) % 1_000_000:06d}Z"
    entry = _write_version(folder, f"index-{stamp}", data)
    old = _old_manifest(pointer, folder, now)
    retired = list(old.get("retired", []))
    if old.get("previous"):
        retired.append({"file": old["previous"]["file"], "retired_at": now})
    expired = [r for r in retired if now - r.get("retired_at", 0) >= grace_seconds]
    manifest = {"format": POINTER_FORMAT, "version": POINTER_VERSION, "current": entry,
                "previous": old.get("current"),
                "retired": [r for r in retired if r not in expired]}
    write_atomic(pointer, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    _prune(folder, manifest, [r["file"] for r in expired], now, grace_seconds)
    return folder / entry["file"]


def _write_version(folder: Path, stem: str, data: bytes) -> dict:
    digest = checksum(data)
    name = f"{stem}-{digest:016x}.bm25"
    write_atomic(folder / name, data, mode=VERSION_MODE)
    entry = {"file": name, "size": len(data), "xxh3_64": digest}
    head = head_checksum(data[:len(MAGIC_BLOCKED) + 16])
    # What a server checks at load instead of the whole file (the header holds all other checksums).
    return entry if head is None else {**entry, "head_xxh3": head}


def _old_manifest(pointer: Path, folder: Path, now: float) -> dict:
    """The manifest in force before this build; a single old-style file becomes the previous version."""
    try:
        with open(pointer, "rb") as f:
            data = f.read(MAX_POINTER_BYTES)
    except FileNotFoundError:
        return {}
    if is_pointer(data):
        try:
            return parse_pointer(data)
        except IndexFileError:
            return {}  # its versions are pruned as orphans after the grace period
    if not data.startswith((MAGIC, MAGIC_BLOCKED)):
        return {}
    entry = _write_version(folder, f"index-{time.strftime('%Y%m%dT%H%M%S', time.gmtime(now))}-legacy",
                           pointer.read_bytes())
    return {"current": entry}


def _prune(folder: Path, manifest: dict, expired: list[str], now: float, grace_seconds: float) -> None:
    named = {manifest["current"]["file"]} | {r["file"] for r in manifest["retired"]}
    if manifest.get("previous"):
        named.add(manifest["previous"]["file"])
    for name in expired:
        if name not in named:
            _remove(folder / name)
    # Versions no manifest names (a pointer that was lost or replaced by hand) go after the grace period.
    for path in folder.glob("index-*.bm25"):
        if path.name not in named and now - path.stat().st_mtime >= grace_seconds:
            _remove(path)


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
