"""The one way the assistant opens its SQLite files: connection, pragmas, lock retries, pool, retention.

Two server processes starting at once on a fresh file both switch it to WAL; that switch does not
wait on SQLite's busy handler and fails at once with "database is locked" (a gunicorn worker that
hit it failed to boot and took the whole server down). Short write transactions are polled the
same way: SQLite's own back-off (1, 2, 5, 10, 25 … ms) overshoots a lock that is free again after a
fraction of a millisecond.
"""
from __future__ import annotations

import os
import queue
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

LOCK_TIMEOUT_SECONDS = 10.0
LOCK_POLL_SECONDS = 0.0005
DAY_SECONDS = 86400

T = TypeVar("T")
# Table and column names cannot be bound as parameters, so they are checked before use in SQL.
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


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


def connect(path: Path, *, timeout: float = LOCK_TIMEOUT_SECONDS, wal: bool = False,
            shared: bool = False, explicit_transactions: bool = False,
            rows: bool = False) -> sqlite3.Connection:
    """Open a connection to `path`, creating its folder.

    `timeout` is SQLite's own busy timeout. `wal` switches the file to WAL (retried, see above)
    with synchronous=NORMAL: in WAL mode a commit then does not wait for fsync and never corrupts
    the file; a power cut may lose the last rows. `shared` lets another thread than the opener use
    it (one at a time, as a pool hands it out). `explicit_transactions` leaves BEGIN to the caller.
    `rows` returns sqlite3.Row, readable by column name.
    """
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=timeout, check_same_thread=not shared,
                         isolation_level=None if explicit_transactions else "")
    if rows:
        db.row_factory = sqlite3.Row
    if wal:
        until_free(lambda: db.execute("PRAGMA journal_mode=WAL"))
        db.execute("PRAGMA synchronous=NORMAL")
    return db


class Pool:
    """Kept-open connections that one thread at a time borrows.

    Idle connections wait in a pool rather than per thread: `python server.py` runs each client
    connection in a new thread, which would open (and leave behind) one per client. A connection
    must not cross a fork (gunicorn --preload): the child opens its own and leaves the parent's alone.
    """

    def __init__(self, opener: Callable[[], sqlite3.Connection], size: int = 0):
        self._opener = opener
        self._size = size  # 0: no limit; above it, returned connections are closed
        self._pid = os.getpid()
        self._idle: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue(maxsize=size)

    @contextmanager
    def borrow(self) -> Iterator[sqlite3.Connection]:
        if self._pid != os.getpid():
            self._pid, self._idle = os.getpid(), queue.LifoQueue(maxsize=self._size)
        idle = self._idle
        try:
            db = idle.get_nowait()
        except queue.Empty:
            db = self._opener()
        try:
            yield db
        finally:
            try:
                idle.put_nowait(db)
            except queue.Full:
                db.close()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


def delete_older_than(db: sqlite3.Connection, table: str, column: str, *,
                      now: float, max_age_seconds: float) -> int:
    """Delete the rows whose `column` (unix seconds) is older than `max_age_seconds`; returns how many."""
    for name in (table, column):
        if not _IDENTIFIER.match(name):
            raise ValueError(f"Ugyldigt tabel- eller kolonnenavn til SQLite: {name!r}")
    cur = db.execute(f"DELETE FROM {table} WHERE {column} < ?", (now - max_age_seconds,))
    return cur.rowcount
