"""The indexer replaces the index file and every worker serves the new one, failing no request."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.request

import pytest

from assistant.app import create_app
from assistant.config import REPO_ROOT, Config
from assistant.documents import write_atomic, write_document
from assistant.index.build import build_and_save
from assistant.quality.question_log import QuestionLog
from assistant.services import LiveIndex, Services
from tests.support.web import FakeClock, Gunicorn, bike_parking_document, build_groenne_byer_index, wait_until

SITE = "https://groenne-byer.example/"
BIKES = "Hvor mange cykelparkeringer har foreningen bygget?"
VISION = "Hvad er foreningens vision?"


def publish_bike_page(tmp_path) -> None:
    """The association adds a page; the corpus now has one more document than the index."""
    write_document(tmp_path / "corpus", bike_parking_document(SITE))


@pytest.fixture
def config(tmp_path) -> Config:
    return Config(index_path=build_groenne_byer_index(tmp_path, SITE), corpus_dir=tmp_path / "corpus",
                  db_path=tmp_path / "assistant.sqlite3", rate_limit="100000 per minute")


def app_with_clock(config: Config, clock: FakeClock, check_seconds: float = 2.0):
    services = Services(config=config, store=QuestionLog(config.db_path),
                        index=LiveIndex(config.index_path, check_seconds=check_seconds, clock=clock))
    return create_app(config, services=services)


def answered(client, question: str) -> bool:
    response = client.post("/api/ask", json={"question": question})
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["answered"]


def test_a_rebuilt_index_is_served_after_the_next_check_without_a_restart(config, tmp_path):
    clock = FakeClock()
    client = app_with_clock(config, clock).test_client()
    assert not answered(client, BIKES)

    publish_bike_page(tmp_path)
    build_and_save(config.corpus_dir, config.index_path)
    assert not answered(client, BIKES), "between checks the loaded index keeps serving"
    clock.advance(2.0)
    client.application.extensions["assistant"].index.settle()
    assert answered(client, BIKES)
    assert client.get("/healthz").get_json()["index"]["documents"] == 5


def test_an_unreadable_replacement_is_ignored_and_the_previous_index_keeps_serving(
        config, tmp_path, caplog):
    clock = FakeClock()
    client = app_with_clock(config, clock).test_client()
    assert answered(client, VISION)

    write_atomic(config.index_path, b"ikke et indeks")
    for _ in range(3):
        clock.advance(5)
        assert answered(client, VISION)
        client.application.extensions["assistant"].index.settle()
    assert client.get("/healthz").get_json()["index"]["documents"] == 4
    assert caplog.text.count("kunne ikke læses") == 1, "a broken file is read and reported once"

    publish_bike_page(tmp_path)
    build_and_save(config.corpus_dir, config.index_path)
    clock.advance(5)
    client.application.extensions["assistant"].index.settle()
    assert answered(client, BIKES)


def test_while_a_new_index_is_prepared_visitors_are_answered_at_once_by_the_previous_one(
        config, tmp_path, monkeypatch):
    """Reading and warming a rebuilt index takes seconds on a large site: it happens beside the
    requests, not in the one that happened to notice the new file."""
    import assistant.services as services_module

    clock = FakeClock()
    client = app_with_clock(config, clock).test_client()
    assert not answered(client, BIKES)
    release, preparing = threading.Event(), threading.Event()
    prepare = services_module.prepare_answering

    def slow_prepare(index):
        preparing.set()
        release.wait(30)
        prepare(index)

    monkeypatch.setattr(services_module, "prepare_answering", slow_prepare)
    publish_bike_page(tmp_path)
    build_and_save(config.corpus_dir, config.index_path)
    clock.advance(2.0)
    assert not answered(client, BIKES), "the request that notices the new index is not held"
    assert preparing.wait(10), "the new index is being prepared"
    assert not answered(client, BIKES)
    assert client.get("/healthz").status_code == 200
    release.set()
    client.application.extensions["assistant"].index.settle()
    assert answered(client, BIKES)


def test_questions_asked_while_the_index_is_rebuilt_again_and_again_all_succeed(config, tmp_path):
    app = app_with_clock(config, clock=FakeClock(), check_seconds=0)
    old_corpus, new_corpus = tmp_path / "corpus", tmp_path / "corpus-ny"
    shutil.copytree(old_corpus, new_corpus)
    write_document(new_corpus, bike_parking_document(SITE))
    stop = threading.Event()
    statuses: list[int] = []
    bike_answers: list[bool] = []

    def visitor():
        client = app.test_client()
        while not stop.is_set():
            response = client.post("/api/ask", json={"question": BIKES})
            statuses.append(response.status_code)
            if response.status_code == 200:
                bike_answers.append(response.get_json()["answered"])

    visitors = [threading.Thread(target=visitor) for _ in range(4)]
    for thread in visitors:
        thread.start()
    try:
        for round_ in range(6):
            build_and_save(new_corpus if round_ % 2 == 0 else old_corpus, config.index_path)
            seen = len(statuses)
            wait_until(lambda: len(statuses) > seen + 4, message="ingen svar under genopbygningen")
    finally:
        stop.set()
        for thread in visitors:
            thread.join()
    assert set(statuses) == {200}
    assert True in bike_answers and False in bike_answers


def http_json(url: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def test_gunicorn_workers_pick_up_an_index_rebuilt_by_the_indexer_while_visitors_ask(config, tmp_path):
    server = Gunicorn({
        "ASSISTANT_INDEX": str(config.index_path), "ASSISTANT_DB": str(config.db_path),
        "ASSISTANT_INDEX_CHECK_SECONDS": "0.2", "ASSISTANT_RATE_LIMIT": "100000 per minute",
        "SLACK_BOT_TOKEN": "", "SLACK_SIGNING_SECRET": "", "SLACK_APP_TOKEN": "",
    }, workers=2)
    url = server.url
    stop = threading.Event()
    failures: list[tuple[int, dict]] = []
    asked = [0]

    def visitor():
        while not stop.is_set():
            status, body = http_json(url + "api/ask", {"question": VISION})
            asked[0] += 1
            if status != 200 or not body.get("answered"):
                failures.append((status, body))

    visitors = [threading.Thread(target=visitor) for _ in range(3)]
    try:
        # Both workers booted first: on a busy machine a boot takes longer than a visitor's timeout.
        server.wait_ready(2)
        for thread in visitors:
            thread.start()
        wait_until(lambda: asked[0] >= 10, timeout=20, message="gunicorn svarede ikke")
        publish_bike_page(tmp_path)
        build = subprocess.run(
            [sys.executable, "indexer.py", "build", "--corpus", str(config.corpus_dir),
             "--index", str(config.index_path)], cwd=REPO_ROOT, capture_output=True, text=True,
            timeout=60)
        assert build.returncode == 0, build.stderr
        consecutive = [0]

        def every_worker_serves_the_new_index() -> bool:
            status, body = http_json(url + "api/ask", {"question": BIKES})
            consecutive[0] = consecutive[0] + 1 if status == 200 and body["answered"] else 0
            # Requests land on whichever worker is free; many in a row means all have switched.
            return consecutive[0] >= 20

        wait_until(every_worker_serves_the_new_index, timeout=30,
                   message="ikke alle workers brugte det nye indeks")
    finally:
        stop.set()
        # Only started visitors can be joined: a boot that failed must show its own error.
        for thread in (t for t in visitors if t.ident is not None):
            thread.join(timeout=15)
        server.stop()
    assert failures == []
    assert asked[0] > 10
