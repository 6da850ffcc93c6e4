"""Redis or PostgreSQL unreachable: the assistant keeps answering, says so in /healthz, crashes nowhere."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import pytest

from assistant.app import create_app
from assistant.config import REPO_ROOT
from tests.support.slack import SlackHarness, mention, sign_retry, slack_settings
from tests.support.web import free_port

QUESTION = {"question": "Hvornår blev Balance Danmark stiftet?"}


@pytest.fixture
def nowhere() -> dict:
    """Redis and PostgreSQL addresses on loopback ports where nothing listens."""
    return {"redis_url": f"redis://127.0.0.1:{free_port()}/0",
            "database_url": f"postgresql://assistent@127.0.0.1:{free_port()}/assistent"}


def test_questions_are_answered_and_healthz_says_degraded_with_the_reasons(test_config, nowhere,
                                                                          closed_at_end):
    app = closed_at_end(create_app(test_config.replace(**nowhere)))
    client = app.test_client()
    for _ in range(3):
        assert client.post("/api/ask", json=QUESTION).status_code == 200
    # The question log is written in the background; /healthz counts the rows it has tried.
    app.extensions["assistant"].store.flush()
    health = client.get("/healthz")
    assert health.status_code == 200  # still serving: a load balancer keeps it in
    body = health.get_json()
    assert body["status"] == "nedsat"
    assert any("Redis" in reason for reason in body["reasons"])
    assert any("PostgreSQL" in reason and "logges ikke" in reason for reason in body["reasons"])
    assert body["dependencies"]["database"]["questions_not_logged"] == 3
    assert body["dependencies"]["redis"]["ok"] is False


def test_feedback_gets_a_danish_503_while_the_database_is_away(test_config, nowhere, closed_at_end):
    client = closed_at_end(create_app(test_config.replace(**nowhere))).test_client()
    answer = client.post("/api/ask", json=QUESTION).get_json()
    refused = client.post("/api/feedback", json={"id": answer["id"], "helpful": True})
    assert refused.status_code == 503
    assert "Prøv igen om lidt" in refused.get_json()["error"]


def test_the_rate_limit_falls_back_to_memory_with_a_log_line(test_config, nowhere, caplog):
    config = test_config.replace(redis_url=nowhere["redis_url"], rate_limit="2 per minute")
    client = create_app(config).test_client()
    with caplog.at_level(logging.WARNING):
        statuses = [client.post("/api/ask", json=QUESTION).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert any("tælles i processens hukommelse" in r.getMessage() for r in caplog.records)


def test_a_slack_event_is_acknowledged_and_answered_once_without_redis(test_config, fake_slack, nowhere,
                                                                        caplog):
    config = slack_settings(test_config, fake_slack, redis_url=nowhere["redis_url"])
    harness = SlackHarness(config, fake_slack)
    try:
        envelope = mention("hvad er jeres vision?")
        with caplog.at_level(logging.WARNING):
            assert harness.event(envelope).status_code == 200
            # Slack's retry of the same event, signed anew: the replica's own ledger still knows it.
            retry = sign_retry(json.dumps(envelope).encode())
            assert harness.event(envelope, headers=retry, retry=1).status_code == 200
            harness.settle()
        assert len(fake_slack.posts()) == 1
        assert any("replikaens egen SQLite-fil" in r.getMessage() for r in caplog.records)
    finally:
        harness.close()


def test_without_the_new_settings_nothing_but_the_sqlite_file_is_used(test_config):
    client = create_app(test_config).test_client()
    assert client.post("/api/ask", json=QUESTION).status_code == 200
    body = client.get("/healthz").get_json()
    assert (body["status"], body["dependencies"], body["reasons"]) == ("ok", {}, [])
    assert body["index"]["version"] and body["index"]["built_at"]
    assert test_config.db_path.exists()


@pytest.mark.parametrize(("env", "value", "message"), [
    ("ASSISTANT_REDIS_URL", "127.0.0.1:6379", "skal begynde med redis://"),
    ("ASSISTANT_DATABASE_URL", "mysql://assistent@db/assistent", "skal begynde med postgresql://"),
    ("SLACK_JOB_LEASE_SECONDS", "0", "mindst 1 sekund"),
    ("SLACK_JOB_LEASE_SECONDS", "snart", "Ugyldig værdi i SLACK_JOB_LEASE_SECONDS"),
])
def test_settings_for_several_replicas_that_cannot_work_are_refused_in_danish(env, value, message):
    from assistant.config import from_env
    from assistant.errors import ConfigError

    with pytest.raises(ConfigError) as refused:
        from_env({env: value})
    assert message in refused.value.message


def test_the_report_command_says_in_danish_that_the_database_cannot_be_reached(tmp_path, nowhere):
    env = {**os.environ, "ASSISTANT_DATABASE_URL": nowhere["database_url"],
           "ASSISTANT_DB": str(tmp_path / "findes-ikke.sqlite3")}
    run = subprocess.run([sys.executable, "-m", "assistant", "report"], cwd=REPO_ROOT,
                         capture_output=True, text=True, timeout=60, env=env)
    assert run.returncode != 0
    assert "PostgreSQL" in run.stderr and "kan ikke nås" in run.stderr
    assert "Traceback" not in run.stderr
