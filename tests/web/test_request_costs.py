"""A visitor's question costs the server little besides its answer, and nothing is given up for it.

The rate limit still refuses a flood but checks each question once and starts no threads; the
question log still gets every row but reuses its SQLite connection, also when every client is
answered in a thread of its own (`python server.py`).
"""
from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from assistant.app import create_app
from assistant.errors import ConfigError
from assistant.services import Services
from assistant.web import api_limits
from assistant.web.api_limits import RECHECK_SECONDS, ApiLimit, LimitCounters
from assistant.web.rate_limit_storage import LocalMemoryStorage
from tests.support.web import FakeClock

VISION = "Hvad er Balance Danmarks vision?"


def ask(client, address: str = "192.0.2.10"):
    return client.post("/api/ask", json={"question": VISION}, environ_base={"REMOTE_ADDR": address})


def test_each_question_passes_the_rate_limit_once_and_a_flood_is_still_refused(test_config, monkeypatch):
    checks, counted = [], []
    original_count, original_incr = ApiLimit.count, LocalMemoryStorage.incr

    def count(self, key):
        checks.append(self)
        return original_count(self, key)

    def incr(self, key, *args, **kwargs):
        counted.append(key)
        return original_incr(self, key, *args, **kwargs)

    monkeypatch.setattr(ApiLimit, "count", count)
    monkeypatch.setattr(LocalMemoryStorage, "incr", incr)
    client = create_app(test_config.replace(rate_limit="3 per minute;100 per hour")).test_client()
    assert ask(client).status_code == 200
    assert len(checks) == 1
    # Once in each window, under the keys Flask-Limiter gave them (replicas share the counters).
    assert counted == ["LIMITER/192.0.2.10/questions/3/1/minute", "LIMITER/192.0.2.10/questions/100/1/hour"]
    assert [ask(client).status_code for _ in range(3)] == [200, 200, 429]
    assert client.post("/api/feedback", json={"id": "0" * 32, "helpful": True},
                       environ_base={"REMOTE_ADDR": "192.0.2.10"}).status_code == 404, \
        "feedback keeps its own budget"


def test_the_rate_limit_headers_tell_the_shortest_window_and_a_refusal_when_to_come_back(test_config):
    client = create_app(test_config.replace(rate_limit="2 per minute;100 per hour")).test_client()
    first, second, refused = (ask(client) for _ in range(3))
    assert (first.headers["X-RateLimit-Limit"], first.headers["X-RateLimit-Remaining"]) == ("2", "1")
    assert second.headers["X-RateLimit-Remaining"] == "0"
    assert refused.status_code == 429 and refused.headers["X-RateLimit-Remaining"] == "0"
    assert 0 < int(refused.headers["Retry-After"]) <= 61
    assert int(refused.headers["X-RateLimit-Reset"]) - int(refused.headers["Retry-After"]) == \
        pytest.approx(time.time(), abs=2)
    searched = client.get("/api/search?q=vision", environ_base={"REMOTE_ADDR": "192.0.2.11"})
    assert searched.headers["X-RateLimit-Remaining"] == "1"
    assert "X-RateLimit-Limit" not in client.get("/healthz").headers


def test_a_rate_limit_that_cannot_be_read_stops_the_start_with_a_danish_message(test_config):
    with pytest.raises(ConfigError, match="ASSISTANT_RATE_LIMIT kan ikke læses"):
        create_app(test_config.replace(rate_limit="mange pr. minut"))


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


def test_while_the_shared_counters_are_away_questions_are_counted_in_memory_and_the_store_is_tried_again(
        test_config):
    clock = FakeClock()
    app = create_app(test_config)
    counters = LimitCounters("memory://", {}, clock=clock)
    limit = ApiLimit("2 per minute", counters, switch=next(iter(app.extensions["limiter"])),
                     key_func=lambda: "192.0.2.10")
    shared = counters.shared.storage
    working_incr = shared.incr

    def unreachable(*args, **kwargs):
        raise ConnectionError("lageret svarer ikke")

    shared.incr = unreachable
    with app.test_request_context():
        limit.check()
        assert counters.local.storage.get("LIMITER/192.0.2.10/questions/2/1/minute") == 1
        shared.incr = working_incr
        limit.check()   # not tried again at once: a store that is away costs a timeout each time
        assert shared.get("LIMITER/192.0.2.10/questions/2/1/minute") == 0
        clock.advance(RECHECK_SECONDS)
        limit.check()
        assert shared.get("LIMITER/192.0.2.10/questions/2/1/minute") == 1


def test_questions_and_feedback_count_in_one_store_and_find_it_away_once(test_config, monkeypatch, caplog):
    opened, real = [], api_limits.storage_from_string
    monkeypatch.setattr(api_limits, "storage_from_string",
                        lambda uri, **options: opened.append(uri) or real(uri, **options))
    app = create_app(test_config)
    assert len(opened) == 1, "one connection pool to the shared store, not one per limit"

    clock = FakeClock()
    counters = LimitCounters("memory://", {}, clock=clock)
    switch = next(iter(app.extensions["limiter"]))
    questions = ApiLimit("5 per minute", counters, switch=switch, key_func=lambda: "192.0.2.10")
    feedback = ApiLimit("5 per minute", counters, switch=switch, key_func=lambda: "192.0.2.10",
                        scope="api.feedback")
    tries = []

    def unreachable(*args, **kwargs):
        tries.append(args)
        raise ConnectionError("lageret svarer ikke")

    counters.shared.storage.incr = unreachable
    with app.test_request_context(), caplog.at_level("WARNING", logger=api_limits.__name__):
        questions.check()
        feedback.check()   # the question found the store away: no second wait for its timeout
    assert len(tries) == 1
    assert counters.local.storage.get("LIMITER/192.0.2.10/api.feedback/5/1/minute") == 1
    assert len([r for r in caplog.records if "svarer ikke" in r.getMessage()]) == 1
