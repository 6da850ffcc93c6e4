"""One run at a time changes a corpus or an index file (`crawl`, `add`, `build`, `update`); builds only
read the corpus, so several may read it at once (two indexes of one corpus, or two test processes
building the bundled corpus), but none while a crawl or an add changes it.

An advisory lock (flock) on a small file beside the corpus or index: the kernel releases it when
the process ends in any way, kill -9 included, so a lock left by a dead run is simply taken over.
"""
from __future__ import annotations

import fcntl
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import AssistantError


class RunInProgress(AssistantError):
    """Another live run holds the lock; nothing was changed."""

    status = 409


def lock_path(target: Path) -> Path:
    """The lock file of a corpus folder or index file: hidden, beside it."""
    target = Path(target).resolve()
    return target.parent / f".{target.name}.lock"


@contextmanager
def exclusive(target: Path, read_only_ok: bool = False) -> Iterator[None]:
    """Hold the lock of `target` alone for the block (a run that changes it), or raise RunInProgress
    at once if any other run holds it.

    `read_only_ok`: a reader of a folder it may not write to goes ahead without the lock; whoever can
    change that folder is not this user's run either.
    """
    with _locked(target, fcntl.LOCK_EX, read_only_ok):
        yield


@contextmanager
def reading(target: Path, read_only_ok: bool = False) -> Iterator[None]:
    """Hold the lock of `target` beside other readers for the block, or raise RunInProgress at once if
    a run that changes it holds it (`read_only_ok` as for `exclusive`)."""
    with _locked(target, fcntl.LOCK_SH, read_only_ok):
        yield


@contextmanager
def _locked(target: Path, mode: int, read_only_ok: bool) -> Iterator[None]:
    path = lock_path(target)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except PermissionError:
        if not read_only_ok:
            raise
        yield
        return
    try:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunInProgress(
                f"{Path(target)} bruges af en anden kørsel ({_holder(fd)}). Vent, til den er færdig, "
                f"og prøv igen. Intet er ændret.") from None
        if mode == fcntl.LOCK_EX:
            # Only a run alone may write who holds it: readers side by side would overwrite each other.
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}, startet {time.strftime('%Y-%m-%d %H:%M:%S')}".encode(), 0)
        yield
    finally:
        os.close(fd)


def _holder(fd: int) -> str:
    """Who holds a lock we were refused: the run alone that wrote itself, while it lives; else builds
    reading (they write nothing, and the text left is a finished run's)."""
    text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    match = re.match(r"pid (\d+)", text)
    if match and _alive(int(match.group(1))):
        return text
    return "en indeksbygning læser den"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:   # another user's live process
        return True
    return True
