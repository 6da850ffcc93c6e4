"""Verify Slack requests at the door (signature on the raw body, age, replay) and remember what was seen.

The memory of seen signatures, event_ids and messages is a SQLite table in the assistant's database
file, so several gunicorn workers (processes) agree on what has already been handled.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping

from slack_sdk.signature import Clock, SignatureVerifier

from ..errors import AssistantError
from ..sqlite_db import delete_older_than
from .db import SlackDB

# Slack's documented limit: a request older than this may be a replay and is refused.
MAX_REQUEST_AGE_SECONDS = 5 * 60
# Slack retries an event for about an hour at most; keys are kept well beyond that.
SEEN_RETENTION_SECONDS = 24 * 3600
PURGE_EVERY_SECONDS = 10 * 60

_SCHEMA = """
CREATE TABLE IF NOT EXISTS slack_seen (
    key     TEXT PRIMARY KEY,   -- 'sig:…', 'event:…', 'msg:channel:ts', 'cmd:…'
    seen_at REAL NOT NULL       -- unix seconds
);
CREATE INDEX IF NOT EXISTS slack_seen_at ON slack_seen (seen_at);
"""


class SlackRequestRefused(AssistantError):
    """The request is not provably from Slack, too old, or a replay: nothing is done with it."""

    status = 401


class SeenLedger:
    """Keys already handled, shared by every process that uses the same database file."""

    def __init__(self, db: SlackDB, clock: Callable[[], float] = time.time):
        self.db = db
        self.clock = clock
        self._purged_at = float("-inf")
        db.ensure_schema(_SCHEMA)

    def claim_within(self, db: sqlite3.Connection, keys: Iterable[str]) -> bool:
        """Mark all keys as seen inside the caller's write transaction; False if any was seen before."""
        now = self.clock()
        for key in keys:
            cur = db.execute("INSERT OR IGNORE INTO slack_seen (key, seen_at) VALUES (?, ?)", (key, now))
            if cur.rowcount == 0:
                return False
        if now - self._purged_at > PURGE_EVERY_SECONDS:
            self._purged_at = now
            delete_older_than(db, "slack_seen", "seen_at", now=now, max_age_seconds=SEEN_RETENTION_SECONDS)
        return True

    def claim(self, keys: Iterable[str]) -> bool:
        """Mark keys as seen; True only for the first caller, in any process."""
        with self.db.write() as db:
            if self.claim_within(db, keys):
                return True
            db.execute("ROLLBACK")
            return False

    def seen(self, key: str) -> bool:
        return bool(self.db.query("SELECT 1 FROM slack_seen WHERE key=?", (key,)))


class _CallableClock(Clock):
    def __init__(self, clock: Callable[[], float]):
        self._clock = clock

    def now(self) -> float:
        return self._clock()


class RequestVerifier:
    """Refuses (401) requests that are unsigned, wrongly signed, older than 5 minutes or replayed."""

    def __init__(self, signing_secret: str, ledger: SeenLedger, clock: Callable[[], float] = time.time):
        if not signing_secret:
            raise ValueError("SLACK_SIGNING_SECRET mangler")
        self.clock = clock
        self.ledger = ledger
        self.signatures = SignatureVerifier(signing_secret, clock=_CallableClock(clock))

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        """Check a request's raw body and headers before anything is parsed; raise if refused."""
        timestamp = headers.get("X-Slack-Request-Timestamp")
        signature = headers.get("X-Slack-Signature")
        if not timestamp or not signature:
            raise SlackRequestRefused("Forespørgslen mangler Slacks signatur.")
        try:
            sent_at = int(timestamp)
        except ValueError:
            raise SlackRequestRefused("Forespørgslens tidsstempel er ugyldigt.") from None
        if abs(self.clock() - sent_at) > MAX_REQUEST_AGE_SECONDS:
            raise SlackRequestRefused("Forespørgslen er for gammel (over 5 minutter) og afvises.")
        try:
            valid = self.signatures.is_valid(body=body, timestamp=timestamp, signature=signature)
        except UnicodeDecodeError:
            valid = False  # Slack always sends UTF-8; other bytes cannot be one of its requests
        if not valid:
            raise SlackRequestRefused("Slacks signatur passer ikke til forespørgslen.")
        # A valid signature seen before is a replay: Slack signs every delivery, retries included, anew.
        if not self.ledger.claim([f"sig:{signature}"]):
            raise SlackRequestRefused("Forespørgslen er allerede modtaget og afvises som gentagelse.")
