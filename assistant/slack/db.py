"""The Slack channel's access to the shared SQLite file: pooled connections and short write transactions.

Several server processes write here at once (acknowledgements, the worker's queue). SQLite's own
busy handler backs off 1, 2, 5, 10, 25 … ms and so overshoots a lock that is free again after a
fraction of a millisecond; acknowledgements must take milliseconds, so the write lock is polled in
small steps instead, and connections are reused rather than opened per statement.
"""
from __future__ import annotations

import os
import queue
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..sqlite_db import LOCK_POLL_SECONDS, until_free

POOL_SIZE = 8


class SlackDB:
    """A small pool of connections to one SQLite file (in WAL mode), safe across threads and processes."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._pid = os.getpid()
        self._pool: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue(maxsize=POOL_SIZE)

    def ensure_schema(self, schema: str) -> None:
        """Create a module's tables if they are not there yet."""
        with self._connection() as db:
            until_free(lambda: db.executescript(schema))

    def _open(self) -> sqlite3.Connection:
        # isolation_level=None: transactions are begun explicitly below, never implicitly.
        db = sqlite3.connect(self.path, timeout=LOCK_POLL_SECONDS, isolation_level=None,
                             check_same_thread=False)
        until_free(lambda: db.execute("PRAGMA journal_mode=WAL"))
        # NORMAL: a commit in WAL mode does not wait for fsync, so writes stay sub-millisecond.
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        if self._pid != os.getpid():
            # A connection must not cross a fork (gunicorn --preload): the child starts afresh and
            # leaves the parent's connections alone.
            self._pid, self._pool = os.getpid(), queue.LifoQueue(maxsize=POOL_SIZE)
        try:
            db = self._pool.get_nowait()
        except queue.Empty:
            db = self._open()
        try:
            yield db
        finally:
            try:
                self._pool.put_nowait(db)
            except queue.Full:
                db.close()

    def query(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        """All rows of a read-only statement."""
        with self._connection() as db:
            return until_free(lambda: db.execute(sql, parameters).fetchall())

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """An immediate (write-locked) transaction, committed on success and rolled back on error.

        The body may end it early with ROLLBACK (a claim that found its key taken).
        """
        with self._connection() as db:
            until_free(lambda: db.execute("BEGIN IMMEDIATE"))
            try:
                yield db
                if db.in_transaction:  # the body may have rolled back on purpose
                    until_free(lambda: db.execute("COMMIT"))
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        while True:
            try:
                self._pool.get_nowait().close()
            except queue.Empty:
                return
