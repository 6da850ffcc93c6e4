"""Retrying SQLite statements while another process holds the file's lock.

Two server processes starting at once on a fresh file both switch it to WAL; that switch does not
wait on SQLite's busy handler and fails at once with "database is locked" (a gunicorn worker that
hit it failed to boot and took the whole server down). Short write transactions are polled the
same way: SQLite's own back-off (1, 2, 5, 10, 25 … ms) overshoots a lock that is free again after a
fraction of a millisecond.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

LOCK_TIMEOUT_SECONDS = 10.0
LOCK_POLL_SECONDS = 0.0005

T = TypeVar("T")


def is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc)
    return "locked" in text or "busy" in text


def until_free(statement: Callable[[], T], timeout: float = LOCK_TIMEOUT_SECONDS) -> T:
    """Run a statement, retrying in LOCK_POLL_SECONDS steps while another writer holds the lock."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return statement()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(LOCK_POLL_SECONDS)
