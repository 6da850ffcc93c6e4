"""The question log is written by a background writer: the visitor never waits for the database,
and no question goes unlogged, not when the writer falls behind nor when the process stops."""
from __future__ import annotations

import subprocess
import sys
import threading
import time

from assistant.answer.result import Answer, Citation
from assistant.config import REPO_ROOT
from assistant.quality.log_writer import BackgroundLog
from assistant.quality.question_log import QuestionLog


def club_answer(n: int) -> Answer:
    """An answer about the fictional association Foreningen Grønne Byer."""
    return Answer(question=f"Hvornår mødes bestyrelsen ({n})?", answered=True,
                  answer="Bestyrelsen mødes første tirsdag i måneden [1].", top_score=3.5,
                  citations=(Citation(1, "Vedtægter", "§ 7", "https://gronne-byer.example/vedtaegter",
                                      "Bestyrelsen mødes …", 3.5),))


class HeldStore:
    """A store whose writes wait until the test lets them through (a slow or busy database)."""

    def __init__(self):
        self.open = threading.Event()
        self.writing = threading.Event()
        self.batches: list[list[str]] = []

    def log_questions(self, rows):
        self.writing.set()
        self.open.wait(timeout=10)
        self.batches.append([answer.id for answer, _, _ in rows])

    def questions(self):
        return [{"answer_id": answer_id} for batch in self.batches for answer_id in batch]


def test_a_question_is_logged_without_the_visitor_waiting_for_the_database():
    store = HeldStore()
    background = BackgroundLog(store)
    answer = club_answer(1)
    background.log_question(answer, "widget", 1.2)   # returns while the database is still busy
    assert store.batches == []
    store.open.set()
    assert background.questions() == [{"answer_id": answer.id}]


def test_questions_that_gather_while_the_database_is_busy_are_written_together():
    store = HeldStore()
    background = BackgroundLog(store)
    answers = [club_answer(n) for n in range(20)]
    background.log_question(answers[0], "api", 1.0)
    assert store.writing.wait(timeout=10)
    for answer in answers[1:]:
        background.log_question(answer, "api", 1.0)
    store.open.set()
    background.flush()
    assert len(store.batches) == 2   # the first row, then the 19 that waited for it, in one write
    assert sum(store.batches, []) == [a.id for a in answers]


class CountingStore:
    """A store that keeps each transaction's rows (a database that writes at once)."""

    def __init__(self):
        self.batches: list[list[str]] = []

    def log_questions(self, rows):
        self.batches.append([answer.id for answer, _, _ in rows])


def test_answers_given_close_together_are_written_in_one_transaction_not_one_each():
    store = CountingStore()
    background = BackgroundLog(store, gather_seconds=5.0)
    answers = [club_answer(n) for n in range(5)]
    for answer in answers:
        background.log_question(answer, "api", 1.0)
        time.sleep(0.01)   # a busy worker's pace: each answer a few milliseconds after the last
    background.flush()
    assert store.batches == [[a.id for a in answers]]


def test_a_rating_check_does_not_wait_for_the_writer_to_gather_more_answers(tmp_path):
    background = BackgroundLog(QuestionLog(tmp_path / "log.sqlite3"), gather_seconds=600.0)
    answer = club_answer(1)
    background.log_question(answer, "widget", 2.0)
    checked: list[bool] = []
    checker = threading.Thread(target=lambda: checked.append(background.has_answer(answer.id)), daemon=True)
    checker.start()
    checker.join(timeout=30)   # far below the ten minutes the writer would otherwise gather for
    assert checked == [True]


class BusySite(CountingStore):
    """A store during whose first writes another visitor's answer arrives each time."""

    def __init__(self, arrivals: int):
        super().__init__()
        self.arrivals = arrivals
        self.background: BackgroundLog | None = None

    def log_questions(self, rows):
        super().log_questions(rows)
        if len(self.batches) <= self.arrivals:
            self.background.log_question(club_answer(100 + len(self.batches)), "api", 1.0)


def test_a_rating_check_while_answers_keep_coming_does_not_wait_for_the_writer_to_gather_them():
    store = BusySite(arrivals=5)
    background = store.background = BackgroundLog(store, gather_seconds=600.0)
    rated = club_answer(0)
    background.log_question(rated, "widget", 2.0)
    flushed = threading.Thread(target=background.flush, daemon=True)
    flushed.start()
    flushed.join(timeout=30)   # far below the ten minutes the writer would otherwise gather for
    assert not flushed.is_alive()
    written = sum(store.batches, [])
    assert written[0] == rated.id and len(written) == 6   # and the five that came while it was written


def test_a_full_queue_makes_the_request_wait_instead_of_dropping_questions():
    store = HeldStore()
    background = BackgroundLog(store, queue_rows=2)
    answers = [club_answer(n) for n in range(6)]
    sender = threading.Thread(target=lambda: [background.log_question(a, "api", 1.0) for a in answers])
    sender.start()
    assert store.writing.wait(timeout=10)
    sender.join(timeout=0.5)
    assert sender.is_alive()   # held at the full queue: one row being written, two waiting
    store.open.set()
    sender.join(timeout=10)
    background.flush()
    assert sum(store.batches, []) == [a.id for a in answers]


def test_a_feedback_check_sees_the_answer_that_was_just_given(tmp_path):
    store = QuestionLog(tmp_path / "log.sqlite3")
    background = BackgroundLog(store)
    answer = club_answer(1)
    background.log_question(answer, "widget", 2.0)
    assert background.has_answer(answer.id)
    [row] = background.questions()
    assert (row["channel"], row["top_url"], row["latency_ms"]) == (
        "widget", "https://gronne-byer.example/vedtaegter", 2.0)


def test_an_idle_writer_stops_and_the_next_question_starts_it_again(tmp_path):
    background = BackgroundLog(QuestionLog(tmp_path / "log.sqlite3"), idle_seconds=0.05)
    background.log_question(club_answer(1), "api", 1.0)
    background.flush()
    deadline = time.monotonic() + 5
    while background._writer is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert background._writer is None
    background.log_question(club_answer(2), "api", 1.0)
    assert len(background.questions()) == 2


STOPPING_PROCESS = """
import sys, time
from assistant.quality.log_writer import BackgroundLog
from assistant.quality.question_log import QuestionLog
from tests.quality.test_log_writer import club_answer

class SlowLog(QuestionLog):
    def log_questions(self, rows):
        time.sleep(0.02)
        super().log_questions(rows)

background = BackgroundLog(SlowLog(sys.argv[1]), batch_rows=1)
for n in range(40):
    background.log_question(club_answer(n), "api", 1.0)
sys.exit(0)   # a worker told to stop: the 40 rows are still being written
"""


def test_questions_still_queued_when_the_process_stops_are_written_before_it_ends(tmp_path):
    path = tmp_path / "log.sqlite3"
    subprocess.run([sys.executable, "-c", STOPPING_PROCESS, str(path)], cwd=REPO_ROOT, check=True,
                   timeout=60)
    assert len(QuestionLog(path).questions()) == 40
