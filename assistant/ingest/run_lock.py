"""One run at a time per corpus and per index file (`crawl`, `add`, `build`, `update`).

An advisory lock (flock) on a small file beside the corpus or index: the kernel releases it when
the process ends in any way, kill -9 included, so a lock left by a dead run is simply taken over.
"""
from __future__ import annotations

import fcntl
import os
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
    """Hold the lock of `target` for the block, or raise RunInProgress at once if it is taken.

    `read_only_ok`: a reader (build reads the corpus) of a folder it may not write to goes ahead
    without the lock; whoever can change that folder is not this user's run either.
    """
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
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "ukendt proces"
            raise RunInProgress(
                f"{Path(target)} bruges af en anden kørsel ({holder}). Vent, til den er færdig, "
                f"og prøv igen. Intet er ændret.") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, startet {time.strftime('%Y-%m-%d %H:%M:%S')}".encode(), 0)
        yield
    finally:
        os.close(fd)
