"""Requests built to crash the server get a Danish 400, never a 500: deep JSON on every JSON door."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from assistant.app import create_app
from assistant.json_input import MAX_JSON_DEPTH

DEEP = '{"question": ' + "[" * 1000 + "]" * 1000 + "}"
JUST_DEEP_ENOUGH = '{"question": "Hvad er jeres vision?", "x": ' + "[" * (MAX_JSON_DEPTH - 1) + \
    "]" * (MAX_JSON_DEPTH - 1) + "}"


@pytest.mark.parametrize("path", ["/api/ask", "/api/feedback"])
def test_json_nested_a_thousand_deep_is_refused_with_a_danish_400(client, path):
    response = client.post(path, data=DEEP, content_type="application/json")
    assert response.status_code == 400
    assert response.get_json() == {"error": f"Forespørgslen er for dybt indlejret JSON "
                                            f"(højst {MAX_JSON_DEPTH} niveauer)."}


def test_brackets_inside_a_question_are_just_text(client):
    question = "Hvad betyder " + "[" * 100 + "?"
    response = client.post("/api/ask", json={"question": question})
    assert response.status_code == 200


def test_json_within_the_depth_limit_is_answered(client):
    response = client.post("/api/ask", data=JUST_DEEP_ENOUGH, content_type="application/json")
    assert response.status_code == 200
    assert response.get_json()["answered"] is True


def test_json_one_level_past_the_limit_is_refused_and_an_ordinary_question_is_not_scanned(
        client, monkeypatch):
    import assistant.json_input as json_input
    scanned = []
    scan = json_input.nesting_depth
    monkeypatch.setattr(json_input, "nesting_depth", lambda text: scanned.append(text) or scan(text))
    one_too_deep = '{"x": ' + "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH + "}"
    assert client.post("/api/ask", data=one_too_deep, content_type="application/json").status_code == 400
    assert len(scanned) == 1
    assert client.post("/api/ask", json={"question": "Hvad er jeres vision?"}).status_code == 200
    assert len(scanned) == 1, "a body with fewer brackets than the limit cannot nest too deep"


def test_a_signed_slack_event_nested_a_thousand_deep_gets_a_400_and_nothing_is_queued(slack):
    body = ('{"type": "event_callback", "event": ' + "[" * 1000 + "]" * 1000 + "}").encode()
    response = slack.send("/slack/events", body, "application/json")
    assert response.status_code == 400
    assert "for dybt indlejret" in response.get_json()["error"]
    assert slack.runtime.jobs.pending() == 0


def test_a_signed_slack_interaction_nested_a_thousand_deep_gets_a_400(slack):
    body = ("payload=" + quote("{" + '"a":{' * 1000 + "}" * 1001)).encode()
    response = slack.send("/slack/interactions", body, "application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "for dybt indlejret" in response.get_json()["error"]


@pytest.mark.parametrize("header", ["Host", "X-Forwarded-Host"])
def test_the_demo_page_never_takes_its_addresses_from_the_request(test_config, header):
    """A cache in front must not keep a page whose script and policy point at an attacker's host."""
    for config in (test_config, test_config.replace(proxy_hops=1)):
        client = create_app(config).test_client()
        page = client.get("/", headers={header: "angriber.example"})
        body = page.get_data(as_text=True)
        assert page.status_code == 200
        assert "angriber.example" not in body
        assert "angriber.example" not in page.headers["Content-Security-Policy"]
        assert 'src="/widget.js"' in body
        assert "http://127.0.0.1:8000/widget.js" in body  # the snippet names the configured address


def test_the_demo_page_uses_the_public_url_when_it_is_set(test_config):
    client = create_app(test_config.replace(public_url="https://assistent.example.org")).test_client()
    page = client.get("/", headers={"Host": "angriber.example"})
    body = page.get_data(as_text=True)
    assert 'src="https://assistent.example.org/widget.js"' in body
    assert "angriber.example" not in body + page.headers["Content-Security-Policy"]


def test_the_demo_page_tells_caches_to_revalidate(client):
    assert client.get("/").headers["Cache-Control"] == "no-cache"
