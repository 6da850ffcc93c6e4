"""What was asked where in Slack, so follow-ups are read in their conversation's context.

A thread's earlier questions are its conversation; a message written straight to the assistant (a
DM, outside a thread) continues the DM's questions of the last few minutes. The follow-up itself is
read by the core mechanism (`assistant.answer.conversation`), as in the widget and the API; this module
only remembers. The questions live in the shared database, so the worker process that answers a
follow-up need not be the one that answered the first question (with several replicas each keeps
its own: docs/replicas.md). Only the question text is kept,
never who asked, and only for THREAD_MEMORY_DAYS.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from ..answer.compose import clean_question
from ..answer.history import MAX_HISTORY
from ..errors import QuestionError
from ..sqlite_db import DAY_SECONDS, delete_older_than
from .db import SlackDB

THREAD_MEMORY_DAYS = 7
# A DM has no threads to tell conversations apart: questions this close together belong together.
DM_WINDOW_MINUTES = 10

_SCHEMA = """
DROP TABLE IF EXISTS slack_threads;
CREATE TABLE IF NOT EXISTS slack_questions (
    channel    TEXT NOT NULL,
    thread_ts  TEXT NOT NULL,
    question   TEXT NOT NULL,
    asked_at   REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS slack_questions_thread ON slack_questions (channel, thread_ts, asked_at);
CREATE INDEX IF NOT EXISTS slack_questions_asked_at ON slack_questions (channel, asked_at);
"""


class ConversationMemory:
    """The questions asked in each Slack conversation, newest last."""

    def __init__(self, db: SlackDB, clock: Callable[[], float] = time.time):
        self.db = db
        self.clock = clock
        db.ensure_schema(_SCHEMA)

    def history(self, channel: str, thread_ts: str, in_thread: bool, direct: bool) -> tuple[str, ...]:
        """The earlier questions a message continues: its thread's, or a DM's recent ones."""
        now = self.clock()
        if in_thread:
            rows = self.db.query(
                "SELECT question FROM slack_questions WHERE channel=? AND thread_ts=? "
                "AND asked_at >= ? ORDER BY asked_at DESC, rowid DESC LIMIT ?",
                (channel, thread_ts, now - THREAD_MEMORY_DAYS * DAY_SECONDS, MAX_HISTORY))
        elif direct:
            rows = self.db.query(
                "SELECT question FROM slack_questions WHERE channel=? AND asked_at >= ? "
                "ORDER BY asked_at DESC, rowid DESC LIMIT ?",
                (channel, now - DM_WINDOW_MINUTES * 60, MAX_HISTORY))
        else:
            # A new mention in a channel starts a new thread, and with it a new conversation.
            rows = []
        return tuple(row[0] for row in reversed(rows))

    def remember(self, channel: str, thread_ts: str, question: str) -> None:
        try:
            question = clean_question(question)
        except QuestionError:
            return  # an unusable question (too long, empty) gives the next one no context
        now = self.clock()
        with self.db.write() as db:
            db.execute("INSERT INTO slack_questions VALUES (?,?,?,?)",
                       (channel, thread_ts, question, now))
            delete_older_than(db, "slack_questions", "asked_at", now=now,
                              max_age_seconds=THREAD_MEMORY_DAYS * DAY_SECONDS)
