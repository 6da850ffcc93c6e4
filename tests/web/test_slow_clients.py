"""Visitors keep getting answers while someone holds connections open with half-sent requests."""
from __future__ import annotations

import socket
import time
import urllib.request
from contextlib import ExitStack
from urllib.parse import urlsplit

import pytest

from assistant.config import REPO_ROOT
from tests.support.web import Gunicorn

WORKERS = 2


def stalled_socket(url: str) -> socket.socket:
    """A connection that sends an unfinished request line and then nothing."""
    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=5)
    sock.sendall(b"GET /healthz HTT")
    return sock


@pytest.fixture
def server(bundled_index_path, tmp_path):
    gunicorn = Gunicorn({"ASSISTANT_INDEX": str(bundled_index_path),
                         "ASSISTANT_DB": str(tmp_path / "assistant.sqlite3"),
                         "SLACK_BOT_TOKEN": "", "SLACK_SIGNING_SECRET": "", "SLACK_APP_TOKEN": ""},
                        workers=WORKERS)
    try:
        gunicorn.wait_ready(WORKERS)
        yield gunicorn
    finally:
        gunicorn.stop()


def test_more_stalled_sockets_than_workers_do_not_stop_the_health_check(server):
    with ExitStack() as stack:
        for _ in range(WORKERS + 1):
            stack.enter_context(stalled_socket(server.url))
        time.sleep(0.3)  # let every stalled socket reach a worker
        # The timeout is the requirement: an answer within one second.
        with urllib.request.urlopen(server.url + "healthz", timeout=1) as response:
            assert response.status == 200


def test_gunicorns_own_refusals_are_the_documented_exception_to_json_errors(server):
    """A request line over gunicorn's limit never reaches the app; the API guide says so."""
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as sock:
        sock.sendall(b"GET /api/search?q=" + b"a" * 5000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        status_line = sock.recv(200).split(b"\r\n", 1)[0]
    assert b" 414 " in status_line
    guide = (REPO_ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    assert "eneste undtagelse: gunicorns egne 400/414/431" in guide
