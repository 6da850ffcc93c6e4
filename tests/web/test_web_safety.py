"""A public endpoint stays safe: only allowed sites may call it, floods are slowed, headers are strict."""
from __future__ import annotations

import re

import pytest

from assistant.answer.compose import MAX_QUESTION_CHARS
from assistant.app import create_app
from assistant.web.widget import STATIC_DIR
from tests.support.web import free_port

VISION = "Hvad er Balance Danmarks vision?"
SITE = "https://www.groenne-byer.example"
OTHER = "https://ondsindet.example"
REFUSED = "Assistenten er ikke slået til på denne hjemmeside."


def ask(client, origin: str | None = None, address: str = "192.0.2.10", **headers):
    if origin:
        headers["Origin"] = origin
    return client.post("/api/ask", json={"question": VISION}, headers=headers,
                       environ_base={"REMOTE_ADDR": address})


def preflight(client, origin: str):
    return client.options("/api/ask", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})


@pytest.fixture
def site_app(test_config):
    return create_app(test_config.replace(allowed_origins=SITE))


def test_the_associations_site_may_call_the_api_from_the_browser(site_app):
    client = site_app.test_client()
    check = preflight(client, SITE)
    assert check.status_code == 204
    assert "POST" in check.headers["Access-Control-Allow-Methods"]
    assert "content-type" in check.headers["Access-Control-Allow-Headers"].lower()
    response = ask(client, SITE)
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == SITE
    assert "Origin" in response.headers["Vary"]
    assert "Access-Control-Allow-Credentials" not in response.headers


def test_another_site_is_refused_before_any_work_and_its_questions_are_not_logged(site_app):
    client = site_app.test_client()
    response = ask(client, OTHER)
    assert response.status_code == 403 and response.get_json() == {"error": REFUSED}
    assert site_app.extensions["assistant"].store.questions() == []


def test_the_refusal_is_readable_by_the_refused_site_so_its_widget_can_explain(site_app):
    client = site_app.test_client()
    check = preflight(client, OTHER)
    assert check.status_code == 204 and check.get_data() == b""
    assert check.headers["Access-Control-Allow-Origin"] == "*"
    response = ask(client, OTHER)
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
    assert response.get_json() == {"error": REFUSED}, "the refusal carries no data"


def test_the_server_log_names_the_refused_site_and_the_setting_once(site_app, caplog):
    client = site_app.test_client()
    with caplog.at_level("WARNING", logger="assistant.web.security"):
        preflight(client, OTHER)
        ask(client, OTHER)
        ask(client, OTHER)
    refusals = [r.getMessage() for r in caplog.records if "Afviste" in r.getMessage()]
    assert refusals == [f"Afviste et kald fra hjemmesiden {OTHER}: den står ikke i "
                        "ASSISTANT_ALLOWED_ORIGINS. Tilføj den dér, hvis widgetten skal virke på den."]


def test_startup_says_which_sites_may_use_the_widget(test_config, caplog):
    with caplog.at_level("WARNING", logger="assistant.web.security"):
        create_app(test_config.replace(allowed_origins=f"{SITE},https://b.example"))
        create_app(test_config)
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Hjemmesider")]
    assert lines == [
        f"Hjemmesider, der må bruge widgetten og API'et (ASSISTANT_ALLOWED_ORIGINS): https://b.example, {SITE}",
        "Hjemmesider, der må bruge widgetten og API'et (ASSISTANT_ALLOWED_ORIGINS): "
        "ingen – kun tjenestens egen adresse"]


def test_by_default_only_the_service_itself_may_call_from_a_browser(test_config):
    client = create_app(test_config).test_client()
    assert ask(client, "http://localhost").status_code == 200
    assert ask(client, SITE).status_code == 403
    assert ask(client).status_code == 200  # programs without an Origin header (curl, scripts)


def test_behind_a_public_address_that_origin_counts_as_the_services_own(test_config):
    app = create_app(test_config.replace(public_url="https://assistent.example.org/"))
    client = app.test_client()
    assert ask(client, "https://assistent.example.org").status_code == 200
    assert ask(client, "http://localhost").status_code == 200, "the address the browser used"
    assert ask(client, SITE).status_code == 403


def test_a_star_in_the_allow_list_opens_the_api_to_every_site(test_config):
    client = create_app(test_config.replace(allowed_origins="*")).test_client()
    response = ask(client, OTHER)
    assert response.status_code == 200 and response.headers["Access-Control-Allow-Origin"] == OTHER


def test_the_widget_script_may_be_loaded_by_any_site(site_app):
    response = site_app.test_client().get("/widget.js", headers={"Origin": OTHER})
    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert response.headers["Cross-Origin-Resource-Policy"] == "cross-origin"


def test_a_flood_of_questions_from_one_address_gets_a_danish_429_others_still_get_answers(test_config):
    client = create_app(test_config.replace(rate_limit="3 per minute")).test_client()
    assert [ask(client).status_code for _ in range(3)] == [200, 200, 200]
    flooded = ask(client)
    assert flooded.status_code == 429
    assert flooded.get_json() == {"error": "Du har stillet mange spørgsmål på kort tid. "
                                           "Vent lidt, og prøv så igen."}
    assert int(flooded.headers["Retry-After"]) > 0
    searched = client.get("/api/search?q=vision", environ_base={"REMOTE_ADDR": "192.0.2.10"})
    assert searched.status_code == 429, "search shares the questions' budget"
    assert ask(client, address="198.51.100.7").status_code == 200
    assert client.get("/healthz").status_code == 200
    assert client.get("/widget.js").status_code == 200


def test_a_forged_forwarded_for_header_does_not_escape_the_limit(test_config):
    client = create_app(test_config.replace(rate_limit="2 per minute")).test_client()
    codes = [ask(client, **{"X-Forwarded-For": f"203.0.113.{i}"}).status_code for i in range(3)]
    assert codes == [200, 200, 429]


def test_behind_a_trusted_proxy_each_visitor_has_their_own_limit(test_config):
    client = create_app(test_config.replace(rate_limit="2 per minute", proxy_hops=1)).test_client()
    visitor = {"X-Forwarded-For": "203.0.113.1"}
    assert [ask(client, address="127.0.0.1", **visitor).status_code for _ in range(3)] == [200, 200, 429]
    assert ask(client, address="127.0.0.1", **{"X-Forwarded-For": "203.0.113.2"}).status_code == 200


def test_when_redis_for_the_limit_is_down_questions_are_answered_and_still_limited(test_config):
    storage = f"redis://127.0.0.1:{free_port()}"  # nothing listens there
    client = create_app(test_config.replace(rate_limit="2 per minute",
                                            rate_limit_storage=storage)).test_client()
    assert [ask(client).status_code for _ in range(3)] == [200, 200, 429]


def test_every_response_carries_security_headers_and_no_cookies(test_config):
    client = create_app(test_config).test_client()
    for response in (ask(client), client.get("/"), client.get("/widget.js"), client.get("/healthz"),
                     client.get("/api/findes-ikke")):
        headers = response.headers
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert "Set-Cookie" not in headers
    assert ask(client).headers["Cache-Control"] == "no-store"


def test_each_security_header_is_sent_once_and_the_widget_script_may_be_embedded(test_config):
    client = create_app(test_config).test_client()
    widget = client.get("/widget.js")
    for response in (ask(client), client.get("/healthz"), client.get("/api/findes-ikke"), widget):
        names = [name.lower() for name, _ in response.headers]
        assert len(names) == len(set(names)), f"en header er sendt to gange: {names}"
    assert ask(client).headers["Vary"] == "Origin"
    assert widget.headers["Cross-Origin-Resource-Policy"] == "cross-origin"


def test_the_demo_page_allows_no_inline_scripts_or_styles(test_config):
    csp = create_app(test_config).test_client().get("/").headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "script-src 'self'" in csp


def test_the_widget_script_never_turns_text_into_html():
    source = (STATIC_DIR / "widget.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "document.cookie", "localStorage"):
        assert sink not in source, sink
    assert f"var MAX_QUESTION_CHARS = {MAX_QUESTION_CHARS};" in source
    assert re.search(r'credentials:\s*"omit"', source)


def test_a_returning_visitor_gets_the_widget_script_from_the_browser_cache(test_config):
    client = create_app(test_config).test_client()
    first = client.get("/widget.js")
    assert "max-age=300" in first.headers["Cache-Control"]
    again = client.get("/widget.js", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
