"""Every week the staff channel gets the figures and the questions that went unanswered."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from assistant.answer.compose import ask
from assistant.config import REPO_ROOT
from assistant.errors import AssistantError
from assistant.language.analysis import default_analyzer
from assistant.quality.gap_report import build_report
from assistant.quality.question_log import QuestionLog
from assistant.slack.digest import digest_blocks, post_digest
from tests.support.slack import BOT_TOKEN, FakeSlack


@pytest.fixture
def week(tmp_path, bundled_index) -> QuestionLog:
    store = QuestionLog(tmp_path / "log.sqlite3")
    for question in ("Hvem er formand for Balance Danmark?", "Hvem er formand for Balance Danmark?",
                     "Hvad koster <kaffe> & kage?", "Hvad er jeres vision?"):
        store.log_question(ask(question, bundled_index), "widget", 12.0)
    return store


def test_the_digest_is_posted_to_the_configured_channel_through_the_bot_client(test_config, week):
    with FakeSlack() as fake:
        config = test_config.replace(slack_bot_token=BOT_TOKEN, slack_api_url=fake.base_url,
                                     slack_digest_channel="CLEDELSE")
        ts = post_digest(config, build_report(week, default_analyzer(), 7))
        (message,) = fake.posts()
    assert ts and message["channel"] == "CLEDELSE"
    assert "4 spørgsmål, 1 besvaret (25%), 3 uden svar" in message["text"]
    texts = [b["text"]["text"] for b in message["blocks"] if b["type"] == "section"]
    assert "• 2 × Hvem er formand for Balance Danmark?" in texts[1]
    # Logged text is escaped for Slack, so a question cannot ping or link anyone.
    assert "&lt;kaffe&gt; &amp; kage" in texts[1] and "<kaffe>" not in texts[1]


def test_the_digest_command_posts_and_says_where(test_config, week):
    with FakeSlack() as fake:
        env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": fake.base_url,
               "SLACK_DIGEST_CHANNEL": "CLEDELSE"}
        run = subprocess.run([sys.executable, "-m", "assistant", "digest", "--db", str(week.path)],
                             cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, env=env)
        assert run.returncode == 0, run.stderr
        assert "sendt til CLEDELSE" in run.stdout
        assert len(fake.posts()) == 1


def test_without_a_channel_the_digest_says_what_to_set(test_config, week):
    with pytest.raises(AssistantError, match="SLACK_DIGEST_CHANNEL"):
        post_digest(test_config.replace(slack_bot_token=BOT_TOKEN),
                    build_report(week, default_analyzer(), 7))


def test_a_refused_token_is_reported_in_danish(test_config, week):
    with FakeSlack() as fake:
        config = test_config.replace(slack_bot_token="xoxb-forkert", slack_api_url=fake.base_url,
                                     slack_digest_channel="CLEDELSE")
        with pytest.raises(AssistantError, match="invalid_auth"):
            post_digest(config, build_report(week, default_analyzer(), 7))


def test_a_quiet_week_says_everything_was_answered(tmp_path):
    text, blocks = digest_blocks(build_report(QuestionLog(tmp_path / "x.sqlite3"), default_analyzer(), 7))
    assert "0 spørgsmål" in text
    assert any("Alle spørgsmål fik et svar" in b.get("text", {}).get("text", "") for b in blocks)


def test_the_digest_gives_each_channels_figures(week, tmp_path, bundled_index):
    week.log_question(ask("Hvad er jeres vision?", bundled_index), "slack", 9.0)
    _, blocks = digest_blocks(build_report(week, default_analyzer(), 7))
    channels = next(b for b in blocks if b["type"] == "context")["elements"][0]["text"]
    assert channels == "widget: 4 spørgsmål, 25% besvaret · slack: 1 spørgsmål, 100% besvaret"


def test_when_slack_cannot_be_reached_the_digest_says_so_in_danish(test_config, week):
    import socket

    with socket.socket() as s:            # a port that was free a moment ago: nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = test_config.replace(slack_bot_token=BOT_TOKEN, slack_digest_channel="CLEDELSE",
                                 slack_api_url=f"http://127.0.0.1:{port}/api/")
    with pytest.raises(AssistantError, match="Slack kunne ikke nås på http://127.0.0.1"):
        post_digest(config, build_report(week, default_analyzer(), 7))


def test_the_digest_command_refuses_a_log_that_is_not_there_and_posts_nothing(tmp_path):
    with FakeSlack() as fake:
        env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": fake.base_url,
               "SLACK_DIGEST_CHANNEL": "CLEDELSE"}
        run = subprocess.run([sys.executable, "-m", "assistant", "digest", "--db",
                              str(tmp_path / "ingen.sqlite3")],
                             cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, env=env)
        assert run.returncode == 1 and "findes ikke" in run.stderr
        assert "Traceback" not in run.stderr and fake.posts() == []
