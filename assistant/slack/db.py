"""The Slack channel's access to the shared SQLite file: pooled connections and short write transactions.

Several server processes write here at once (acknowledgements, the worker's queue). SQLite's own
busy handler backs off 1, 2, 5, 10, 25 … ms and so overshoots a lock that is free again after a
fraction of a millisecond; acknowledgements must take milliseconds, so the write lock is polled in
small steps instead, and connections are reused rather than opened per statement.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..sqlite_db import LOCK_POLL_SECONDS, Pool, connect, until_free

POOL_SIZE = 8


class SlackDB:
    """A small pool of connections to one SQLite file (in WAL mode), safe across threads and processes."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._pool = Pool(self._open, size=POOL_SIZE)

    def ensure_schema(self, schema: str) -> None:
        """Create a module's tables if they are not there yet."""
        with self._pool.borrow() as db:
            until_free(lambda: db.executescript(schema))

    def _open(self) -> sqlite3.Connection:
        # The lock is polled by until_free, so SQLite's own busy wait is kept to one poll step.
        return connect(self.path, timeout=LOCK_POLL_SECONDS, wal=True, shared=True,
                       explicit_transactions=True)

    def query(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        """All rows of a read-only statement."""
        with self._pool.borrow() as db:
            return until_free(lambda: db.execute(sql, parameters).fetchall())

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """An immediate (write-locked) transaction, committed on success and rolled back on error.

        The body may end it early with ROLLBACK (a claim that found its key taken).
        """
        with self._pool.borrow() as db:
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
        self._pool.close()
