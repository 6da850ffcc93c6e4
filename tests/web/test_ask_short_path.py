"""A visitor's question is answered without Flask's request machinery, and gets exactly what Flask's
route would have given: the same status, JSON and headers, for answers, refusals and errors alike."""
from __future__ import annotations

import json

import pytest
from flask import Flask
from werkzeug.test import EnvironBuilder

from assistant.app import create_app
from assistant.errors import IndexFormatError
from assistant.services import Services
from assistant.web.ask_path import ShortAskPath, body_length, is_json_type

SITE = "https://www.groenne-byer.example"
VISION = "Hvad er Balance Danmarks vision?"
# Different each time by nature: the answer's id and the rate limit's reset second.
VARYING_FIELDS = ("id",)
VARYING_HEADERS = ("X-RateLimit-Reset", "Retry-After")


def call(wsgi_app, address: str, body: bytes | None = None, json_body: object = None, **options):
    environ = EnvironBuilder(path=options.pop("path", "/api/ask"), method=options.pop("method", "POST"),
                             data=body, json=json_body, environ_base={"REMOTE_ADDR": address},
                             **options).get_environ()
    replies = []
    data = b"".join(wsgi_app(environ, lambda status, headers, exc=None: replies.append((status, headers))))
    status, headers = replies[0]
    return status, headers, data


def comparable(reply):
    status, headers, data = reply
    payload = json.loads(data)
    for field in VARYING_FIELDS:
        if isinstance(payload, dict) and field in payload:
            payload[field] = "…"
    return status, [(name, "…" if name in VARYING_HEADERS else value) for name, value in headers], payload


def both_ways(app: Flask, number: int, requests: int = 1, **request):
    """The reply to the last of `requests` equal requests through the short path, and through Flask's
    route alone (each from its own address, so each counts against its own rate limit)."""
    short_path, flask_route = app.wsgi_app, app.wsgi_app.inner
    replies = []
    for wsgi_app, address in ((short_path, f"192.0.2.{number}"), (flask_route, f"198.51.100.{number}")):
        for _ in range(requests):
            reply = call(wsgi_app, address, **dict(request))
        replies.append(reply)
    return replies


CASES = {
    "a question": {"json_body": {"question": VISION}},
    "the widget's question in a conversation": {
        "json_body": {"question": "og hvornår blev I stiftet?", "channel": "widget", "history": [VISION]}},
    "an English question": {"json_body": {"question": "What is Balance Danmark's vision?"}},
    "an unknown channel": {"json_body": {"question": VISION, "channel": "fax"}},
    "no question field": {"json_body": {"spørgsmål": VISION}},
    "an empty question": {"json_body": {"question": "   "}},
    "a number for a question": {"json_body": {"question": 42}},
    "a broken body": {"body": b'{"question": "Hvad', "content_type": "application/json"},
    "a list for a body": {"json_body": [VISION]},
    "JSON of a vendor type": {"body": json.dumps({"question": VISION}).encode(),
                              "content_type": "application/vnd.balance+json; charset=utf-8"},
    "text, not JSON": {"body": VISION.encode(), "content_type": "text/plain"},
    "a body over the limit": {"json_body": {"question": "ord " * 10_000}},
    "the partner site's widget": {"json_body": {"question": VISION}, "headers": {"Origin": SITE}},
    "the service's own page": {"json_body": {"question": VISION}, "headers": {"Origin": "http://localhost"}},
    "a site that is not let in": {"json_body": {"question": VISION},
                                  "headers": {"Origin": "https://ondsindet.example"}},
    "over https": {"json_body": {"question": VISION}, "base_url": "https://assistent.example/"},
}


@pytest.fixture
def app(test_config):
    return create_app(test_config.replace(allowed_origins=SITE, rate_limit="2 per minute"))


@pytest.mark.parametrize("case", CASES)
def test_a_visitor_gets_what_flasks_route_would_give(app, case):
    short, route = both_ways(app, list(CASES).index(case) + 1, **CASES[case])
    assert comparable(short) == comparable(route)


def test_a_flood_is_refused_alike_and_the_limits_switched_off_give_no_headers(app):
    short, route = both_ways(app, 200, requests=3, json_body={"question": VISION})
    assert short[0] == "429 TOO MANY REQUESTS"
    assert comparable(short) == comparable(route)
    next(iter(app.extensions["limiter"])).enabled = False
    short, route = both_ways(app, 201, requests=3, json_body={"question": VISION})
    assert short[0] == "200 OK" and not any(name.startswith("X-RateLimit") for name, _ in short[1])
    assert comparable(short) == comparable(route)


def test_errors_while_answering_are_told_alike(app, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("noget gik i stykker")

    monkeypatch.setattr(Services, "ask", broken)
    short, route = both_ways(app, 210, json_body={"question": VISION})
    assert short[0] == "500 INTERNAL SERVER ERROR"
    assert comparable(short) == comparable(route)
    assert [r.getMessage() for r in caplog.records if r.exc_info] == ["Uventet fejl ved POST /api/ask"] * 2

    def unreadable(*args, **kwargs):
        raise IndexFormatError("indeksfilen /srv/index.bm25 har en ukendt version")

    monkeypatch.setattr(Services, "ask", unreadable)
    short, route = both_ways(app, 211, json_body={"question": VISION})
    assert short[0].startswith("503") and "/srv" not in short[2].decode()
    assert comparable(short) == comparable(route)


def test_a_question_is_answered_without_a_flask_request_and_everything_else_reaches_flask(app, monkeypatch):
    contexts = []
    original = Flask.request_context

    def request_context(self, environ):
        contexts.append(environ["PATH_INFO"])
        return original(self, environ)

    monkeypatch.setattr(Flask, "request_context", request_context)
    client = app.test_client()
    assert client.post("/api/ask", json={"question": VISION}).status_code == 200
    assert contexts == []
    assert client.get("/healthz").status_code == 200
    assert client.post("/api/ask", data=VISION, content_type="text/plain").status_code == 415
    assert client.get("/api/ask").status_code == 405
    assert contexts == ["/healthz", "/api/ask", "/api/ask"]


def test_behind_a_proxy_the_short_path_counts_the_visitor_not_the_proxy(test_config):
    app = create_app(test_config.replace(rate_limit="2 per minute", proxy_hops=1))
    client = app.test_client()

    def ask(visitor: str) -> int:
        return client.post("/api/ask", json={"question": VISION}, headers={"X-Forwarded-For": visitor},
                           environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code

    assert [ask("203.0.113.5") for _ in range(3)] == [200, 200, 429]
    assert ask("203.0.113.6") == 200
    assert isinstance(app.wsgi_app.app, ShortAskPath), "the proxy's headers are read first"


def test_what_the_short_path_reads_itself():
    assert is_json_type("application/json") and is_json_type("Application/JSON; charset=utf-8")
    assert is_json_type("application/problem+json") and not is_json_type("text/json")
    assert body_length("120", 16384) == 120 and body_length("0", 10) == 0
    assert body_length(None, 10) is body_length("", 10) is body_length("-1", 10) is None
    assert body_length("11", 10) is None and body_length("١٢", 100) is None
