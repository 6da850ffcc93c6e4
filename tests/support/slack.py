"""A local stand-in for Slack's Web API and response_urls on 127.0.0.1, and Slack-shaped requests.

The real `slack_sdk` clients talk to it through `base_url` / the URLs it hands out. It records every
call, can answer `ratelimited` (with Retry-After) once, fail a method with a given error, reject a
wrong token with `invalid_auth`, and be slowed down to mimic a busy Slack.
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode

from flask import Flask

from assistant.config import Config
from assistant.services import Services
from assistant.slack.routes import create_slack_blueprint
from assistant.slack.runtime import SlackRuntime

BOT_TOKEN = "xoxb-gronne-byer-test"
APP_TOKEN = "xapp-gronne-byer-test"
SIGNING_SECRET = "gronne-byer-signing-secret-0001"
BOT_USER = "UASSISTENT"


def sign(body: bytes, timestamp: int | None = None, secret: str = SIGNING_SECRET) -> dict[str, str]:
    """Headers Slack would send with this body, signed now (or at `timestamp`)."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def sign_retry(body: bytes) -> dict[str, str]:
    """Headers of Slack's retry of a delivery just sent: signed anew a second after "now", so never
    in the second the first delivery was signed in (signed "a second ago", a retry sent as the
    clock turned over carried the first one's very signature and was refused as a replay)."""
    return sign(body, timestamp=int(time.time()) + 1)


_ids = itertools.count(1)


def mention(text: str, *, channel: str = "CGRONNE", ts: str | None = None, thread_ts: str | None = None,
            event_id: str | None = None, **event_fields) -> dict:
    """An Events API envelope of someone mentioning the assistant (override fields for other kinds)."""
    n = next(_ids)
    event = {"type": "app_mention", "user": "UMEDLEM", "text": f"<@{BOT_USER}> {text}",
             "ts": ts or f"1700000000.{n:06d}", "channel": channel, "event_ts": ts or f"1700000000.{n:06d}"}
    if thread_ts:
        event["thread_ts"] = thread_ts
    event.update(event_fields)
    return {"type": "event_callback", "team_id": "TGRONNE", "api_app_id": "AGRONNE",
            "event_id": event_id or f"Ev{n:08d}", "event_time": 1700000000, "event": event,
            "authorizations": [{"user_id": BOT_USER, "is_bot": True}]}


def direct_message(text: str, channel: str = "DDIREKTE", **event_fields) -> dict:
    """An Events API envelope of a message written straight to the assistant (an IM)."""
    envelope = mention(text, channel=channel, **{"type": "message", "channel_type": "im", **event_fields})
    envelope["event"]["text"] = text
    return envelope


def command_body(text: str, response_url: str, command: str = "/spørg") -> bytes:
    return urlencode({"token": "legacy", "team_id": "TGRONNE", "channel_id": "CGRONNE",
                      "user_id": "UMEDLEM", "user_name": "kaja.gronnebyer", "command": command, "text": text,
                      "response_url": response_url, "trigger_id": f"trig.{next(_ids)}"}).encode()


def click_body(action_id: str, value: str, response_url: str) -> bytes:
    payload = {"type": "block_actions", "user": {"id": "UMEDLEM"}, "channel": {"id": "CGRONNE"},
               "trigger_id": f"trig.{next(_ids)}", "response_url": response_url,
               "container": {"type": "message", "is_ephemeral": True},
               "actions": [{"action_id": action_id, "value": value, "type": "button"}]}
    return urlencode({"payload": json.dumps(payload)}).encode()


@dataclass
class Call:
    method: str       # "chat.postMessage", "reactions.add", … or "response" for a response_url
    params: dict
    status: int
    ok: bool = True
    at: float = field(default_factory=time.monotonic)
    path: str = ""


class FakeSlack:
    """Slack's Web API and response_urls on a loopback port, recording what the assistant sends."""

    def __init__(self, delay: float = 0.0):
        self.delay = delay
        self._lock = threading.Lock()
        self._calls: list[Call] = []
        self._rate_limit_once: dict[str, int] = {}
        self._failures: dict[str, str] = {}
        self._ts = itertools.count(1)
        self.ws_url = ""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                fake._handle(self)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.root = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.base_url = f"{self.root}/api/"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # What a test arranges ------------------------------------------------------------------------
    def response_url(self, name: str = "cmd") -> str:
        return f"{self.root}/response/{name}-{next(_ids)}"

    def rate_limit_once(self, method: str, retry_after: int = 1) -> None:
        self._rate_limit_once[method] = retry_after

    def fail(self, method: str, error: str) -> None:
        self._failures[method] = error

    # What a test inspects ------------------------------------------------------------------------
    def calls(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def posts(self) -> list[dict]:
        """The messages chat.postMessage accepted."""
        return [c.params for c in self.calls("chat.postMessage") if c.ok]

    def responses(self) -> list[Call]:
        """What was sent to response_urls."""
        return self.calls("response")

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Poll until `method` was called `count` times; fail with what was called instead."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls(method)
            if len(found) >= count:
                return found
            time.sleep(0.01)
        raise AssertionError(f"{method} kaldt {len(self.calls(method))} gange, ventede {count}; "
                             f"kald: {[c.method for c in self.calls()]}")

    # Serving -------------------------------------------------------------------------------------
    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        raw = request.rfile.read(int(request.headers.get("Content-Length") or 0))
        if "json" in (request.headers.get("Content-Type") or ""):
            params = json.loads(raw or b"{}")
        else:
            params = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        if self.delay:
            time.sleep(self.delay)  # a slow Slack, not a synchronisation
        if request.path.startswith("/response/"):
            self._record(Call("response", params, 200, path=request.path))
            return self._reply(request, 200, b"ok", "text/plain")
        method = request.path.removeprefix("/api/")
        token = (request.headers.get("Authorization") or "").removeprefix("Bearer ") or params.get("token")
        status, body, headers = 200, {"ok": True}, {}
        if self._rate_limit_once.get(method):
            status, body = 429, {"ok": False, "error": "ratelimited"}
            headers["Retry-After"] = str(self._rate_limit_once.pop(method))
        elif token != (APP_TOKEN if method == "apps.connections.open" else BOT_TOKEN):
            body = {"ok": False, "error": "invalid_auth"}
        elif method in self._failures:
            body = {"ok": False, "error": self._failures[method]}
        elif method == "chat.postMessage":
            body = {"ok": True, "channel": params.get("channel"), "ts": f"1800000000.{next(self._ts):06d}"}
        elif method == "apps.connections.open":
            body = {"ok": True, "url": self.ws_url}
        self._record(Call(method, params, status, ok=bool(body["ok"])))
        self._reply(request, status, json.dumps(body).encode(), "application/json", headers)

    def _record(self, call: Call) -> None:
        with self._lock:
            self._calls.append(call)

    @staticmethod
    def _reply(request, status: int, body: bytes, content_type: str, headers: dict | None = None):
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        request.end_headers()
        try:
            request.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            # A slow Slack's client gave up first (the tests of a timeout): its reply has no one to read
            # it, and a traceback in the test output would look like a failure.
            pass


class SlackHarness:
    """The Slack blueprint in a Flask app of its own, sent requests the way Slack sends them."""

    def __init__(self, config: Config, fake: FakeSlack, **runtime_seams):
        self.config = config
        self.fake = fake
        self.services = Services.from_config(config)
        self.runtime = SlackRuntime.build(self.services, **runtime_seams)
        app = Flask("slack-test")
        app.register_blueprint(create_slack_blueprint(self.services, self.runtime))
        self.client = app.test_client()

    def send(self, path: str, body: bytes, content_type: str, headers: dict | None = None,
             retry: int | None = None):
        headers = dict(sign(body) if headers is None else headers)
        if retry is not None:
            headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
        return self.client.post(path, data=body, content_type=content_type, headers=headers)

    def event(self, envelope: dict, **kwargs):
        return self.send("/slack/events", json.dumps(envelope).encode(), "application/json", **kwargs)

    def command(self, text: str, response_url: str, **kwargs):
        return self.send("/slack/commands", command_body(text, response_url),
                         "application/x-www-form-urlencoded", **kwargs)

    def click(self, action_id: str, value: str, response_url: str, **kwargs):
        return self.send("/slack/interactions", click_body(action_id, value, response_url),
                         "application/x-www-form-urlencoded", **kwargs)

    def settle(self, timeout: float = 10.0) -> None:
        """Wait until every queued job is done (jobs are deleted only after their Slack calls)."""
        deadline = time.monotonic() + timeout
        while self.runtime.jobs.pending():
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.runtime.jobs.pending()} Slack-opgaver blev aldrig færdige")
            time.sleep(0.01)

    def close(self) -> None:
        self.runtime.stop()


def slack_settings(config: Config, fake: FakeSlack, **changes) -> Config:
    """A test Config with Slack switched on against the fake."""
    settings = dict(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET,
                    slack_api_url=fake.base_url, slack_colleague_channel="CKOLLEGA",
                    slack_worker_threads=2)
    settings.update(changes)
    return config.replace(**settings)


def text_of(message: dict) -> str:
    """All mrkdwn and plain text of a posted message's blocks, in order."""
    parts = []
    for block in message.get("blocks") or []:
        if "text" in block:
            parts.append(block["text"]["text"])
        for element in block.get("elements", []):
            parts.append(element["text"] if isinstance(element["text"], str) else element["text"]["text"])
    return "\n".join(parts)
