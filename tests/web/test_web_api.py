"""Visitors and programs use the JSON API: answers, passages, feedback, health, and clear refusals."""
from __future__ import annotations

import http.client
import json
import sqlite3
import threading

import pytest

from assistant.answer.compose import MAX_QUESTION_CHARS
from assistant.app import create_app
from assistant.index.bm25 import INDEX_FORMAT_VERSION
from assistant.quality.question_log import MAX_COMMENT_CHARS
from tests.support.web import ServerThread

OM = "https://balance-danmark.dk/om/"
VISION = "Hvad er Balance Danmarks vision?"
DANISH_WORDS = ("ikke", "skal", "for ", "skriv", "send", "fejl", "spørg", "ukendt")


def logged(app) -> list[dict]:
    return app.extensions["assistant"].store.questions()


def assert_danish_error(response, status: int) -> str:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json
    body = response.get_json()
    assert set(body) == {"error"}
    message = body["error"]
    assert message and "Traceback" not in message and "Error" not in message
    assert any(word in message.lower() for word in DANISH_WORDS), message
    return message


def test_a_visitor_asks_about_the_vision_and_gets_the_answer_contract(app, client):
    response = client.post("/api/ask", json={"question": VISION})
    assert response.status_code == 200
    body = response.get_json()
    assert body["question"] == VISION and body["answered"] is True
    assert "[1]" in body["answer"]
    first = body["citations"][0]
    assert {"n", "title", "heading", "url", "snippet", "score"} <= set(first)
    assert first["n"] == 1 and first["url"] == OM + "#vores-vision"
    assert len(body["id"]) == 32
    assert [(q["answer_id"], q["channel"]) for q in logged(app)] == [(body["id"], "api")]


def test_the_widget_says_so_and_its_questions_are_logged_as_widget(app, client):
    body = client.post("/api/ask", json={"question": VISION, "channel": "widget"}).get_json()
    assert [(q["answer_id"], q["channel"]) for q in logged(app)] == [(body["id"], "widget")]


def test_a_question_the_material_cannot_answer_is_declined_not_invented(client):
    body = client.post("/api/ask", json={"question": "Hvad koster en billet til månen?"}).get_json()
    assert body["answered"] is False
    assert "sekretariatet" in body["answer"]


BAD_BODIES = [
    ("no content type", {"data": b'{"question": "vision"}'}, 415),
    ("plain text", {"data": "Hvad er jeres vision?", "content_type": "text/plain"}, 415),
    ("form", {"data": {"question": "vision"}}, 415),
    ("broken JSON", {"data": '{"question": "vis', "content_type": "application/json"}, 400),
    ("not UTF-8", {"data": b'{"question": "\xff\xfe"}', "content_type": "application/json"}, 400),
    ("a list", {"json": ["Hvad er jeres vision?"]}, 400),
    ("a string", {"json": "Hvad er jeres vision?"}, 400),
    ("no question", {"json": {"spørgsmål": "vision"}}, 400),
    ("question is a number", {"json": {"question": 42}}, 400),
    ("question is null", {"json": {"question": None}}, 400),
    ("empty question", {"json": {"question": ""}}, 400),
    ("only spaces", {"json": {"question": "   \n\t "}}, 400),
    ("too long", {"json": {"question": "vision " * (MAX_QUESTION_CHARS // 7 + 1)}}, 400),
    ("unknown channel", {"json": {"question": VISION, "channel": "slack"}}, 400),
    ("too large", {"json": {"question": VISION, "padding": "x" * 20_000}}, 413),
]


@pytest.mark.parametrize("case, request_args, status", BAD_BODIES, ids=[c[0] for c in BAD_BODIES])
def test_bad_request_bodies_get_a_danish_refusal_and_nothing_is_logged(app, client, case,
                                                                       request_args, status):
    assert_danish_error(client.post("/api/ask", **request_args), status)
    assert logged(app) == []


def test_an_over_long_question_is_refused_with_the_limit_named(client):
    message = assert_danish_error(
        client.post("/api/ask", json={"question": "x" * (MAX_QUESTION_CHARS + 1)}), 400)
    assert str(MAX_QUESTION_CHARS) in message


def test_a_chunked_upload_over_the_limit_is_refused_with_413(test_config):
    server = ServerThread(create_app(test_config.replace(max_request_bytes=1000)))
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        parts = [b'{"question": "'] + [b"x" * 100] * 50 + [b'"}']
        connection.request("POST", "/api/ask", body=iter(parts), encode_chunked=True,
                           headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        body = json.loads(response.read())
        connection.close()
    finally:
        server.stop()
    assert response.status == 413
    assert body == {"error": "Forespørgslen er for stor: højst 1000 byte."}


def test_a_program_searches_passages_ranked_best_first(client):
    body = client.get("/api/search", query_string={"q": "vision", "k": "2"}).get_json()
    assert body["query"] == "vision"
    assert [h["rank"] for h in body["hits"]] == [1, 2]
    assert body["hits"][0]["url"] == OM + "#vores-vision"
    assert body["hits"][0]["score"] >= body["hits"][1]["score"]
    assert {"title", "heading", "snippet", "coverage"} <= set(body["hits"][0])


@pytest.mark.parametrize("query, needle", [
    ({"q": "vision", "k": "0"}, "k skal"), ({"q": "vision", "k": "21"}, "k skal"),
    ({"q": "vision", "k": "mange"}, "k skal"), ({}, "Skriv"), ({"q": "x" * 501}, "for langt"),
])
def test_a_bad_search_gets_a_danish_refusal(client, query, needle):
    assert needle in assert_danish_error(client.get("/api/search", query_string=query), 400)


def test_feedback_is_stored_and_read_back_after_the_app_restarts(test_config):
    first = create_app(test_config).test_client()
    answer = first.post("/api/ask", json={"question": VISION, "channel": "widget"}).get_json()
    response = first.post("/api/feedback", json={"id": answer["id"], "helpful": False,
                                                 "comment": "Mangler årstal", "channel": "widget"})
    assert response.status_code == 201 and response.get_json()["saved"] is True

    restarted = create_app(test_config)
    rows = restarted.extensions["assistant"].store.feedback_for(answer["id"])
    assert [(r["helpful"], r["comment"], r["channel"]) for r in rows] == [
        (0, "Mangler årstal", "widget")]


def test_a_rating_sent_to_another_worker_before_the_answer_is_logged_is_kept(test_config):
    # Two workers over one log; the answering worker's log writer is held up by a busy database.
    rater, answerer = create_app(test_config), create_app(test_config)
    rater.test_client().post("/api/ask", json={"question": VISION})
    rater.extensions["assistant"].store.questions()  # its own row written: the file is ready
    busy = sqlite3.connect(test_config.db_path, isolation_level=None, check_same_thread=False)
    busy.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.5, busy.commit).start()
    answer = answerer.test_client().post("/api/ask", json={"question": VISION}).get_json()
    response = rater.test_client().post("/api/feedback", json={"id": answer["id"], "helpful": True})
    assert response.status_code == 201, response.get_json()
    assert len(rater.extensions["assistant"].store.feedback_for(answer["id"])) == 1
    busy.close()


@pytest.mark.parametrize("body, status", [
    ({"id": "0" * 32, "helpful": True}, 404),
    ({"id": "not-an-id", "helpful": True}, 400),
    ({"id": None, "helpful": True}, 400),
    ({"helpful": True}, 400),
    ({"id": "ANSWER", "helpful": "ja"}, 400),
    ({"id": "ANSWER", "helpful": 1}, 400),
    ({"id": "ANSWER"}, 400),
    ({"id": "ANSWER", "helpful": True, "comment": 7}, 400),
    ({"id": "ANSWER", "helpful": True, "comment": "x" * (MAX_COMMENT_CHARS + 1)}, 400),
    ({"id": "ANSWER", "helpful": True, "channel": "cli"}, 400),
])
def test_bad_feedback_is_refused_in_danish_and_nothing_is_stored(app, client, body, status):
    answer_id = client.post("/api/ask", json={"question": VISION}).get_json()["id"]
    body = {k: (answer_id if v == "ANSWER" else v) for k, v in body.items()}
    assert_danish_error(client.post("/api/feedback", json=body), status)
    assert app.extensions["assistant"].store.feedback_for(answer_id) == []


def test_health_reports_the_loaded_index(client, bundled_index):
    body = client.get("/healthz").get_json()
    assert body["status"] == "ok"
    index = body["index"]
    assert index["loaded"] is True
    assert index["chunks"] == bundled_index.n_chunks
    assert index["documents"] == bundled_index.meta["documents"]
    assert index["built_at"] == bundled_index.meta["built_at"]
    assert index["format_version"] == INDEX_FORMAT_VERSION


def test_without_an_index_health_and_questions_say_so_without_revealing_paths(test_config, tmp_path):
    client = create_app(test_config.replace(index_path=tmp_path / "mangler.bm25")).test_client()
    health = client.get("/healthz")
    assert health.status_code == 503 and health.get_json()["index"] == {"loaded": False}
    message = assert_danish_error(client.post("/api/ask", json={"question": VISION}), 503)
    assert "indekset" in message and str(tmp_path) not in message


def test_an_internal_failure_gives_a_danish_500_without_a_stack_trace(test_config, caplog):
    app = create_app(test_config)
    client = app.test_client()
    answer = client.post("/api/ask", json={"question": VISION}).get_json()
    app.extensions["assistant"].store.flush()
    # The disk under the question log goes away: SQLite cannot open its file any more.
    test_config.db_path.unlink()
    test_config.db_path.mkdir()
    response = client.post("/api/feedback", json={"id": answer["id"], "helpful": True})
    text = response.get_data(as_text=True)
    assert assert_danish_error(response, 500) == "Der skete en fejl hos assistenten. Prøv igen om lidt."
    assert "sqlite" not in text.lower() and "File " not in text
    assert "Uventet fejl" in caplog.text


def test_a_question_log_that_cannot_be_written_still_lets_the_visitor_have_the_answer(test_config, caplog):
    app = create_app(test_config)
    test_config.db_path.unlink()
    test_config.db_path.mkdir()
    response = app.test_client().post("/api/ask", json={"question": VISION})
    app.extensions["assistant"].store.flush()
    assert response.status_code == 200 and response.get_json()["answered"]
    assert "1 spørgsmål kunne ikke skrives i spørgeloggen" in caplog.text


@pytest.mark.parametrize("method, path, status", [
    ("get", "/api/findes-ikke", 404), ("get", "/api/ask", 405), ("put", "/api/feedback", 405),
    ("delete", "/healthz", 405),
])
def test_unknown_paths_and_methods_get_json_errors(client, method, path, status):
    assert_danish_error(getattr(client, method)(path), status)


def test_the_answer_json_is_utf8_with_danish_letters(client):
    raw = client.post("/api/ask", json={"question": "Hvornår startede Balance Danmark?"}).get_data()
    assert json.loads(raw.decode("utf-8"))["question"] == "Hvornår startede Balance Danmark?"


def test_each_citation_links_to_the_very_sentences_it_quotes(client):
    first = client.post("/api/ask", json={"question": VISION}).get_json()["citations"][0]
    assert first["url"] == OM + "#vores-vision"
    assert first["link"] == (OM + "#vores-vision:~:text=Vi%20har%20en%20vision,"
                                  "erhvervsklynger%20i%20hele%20landet")
    assert first["quoted"].startswith("Vi har en vision om at skabe lige vilkår")
