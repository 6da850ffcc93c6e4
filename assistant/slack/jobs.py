"""Durable queue of Slack work (answer, share, forward, notify) in SQLite, shared by all worker processes.

A request is acknowledged only after its job is committed, so a restart loses nothing: a job whose
worker died is taken again once its lease runs out. A job holds only what the work needs (channel,
timestamps, question text, response_url) and is deleted when done.
"""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .db import SlackDB
from .verify import SeenLedger

log = logging.getLogger(__name__)

# A job not finished this long after it was taken is assumed lost with its process.
LEASE_SECONDS = 10 * 60
# A job that was taken this often without finishing is dropped (it keeps killing its worker).
MAX_ATTEMPTS = 3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS slack_jobs (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    payload   TEXT NOT NULL,      -- JSON: {"kind": ..., ...}
    queued_at REAL NOT NULL,
    taken_at  REAL,               -- NULL while waiting
    attempts  INTEGER NOT NULL DEFAULT 0
);
"""


@dataclass(frozen=True)
class Job:
    id: int | str  # a row id here, a stream entry id in the Redis queue
    payload: dict
    attempts: int


class JobQueue:
    """Put jobs exactly once (guarded by SeenLedger keys), take them under a lease, delete when done."""

    def __init__(self, db: SlackDB, ledger: SeenLedger | None = None,
                 clock: Callable[[], float] = time.time, lease_seconds: float = LEASE_SECONDS):
        self.db = db
        self.path = db.path  # named in the worker's log lines
        self.clock = clock
        self.lease_seconds = lease_seconds
        self.ledger = ledger or SeenLedger(db, clock)
        db.ensure_schema(_SCHEMA)

    def put(self, payload: dict, once: Iterable[str] = ()) -> bool:
        """Queue a job unless one of the `once` keys was seen before; True if it was queued.

        The keys and the job are committed together: either both are there or neither.
        """
        with self.db.write() as db:
            if not self.ledger.claim_within(db, once):
                db.execute("ROLLBACK")
                return False
            db.execute("INSERT INTO slack_jobs (payload, queued_at) VALUES (?, ?)",
                       (json.dumps(payload, ensure_ascii=False), self.clock()))
            return True

    def take(self) -> Job | None:
        """The oldest waiting (or abandoned) job, now leased to the caller; None if there is none."""
        now = self.clock()
        # A cheap read first: idle workers poll, and most polls find nothing.
        if not self.db.query("SELECT 1 FROM slack_jobs WHERE taken_at IS NULL OR taken_at < ? LIMIT 1",
                             (now - self.lease_seconds,)):
            return None
        while True:
            with self.db.write() as db:
                rows = db.execute(
                    "UPDATE slack_jobs SET taken_at=?, attempts=attempts+1 WHERE id=("
                    " SELECT id FROM slack_jobs WHERE taken_at IS NULL OR taken_at < ?"
                    " ORDER BY id LIMIT 1) RETURNING id, payload, attempts",
                    (now, now - self.lease_seconds)).fetchall()
                if rows and rows[0][2] > MAX_ATTEMPTS:
                    db.execute("DELETE FROM slack_jobs WHERE id=?", (rows[0][0],))
            if not rows:
                return None
            job_id, payload, attempts = rows[0]
            if attempts <= MAX_ATTEMPTS:
                return Job(job_id, _decode(payload), attempts)
            log.error("Slack-opgave %s er opgivet efter %s forsøg.", job_id, attempts - 1)

    def done(self, job: Job) -> None:
        with self.db.write() as db:
            db.execute("DELETE FROM slack_jobs WHERE id=?", (job.id,))

    def pending(self) -> int:
        """Jobs queued or in progress (for tests, benchmarks and shutdown messages)."""
        return int(self.db.query("SELECT COUNT(*) FROM slack_jobs")[0][0])

    def close(self) -> None:
        self.db.close()


def _decode(payload: str) -> dict:
    try:
        data = json.loads(payload)
    except ValueError:
        data = None
    return data if isinstance(data, dict) else {"kind": "invalid"}
