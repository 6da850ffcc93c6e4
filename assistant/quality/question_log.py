"""Durable SQLite store of the question log and answer feedback, shared by every channel."""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from ..answer.result import Answer
from ..sqlite_db import DAY_SECONDS, Pool, connect, delete_older_than, until_free

SCHEMA_VERSION = 2
# What a logged message was: a question, or small talk (kept out of the content-gap report).
QUESTION, SMALL_TALK = "question", "small_talk"
MAX_COMMENT_CHARS = 2000
PURGE_INTERVAL_SECONDS = DAY_SECONDS

_SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    answer_id  TEXT PRIMARY KEY,
    asked_at   REAL NOT NULL,          -- unix seconds, UTC
    channel    TEXT NOT NULL,
    question   TEXT NOT NULL,
    answered   INTEGER NOT NULL,
    top_url    TEXT,
    top_title  TEXT,
    top_score  REAL,
    latency_ms REAL,
    kind       TEXT NOT NULL DEFAULT 'question'
);
CREATE INDEX IF NOT EXISTS questions_asked_at ON questions (asked_at);
CREATE TABLE IF NOT EXISTS feedback (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id  TEXT NOT NULL,
    given_at   REAL NOT NULL,
    channel    TEXT NOT NULL,
    helpful    INTEGER NOT NULL,
    comment    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS feedback_answer ON feedback (answer_id);
"""


def top_source(answer: Answer) -> tuple[str | None, str | None]:
    """The address and title of an answer's first source (none for a decline)."""
    top = answer.citations[0] if answer.citations else None
    return (top.url, top.title) if top else (None, None)


class QuestionLog:
    """Question log and feedback in one SQLite file; safe for several threads and processes."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time,
                 retention_days: int | None = None):
        self.path = Path(path)
        self.clock = clock
        # With a retention period, old rows are deleted at start and then at most once a day.
        self.retention_days = retention_days
        self._next_purge = float("-inf")
        # Opening, committing and closing a connection per question costs a checkpoint and fsyncs
        # while holding SQLite's write lock, which capped all workers together at ~100 questions/s;
        # the per-question writes therefore borrow a kept-open WAL connection.
        self._writers = Pool(lambda: connect(self.path, wal=True, shared=True, rows=True))
        with closing(connect(self.path, wal=True, rows=True)) as db, db:
            until_free(lambda: db.executescript(_SCHEMA))
            columns = {row["name"] for row in db.execute("PRAGMA table_info(questions)")}
            if "kind" not in columns:
                # A log written before small talk was told apart holds questions only.
                db.execute("ALTER TABLE questions ADD COLUMN kind TEXT NOT NULL DEFAULT 'question'")
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self.purge_if_due()

    def _connect(self) -> sqlite3.Connection:
        # A connection per operation that is not on the per-question path (cheap for SQLite).
        return connect(self.path, rows=True)

    def log_question(self, answer: Answer, channel: str, latency_ms: float) -> None:
        """Record an asked question and what came of it (no addresses or user names)."""
        self.log_questions([(answer, channel, latency_ms)])

    def log_questions(self, asked: list[tuple[Answer, str, float]]) -> None:
        """Record questions (answer, channel, latency in ms) in one transaction."""
        self.purge_if_due()
        now = self.clock()
        rows = [(answer.id, now, channel, answer.question, int(answer.answered), *top_source(answer),
                 answer.top_score, round(latency_ms, 3), SMALL_TALK if answer.small_talk else QUESTION)
                for answer, channel, latency_ms in asked]
        with self._writers.borrow() as db, db:
            until_free(lambda: db.executemany(
                "INSERT OR REPLACE INTO questions (answer_id, asked_at, channel, question, answered, "
                "top_url, top_title, top_score, latency_ms, kind) VALUES (?,?,?,?,?,?,?,?,?,?)", rows))

    def has_answer(self, answer_id: str) -> bool:
        with closing(self._connect()) as db:
            row = db.execute("SELECT 1 FROM questions WHERE answer_id=?", (answer_id,)).fetchone()
        return row is not None

    def record_feedback(self, answer_id: str, helpful: bool, comment: str = "",
                        channel: str = "api") -> int:
        """Store 👍/👎 (and an optional comment) for an answer; returns the feedback row id."""
        with closing(self._connect()) as db, db:
            cur = db.execute(
                "INSERT INTO feedback (answer_id, given_at, channel, helpful, comment) "
                "VALUES (?,?,?,?,?)",
                (answer_id, self.clock(), channel, int(bool(helpful)),
                 (comment or "")[:MAX_COMMENT_CHARS]),
            )
            return int(cur.lastrowid)

    def feedback_for(self, answer_id: str) -> list[dict]:
        with closing(self._connect()) as db:
            rows = db.execute("SELECT * FROM feedback WHERE answer_id=? ORDER BY id",
                              (answer_id,)).fetchall()
        return [dict(r) for r in rows]

    def questions(self, since: float = 0.0) -> list[dict]:
        """Logged questions asked at or after `since` (unix seconds), oldest first."""
        with closing(self._connect()) as db:
            rows = db.execute("SELECT * FROM questions WHERE asked_at >= ? ORDER BY asked_at",
                              (since,)).fetchall()
        return [dict(r) for r in rows]

    def feedback_since(self, since: float = 0.0) -> list[dict]:
        """Feedback given at or after `since` (unix seconds), oldest first."""
        with closing(self._connect()) as db:
            rows = db.execute("SELECT * FROM feedback WHERE given_at >= ? ORDER BY id",
                              (since,)).fetchall()
        return [dict(r) for r in rows]

    def purge_if_due(self) -> int:
        """Apply the retention period if a day has passed since it was last applied here."""
        now = self.clock()
        if self.retention_days is None or now < self._next_purge:
            return 0
        self._next_purge = now + PURGE_INTERVAL_SECONDS
        return self.purge(self.retention_days)

    def purge(self, retention_days: int) -> int:
        """Delete questions (and their feedback) older than the retention period; returns rows removed."""
        now, max_age = self.clock(), retention_days * DAY_SECONDS
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM feedback WHERE answer_id IN "
                       "(SELECT answer_id FROM questions WHERE asked_at < ?)", (now - max_age,))
            delete_older_than(db, "feedback", "given_at", now=now, max_age_seconds=max_age)
            return delete_older_than(db, "questions", "asked_at", now=now, max_age_seconds=max_age)

