"""A visitor's question costs the server little besides its answer, and nothing is given up for it.

The rate limit still refuses a flood but checks each question once and starts no threads; the
question log still gets every row but reuses its SQLite connection, also when every client is
answered in a thread of its own (`python server.py`).
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from flask_limiter import Limiter

from assistant.app import create_app
from assistant.services import Services
from assistant.web.rate_limit_storage import LocalMemoryStorage
from tests.support.web import FakeClock

VISION = "Hvad er Balance Danmarks vision?"


def ask(client, address: str = "192.0.2.10"):
    return client.post("/api/ask", json={"question": VISION}, environ_base={"REMOTE_ADDR": address})


def test_each_question_passes_the_rate_limit_once_and_a_flood_is_still_refused(test_config, monkeypatch):
    checks = []
    original = Limiter._check_request_limit

    def counted(self, *args, **kwargs):
        checks.append(kwargs.get("callable_name"))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Limiter, "_check_request_limit", counted)
    client = create_app(test_config.replace(rate_limit="3 per minute;100 per hour")).test_client()
    assert ask(client).status_code == 200
    assert len(checks) == 1
    assert [ask(client).status_code for _ in range(3)] == [200, 200, 429]
    assert client.post("/api/feedback", json={"id": "0" * 32, "helpful": True},
                       environ_base={"REMOTE_ADDR": "192.0.2.10"}).status_code == 404, \
        "feedback keeps its own budget"


def test_counting_questions_for_the_rate_limit_starts_no_threads(test_config, monkeypatch):
    client = create_app(test_config.replace(rate_limit="1000 per minute")).test_client()
    started = []
    original = threading.Thread.start

    def counted(self, *args, **kwargs):
        started.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(threading.Thread, "start", counted)
    assert {ask(client, address=f"192.0.2.{i % 5}").status_code for i in range(30)} == {200}
    # The question log's writer is the one thread: started by the first question, kept by the rest.
    assert [thread.name for thread in started] == ["question-log-writer"]


def test_a_rate_limit_window_that_has_ended_counts_from_zero_and_is_forgotten():
    clock = FakeClock()
    counters = LocalMemoryStorage(clock=clock)
    assert [counters.incr("192.0.2.10/questions", 60) for _ in range(3)] == [1, 2, 3]
    counters.incr("192.0.2.11/questions", 3600)
    assert counters.get_expiry("192.0.2.10/questions") == clock() + 60
    clock.advance(61)
    assert counters.get("192.0.2.10/questions") == 0
    assert counters.incr("192.0.2.10/questions", 60) == 1
    clock.advance(3600)
    counters.incr("192.0.2.12/questions", 60)
    assert len(counters) == 1, "ended windows are swept, so a flood of addresses does not pile up"
    counters.clear("192.0.2.12/questions")
    assert counters.get("192.0.2.12/questions") == 0 and counters.reset() == 0


def test_questions_from_new_threads_share_one_log_connection_and_every_row_is_written(
        test_config, monkeypatch):
    services = Services.from_config(test_config)
    opened = []
    connect = sqlite3.connect

    def counted(path, *args, **kwargs):
        # This log's own database only: another app's log writer in the process (an earlier test's,
        # still gathering its rows) may open its connection meanwhile.
        if Path(path) == test_config.db_path:
            opened.append(path)
        return connect(path, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", counted)
    answers = []
    for _ in range(5):   # python server.py answers each client connection in a new thread
        thread = threading.Thread(target=lambda: answers.append(services.ask(VISION, "api")))
        thread.start()
        thread.join()
    assert len(opened) == 1
    monkeypatch.setattr(sqlite3, "connect", connect)
    logged = {row["answer_id"] for row in services.store.questions()}
    assert {a.id for a in answers} <= logged and len(answers) == 5


def test_a_visitor_gets_the_answer_while_the_question_log_is_still_busy_and_the_row_follows(test_config):
    services = Services.from_config(test_config)
    log = services.store
    database_free = threading.Event()

    class BusyLog:
        """The question log's database, busy until the test frees it."""

        def log_questions(self, rows):
            database_free.wait(timeout=10)
            log.log_questions(rows)

        def __getattr__(self, name):
            return getattr(log, name)

    services.store = BusyLog()
    app = create_app(test_config, services)
    response = ask(app.test_client())
    assert response.status_code == 200 and log.questions() == []
    database_free.set()
    assert [row["answer_id"] for row in app.extensions["assistant"].store.questions()] == [
        response.get_json()["id"]]
