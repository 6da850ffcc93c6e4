"""Follow-ups in a Slack thread: "og hvornår var det?" is asked together with the thread's question.

Each thread remembers its latest stand-alone question (its topic) in the shared database, so the
worker process that answers the follow-up need not be the one that answered the first question.
Only the question text is kept, never who asked, and only for THREAD_MEMORY_DAYS.
"""
from __future__ import annotations

import re
import time
from typing import Callable

from ..answer import MAX_QUESTION_CHARS
from .db import SlackDB

THREAD_MEMORY_DAYS = 7
# A question this short that points back ("det", "den", …) cannot stand alone.
MAX_FOLLOW_UP_WORDS = 6
FOLLOW_UP_OPENERS = ("og", "men", "eller", "så", "også", "hvad med", "hvad så", "hvordan med",
                     "and", "but", "what about", "how about")
POINTING_BACK = frozenset("""det den dem de dette denne disse deres dets dens dengang derfor
    dér deri derom herom hertil han hun it that they them those there then""".split())

_SCHEMA = """
CREATE TABLE IF NOT EXISTS slack_threads (
    channel    TEXT NOT NULL,
    thread_ts  TEXT NOT NULL,
    topic      TEXT NOT NULL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (channel, thread_ts)
);
"""


def is_follow_up(text: str) -> bool:
    """Whether a question leans on an earlier one: opens with "og"/"men"/…, or is short and points back."""
    lowered = text.casefold().strip()
    words = re.findall(r"\w+", lowered)
    if not words:
        return False
    if any(lowered == o or re.match(rf"{re.escape(o)}\b", lowered) for o in FOLLOW_UP_OPENERS):
        return True
    return len(words) <= MAX_FOLLOW_UP_WORDS and any(w in POINTING_BACK for w in words)


def with_context(topic: str, follow_up: str) -> str:
    """The follow-up asked together with the topic, within the question length limit."""
    room = MAX_QUESTION_CHARS - len(follow_up) - 1
    if room <= 0:
        return follow_up
    return f"{topic[:room].rstrip()} {follow_up}"


class ThreadMemory:
    """The topic of each thread the assistant has answered in."""

    def __init__(self, db: SlackDB, clock: Callable[[], float] = time.time):
        self.db = db
        self.clock = clock
        db.ensure_schema(_SCHEMA)

    def topic(self, channel: str, thread_ts: str) -> str | None:
        cutoff = self.clock() - THREAD_MEMORY_DAYS * 86400
        rows = self.db.query("SELECT topic FROM slack_threads WHERE channel=? AND thread_ts=? "
                             "AND updated_at >= ?", (channel, thread_ts, cutoff))
        return rows[0][0] if rows else None

    def remember(self, channel: str, thread_ts: str, topic: str) -> None:
        now = self.clock()
        with self.db.write() as db:
            db.execute("INSERT OR REPLACE INTO slack_threads VALUES (?,?,?,?)",
                       (channel, thread_ts, topic, now))
            db.execute("DELETE FROM slack_threads WHERE updated_at < ?",
                       (now - THREAD_MEMORY_DAYS * 86400,))

    def resolve(self, channel: str, thread_ts: str, text: str) -> str:
        """The question to ask for a message in a thread: with the thread's topic if it is a follow-up."""
        topic = self.topic(channel, thread_ts)
        if topic and is_follow_up(text):
            return with_context(topic, text)
        self.remember(channel, thread_ts, text)
        return text
