"""The Slack channel in the real app: on when its tokens are set, plainly off (and said so) when not."""
from __future__ import annotations

import ast
import json
import logging
import re

from assistant.app import create_app
from assistant.config import REPO_ROOT, Config
from tests.support.slack import mention, sign, slack_settings, text_of

MANIFEST = REPO_ROOT / "slack-manifest.yml"


def test_with_slack_tokens_the_app_answers_slack_at_its_three_endpoints(test_config, fake_slack):
    app = create_app(slack_settings(test_config, fake_slack))
    try:
        client = app.test_client()
        body = json.dumps({"type": "url_verification", "challenge": "gronne-byer"}).encode()
        response = client.post("/slack/events", data=body, content_type="application/json",
                               headers=sign(body))
        assert response.get_json() == {"challenge": "gronne-byer"}
        envelope = json.dumps(mention("Hvem stod bag initiativet?")).encode()
        assert client.post("/slack/events", data=envelope, content_type="application/json",
                           headers=sign(envelope)).status_code == 200
        [post] = fake_slack.wait_for("chat.postMessage")
        assert "[1]" in text_of(post.params)
        for path in ("/slack/commands", "/slack/interactions"):
            assert client.post(path, data=b"x=1").status_code == 401
        # The Slack routes share the app's services (one store, one index) with the website.
        assert app.extensions["slack"].services is app.extensions["assistant"]
    finally:
        app.extensions["slack"].stop()


def test_without_slack_tokens_the_app_starts_with_slack_off_and_says_so(test_config, caplog):
    with caplog.at_level(logging.WARNING, logger="assistant.app"):
        app = create_app(test_config.replace(slack_bot_token="", slack_signing_secret=""))
    assert "Slack er slået fra" in caplog.text and "SLACK_BOT_TOKEN" in caplog.text
    assert "slack" not in app.extensions
    response = app.test_client().post("/slack/events", data=b"{}", content_type="application/json")
    assert response.status_code == 404


def test_server_py_runs_socket_mode_instead_of_the_web_server_and_needs_the_app_token(
        tmp_path, monkeypatch, capsys):
    from assistant.cli import server

    for name in ("SLACK_APP_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ASSISTANT_DB", str(tmp_path / "assistant.sqlite3"))
    assert server.main(["--slack-socket-mode", "--index", str(tmp_path / "index.bm25")]) == 2
    assert "SLACK_APP_TOKEN" in capsys.readouterr().err


def test_the_manifest_asks_for_what_the_worker_uses_and_points_at_our_routes():
    text = MANIFEST.read_text(encoding="utf-8")
    scopes = set(re.findall(r"^\s+- ([a-z_]+(?::[a-z_.]+)?)\s*$", text, re.M))
    # chat.postMessage, reactions.add/remove, /spørg, app mentions and direct messages.
    assert {"chat:write", "reactions:write", "commands", "app_mentions:read", "im:history"} <= scopes
    events = set(re.findall(r"^\s+- (app_mention|message\.im|message\.channels)\s*$", text, re.M))
    assert events == {"app_mention", "message.im"}
    assert re.search(rf"command: {re.escape(Config().slack_command)}\s*$", text, re.M)
    urls = set(re.findall(r"(?:request_url|url): https://\S+?(/slack/\w+)", text))
    assert urls == {"/slack/events", "/slack/commands", "/slack/interactions"}
    assert "socket_mode_enabled: false" in text


def test_the_slack_channel_never_imports_the_web_channel_and_only_routes_imports_flask():
    for path in (REPO_ROOT / "assistant" / "slack").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                modules.add(("." * node.level) + (node.module or ""))
        assert not any("web" in m.split(".") for m in modules), path.name
        if path.name != "routes.py":
            assert not any(m.split(".")[0] in ("flask", "werkzeug") for m in modules), path.name
