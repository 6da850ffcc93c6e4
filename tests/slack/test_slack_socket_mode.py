"""Socket Mode: an installation without a public URL gets the same answers over Slack's WebSocket."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from assistant.config import REPO_ROOT, Config
from assistant.errors import AssistantError
from assistant.services import Services
from assistant.slack.socket_mode import SocketModeRunner, run_socket_mode
from tests.support.corpus import BUNDLED_CORPUS
from tests.support.slack import APP_TOKEN, BOT_TOKEN, FakeSlack, mention, slack_settings, text_of
from tests.support.slack_socket import FakeSocketMode


@pytest.fixture(scope="module")
def socket_mode(tmp_path_factory, bundled_index_path):
    """A runner connected to the fake Socket Mode endpoint; no signing secret, only tokens.

    Shared by the module's tests: stopping the SDK's client waits out its 3-second socket timeout.
    """
    fake, endpoint = FakeSlack(), FakeSocketMode()
    fake.ws_url = endpoint.url
    config = Config(corpus_dir=BUNDLED_CORPUS, index_path=bundled_index_path,
                    db_path=tmp_path_factory.mktemp("socket") / "assistant.sqlite3")
    config = slack_settings(config, fake, slack_signing_secret="", slack_app_token=APP_TOKEN)
    runner = SocketModeRunner(Services.from_config(config))
    runner.start()
    yield endpoint, runner, fake
    runner.stop()
    endpoint.close()
    fake.close()


def test_a_mention_over_socket_mode_is_acknowledged_and_answered_in_the_thread(socket_mode):
    endpoint, runner, fake_slack = socket_mode
    envelope = mention("Hvem stod bag initiativet?")
    endpoint.send({"envelope_id": "env-1", "type": "events_api", "payload": envelope,
                   "accepts_response_payload": False, "retry_attempt": 0})
    assert endpoint.wait_for_ack("env-1") == {"envelope_id": "env-1"}
    _settle(runner)
    [post] = [p for p in fake_slack.posts() if p["thread_ts"] == envelope["event"]["ts"]]
    assert "Ove &amp; Myrthu" in text_of(post)
    assert fake_slack.calls("apps.connections.open")[0].ok


def test_a_redelivered_envelope_is_acknowledged_but_answered_once(socket_mode):
    endpoint, runner, fake_slack = socket_mode
    envelope = mention("hvad er jeres vision?")
    for n, envelope_id in enumerate(["env-a", "env-b"]):
        endpoint.send({"envelope_id": envelope_id, "type": "events_api", "payload": envelope,
                       "retry_attempt": n, "retry_reason": "timeout" if n else ""})
        endpoint.wait_for_ack(envelope_id)
    _settle(runner)
    assert len([p for p in fake_slack.posts() if p["thread_ts"] == envelope["event"]["ts"]]) == 1


def test_the_slash_command_over_socket_mode_replies_in_the_ack_and_answers_on_the_response_url(socket_mode):
    endpoint, runner, fake_slack = socket_mode
    url = fake_slack.response_url("cmd")
    endpoint.send({"envelope_id": "env-cmd", "type": "slash_commands", "accepts_response_payload": True,
                   "payload": {"command": "/spørg", "text": "hvad er jeres vision?", "response_url": url,
                               "channel_id": "CGRONNE", "user_id": "UMEDLEM"}})
    ack = endpoint.wait_for_ack("env-cmd")
    assert ack["payload"]["text"] == "Et øjeblik – jeg finder svaret på: hvad er jeres vision?"
    _settle(runner)
    [answer] = [c for c in fake_slack.responses() if url.endswith(c.path)]
    assert "vision" in text_of(answer.params)


def test_a_bad_slash_command_over_socket_mode_gets_its_danish_error_in_the_ack(socket_mode):
    endpoint, _, _ = socket_mode
    endpoint.send({"envelope_id": "env-bad", "type": "slash_commands",
                   "payload": {"command": "/spørg", "text": "hej", "response_url": "http://10.0.0.1/x"}})
    ack = endpoint.wait_for_ack("env-bad")
    assert "svaradresse" in ack["payload"]["text"]


def test_socket_mode_without_an_app_token_stops_with_a_danish_explanation(test_config, fake_slack, capsys):
    config = slack_settings(test_config, fake_slack, slack_app_token="")
    with pytest.raises(AssistantError, match="SLACK_APP_TOKEN"):
        SocketModeRunner(Services.from_config(config))
    assert run_socket_mode(config) == 2
    assert "SLACK_APP_TOKEN" in capsys.readouterr().err


def _settle(runner, timeout=10.0):
    deadline = time.monotonic() + timeout
    while runner.runtime.jobs.pending():
        assert time.monotonic() < deadline, "Slack-opgaverne blev aldrig færdige"
        time.sleep(0.01)



def test_socket_mode_has_its_language_tables_ready_before_it_listens(bundled_index_path, tmp_path):
    """`python server.py --slack-socket-mode` prepares as the web servers do: the language tables
    come from the machine's table cache and the index is loaded before it says it listens, not
    while Slack's first question waits."""
    fake, endpoint = FakeSlack(), FakeSocketMode()
    fake.ws_url = endpoint.url
    tables = tmp_path / "tabeller"
    env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN,
           "SLACK_SIGNING_SECRET": "", "SLACK_API_URL": fake.base_url,
           "ASSISTANT_TABLE_CACHE": str(tables), "ASSISTANT_DB": str(tmp_path / "assistant.sqlite3")}
    worker = subprocess.Popen([sys.executable, "server.py", "--slack-socket-mode",
                               "--index", str(bundled_index_path)],
                              cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, text=True,
                              preexec_fn=_ctrl_c_as_in_a_terminal)
    try:
        assert "lytter på Slack" in worker.stdout.readline()
        assert any(path.name.startswith("thesaurus") for path in tables.glob("*.table"))
        # Ctrl-C the moment it says it listens stops it cleanly.
        worker.send_signal(signal.SIGINT)
        assert worker.wait(timeout=60) == 0
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        worker.stdout.close()
        endpoint.close()
        fake.close()


def _ctrl_c_as_in_a_terminal() -> None:
    # A suite started in the background by a shell without job control runs with Ctrl-C ignored,
    # and a child inherits that: Python then installs no KeyboardInterrupt handler at all.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
