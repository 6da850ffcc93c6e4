"""The question log and feedback in PostgreSQL (ASSISTANT_DATABASE_URL), shared by every replica.

The same interface and rows as the SQLite QuestionLog, so the report, /admin/report and the digest read
either. The app creates and migrates its schema itself (under an advisory lock, so replicas starting
together do not race). While the database cannot be reached, questions are still answered: their
logging is skipped and counted (shown in /healthz), and feedback gets a Danish 503.
"""
from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections.abc import Callable

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from ..answer.result import Answer
from ..dependency import Health, SharedServiceDown, safe_url
from .question_log import MAX_COMMENT_CHARS, PURGE_INTERVAL_SECONDS, QUESTION, SMALL_TALK

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_SECONDS = 1.0
# After a failed attempt the database is not tried again for this long: requests stay fast.
RETRY_AFTER_SECONDS = 2.0
POOL_SIZE = 8
# pg_advisory_xact_lock key of the schema migration ("BALANCE" in ASCII, as a number).
MIGRATION_LOCK = 0x42414C414E4345

# Version → statements; a version is applied once, in order, and recorded in assistant_schema.
MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE questions (
        answer_id  TEXT PRIMARY KEY,
        asked_at   DOUBLE PRECISION NOT NULL,   -- unix seconds, UTC
        channel    TEXT NOT NULL,
        question   TEXT NOT NULL,
        answered   INTEGER NOT NULL,
        top_url    TEXT,
        top_title  TEXT,
        top_score  DOUBLE PRECISION,
        latency_ms DOUBLE PRECISION
    );
    CREATE INDEX questions_asked_at ON questions (asked_at);
    CREATE TABLE feedback (
        id         BIGSERIAL PRIMARY KEY,
        answer_id  TEXT NOT NULL,
        given_at   DOUBLE PRECISION NOT NULL,
        channel    TEXT NOT NULL,
        helpful    INTEGER NOT NULL,
        comment    TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX feedback_answer ON feedback (answer_id);
    CREATE INDEX feedback_given_at ON feedback (given_at);
    """,
    # Small talk is told apart from questions (the content-gap report leaves it out), as in SQLite;
    # a log written before holds questions only.
    2: """
    ALTER TABLE questions ADD COLUMN kind TEXT NOT NULL DEFAULT 'question';
    """,
}
SCHEMA_VERSION = max(MIGRATIONS)
UNREACHABLE = "Spørgsmålsloggen (PostgreSQL) kan ikke nås lige nu. Prøv igen om lidt."


class PgQuestionLog:
    """Question log and feedback in PostgreSQL; safe for threads, processes and replicas."""

    def __init__(self, url: str, clock: Callable[[], float] = time.time,
                 retention_days: int | None = None, monotonic: Callable[[], float] = time.monotonic):
        self.url = url
        self.clock = clock
        self.monotonic = monotonic
        self.retention_days = retention_days
        self.skipped = 0  # questions answered but not logged because the database was unreachable
        self._next_purge = float("-inf")
        self._retry_at = float("-inf")
        self._lock = threading.Lock()
        self._pool: ConnectionPool | None = None
        self._pool_pid = 0
        self._migrated = False
        try:
            self.purge_if_due()
        except SharedServiceDown as exc:
            log.warning("%s Serveren starter alligevel.", exc.message)

    # Connections -------------------------------------------------------------------------------
    def _connections(self) -> ConnectionPool:
        if self._pool is None or self._pool_pid != os.getpid():
            # A pool's threads and sockets do not survive a fork (gunicorn --preload): start afresh.
            # Autocommit: each statement is one round trip; multi-statement work opens a transaction.
            self._pool = ConnectionPool(
                self.url, min_size=1, max_size=POOL_SIZE, timeout=CONNECT_TIMEOUT_SECONDS,
                kwargs={"connect_timeout": math.ceil(CONNECT_TIMEOUT_SECONDS), "row_factory": dict_row,
                        "autocommit": True},
                name="assistant", open=True)
            self._pool_pid = os.getpid()
        return self._pool

    def _run(self, work: Callable[[psycopg.Connection], object]):
        """Run `work` on a pooled connection; SharedServiceDown (503, Danish) if the database is away."""
        if self.monotonic() < self._retry_at:
            raise SharedServiceDown(UNREACHABLE)
        with self._lock:
            pool = self._connections()
        for attempt in (1, 2):
            try:
                with pool.connection() as conn:
                    if not self._migrated:
                        self._migrate(conn)
                    return work(conn)
            except psycopg.OperationalError as exc:
                # Pooled connections may have broken since their last use (the database restarted):
                # drop every broken one, then try once more. Checking each connection before use
                # instead would cost a round trip per question.
                failure = exc
                if attempt == 1:
                    pool.check()
                    continue
            except PoolTimeout as exc:
                failure = exc
            self._retry_at = self.monotonic() + RETRY_AFTER_SECONDS
            log.warning("PostgreSQL (%s) kan ikke nås: %s", safe_url(self.url), failure)
            raise SharedServiceDown(UNREACHABLE) from failure

    def _migrate(self, conn: psycopg.Connection) -> None:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS assistant_schema (version INTEGER PRIMARY KEY, "
                         "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            current = conn.execute("SELECT coalesce(max(version), 0) AS v FROM assistant_schema"
                                   ).fetchone()["v"]
            for version in sorted(v for v in MIGRATIONS if v > current):
                conn.execute(MIGRATIONS[version])
                conn.execute("INSERT INTO assistant_schema (version) VALUES (%s)", (version,))
                log.info("Spørgsmålsloggens skema i PostgreSQL er opdateret til version %s.", version)
        self._migrated = True

    def close(self) -> None:
        if self._pool is not None and self._pool_pid == os.getpid():
            self._pool.close()
        self._pool = None

    def health(self) -> Health:
        """Whether the database answers now, and how many questions went unlogged so far."""
        details = {"url": safe_url(self.url), "questions_not_logged": self.skipped}
        try:
            self._run(lambda conn: conn.execute("SELECT 1").fetchone())
        except SharedServiceDown:
            return Health("database", False, f"PostgreSQL ({safe_url(self.url)}) kan ikke nås; "
                                             "spørgsmål besvares, men logges ikke.", details)
        return Health("database", True, details=details)

    # The QuestionLog interface --------------------------------------------------------------------------
    def log_question(self, answer: Answer, channel: str, latency_ms: float) -> None:
        """Record an asked question; skipped (and counted) while the database cannot be reached."""
        top = answer.citations[0] if answer.citations else None
        row = (answer.id, self.clock(), channel, answer.question, int(answer.answered),
               top.url if top else None, top.title if top else None, answer.top_score,
               round(latency_ms, 3), SMALL_TALK if answer.small_talk else QUESTION)
        try:
            self.purge_if_due()
            self._run(lambda conn: conn.execute(
                "INSERT INTO questions (answer_id, asked_at, channel, question, answered, top_url, "
                "top_title, top_score, latency_ms, kind) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) "
                "ON CONFLICT (answer_id) DO UPDATE SET asked_at=EXCLUDED.asked_at, "
                "channel=EXCLUDED.channel, question=EXCLUDED.question, answered=EXCLUDED.answered, "
                "top_url=EXCLUDED.top_url, top_title=EXCLUDED.top_title, "
                "top_score=EXCLUDED.top_score, latency_ms=EXCLUDED.latency_ms, kind=EXCLUDED.kind",
                row))
        except SharedServiceDown:
            self.skipped += 1

    def log_questions(self, asked: list[tuple[Answer, str, float]]) -> None:
        """Record questions (answer, channel, latency in ms), each as `log_question` does."""
        for answer, channel, latency_ms in asked:
            self.log_question(answer, channel, latency_ms)

    def has_answer(self, answer_id: str) -> bool:
        return self._run(lambda conn: conn.execute(
            "SELECT 1 FROM questions WHERE answer_id=%s", (answer_id,)).fetchone()) is not None

    def record_feedback(self, answer_id: str, helpful: bool, comment: str = "",
                        channel: str = "api") -> int:
        """Store 👍/👎 (and an optional comment) for an answer; returns the feedback row id."""
        row = self._run(lambda conn: conn.execute(
            "INSERT INTO feedback (answer_id, given_at, channel, helpful, comment) "
            "VALUES (%s,%s,%s,%s,%s) RETURNING id",
            (answer_id, self.clock(), channel, int(bool(helpful)),
             (comment or "")[:MAX_COMMENT_CHARS])).fetchone())
        return int(row["id"])

    def feedback_for(self, answer_id: str) -> list[dict]:
        return self._run(lambda conn: conn.execute(
            "SELECT * FROM feedback WHERE answer_id=%s ORDER BY id", (answer_id,)).fetchall())

    def questions(self, since: float = 0.0) -> list[dict]:
        """Logged questions asked at or after `since` (unix seconds), oldest first."""
        return self._run(lambda conn: conn.execute(
            "SELECT * FROM questions WHERE asked_at >= %s ORDER BY asked_at", (since,)).fetchall())

    def feedback_since(self, since: float = 0.0) -> list[dict]:
        """Feedback given at or after `since` (unix seconds), oldest first."""
        return self._run(lambda conn: conn.execute(
            "SELECT * FROM feedback WHERE given_at >= %s ORDER BY id", (since,)).fetchall())

    def purge_if_due(self) -> int:
        """Apply the retention period if a day has passed since this process last applied it."""
        now = self.clock()
        if self.retention_days is None or now < self._next_purge:
            return 0
        removed = self.purge(self.retention_days)
        self._next_purge = now + PURGE_INTERVAL_SECONDS
        return removed

    def purge(self, retention_days: int) -> int:
        """Delete questions (and their feedback) older than the retention period; returns rows removed."""
        cutoff = self.clock() - retention_days * 86400

        def delete(conn: psycopg.Connection) -> int:
            with conn.transaction():
                conn.execute("DELETE FROM feedback WHERE answer_id IN "
                             "(SELECT answer_id FROM questions WHERE asked_at < %s)", (cutoff,))
                conn.execute("DELETE FROM feedback WHERE given_at < %s", (cutoff,))
                return conn.execute("DELETE FROM questions WHERE asked_at < %s", (cutoff,)).rowcount

        return self._run(delete)
