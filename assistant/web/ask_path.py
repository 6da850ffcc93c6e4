"""/api/ask's short path: a plain WSGI layer in front of Flask that answers a well-formed question
with the response Flask would give, without Flask's request context, hooks and header objects.

Flask and Werkzeug spent ~0.25 ms of CPU (~1.1 million instructions) per question besides the
answer, over many small steps (the request and app contexts, routing, the before- and after-request
hooks, Werkzeug's Headers and LocalProxy objects, jsonify), and more under load, where the answer
leaves the caches cold (docs/benchmarks.md). Here a question is answered in one function: the same origin policy,
rate limit, body limit, answer slots, Danish errors and headers, written as one list.

Whatever this layer does not answer itself goes to Flask before anything is counted: another path
or method, a foreign origin the policy refuses, a body that is not JSON by its type, has no length,
or is longer than the limit, a host Flask would check against TRUSTED_HOSTS, debug mode. Once the
request is counted against the rate limit, every outcome is answered here, in the order Flask's
route gives them (limit, then body, then question), so a request is never counted twice. A hook or
header added to the API's Flask side must be added here too: tests/web/test_ask_short_path.py
compares the two ways' responses.
"""
from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterable

from flask import Flask
from flask.json.provider import DefaultJSONProvider
from werkzeug.http import HTTP_STATUS_CODES
from werkzeug.wsgi import get_current_url

from ..config import Config
from ..errors import AssistantError
from .api import AskDesk, json_object
from .api_limits import limit_headers
from .security import STATUS_MESSAGES, OriginPolicy, api_security_headers, assistant_error_message

log = logging.getLogger(__name__)

ASK_PATH = "/api/ask"
# A client address Flask-Limiter's get_remote_address falls back to when the server gives none.
NO_ADDRESS = "127.0.0.1"


def is_json_type(content_type: str) -> bool:
    """Whether a Content-Type is JSON as Werkzeug's `request.is_json` reads it."""
    mimetype = content_type.split(";", 1)[0].strip().lower()
    return mimetype == "application/json" or (mimetype.startswith("application/")
                                              and mimetype.endswith("+json"))


def body_length(raw: str | None, limit: int) -> int | None:
    """A Content-Length this layer reads itself: digits, at most `limit` (else Flask decides)."""
    if not raw or not raw.isdigit() or not raw.isascii():
        return None
    length = int(raw)
    return length if length <= limit else None


def flask_json_encoder(provider: object) -> json.JSONEncoder | None:
    """An encoder giving `jsonify`'s bytes (compact, Flask's defaults); None for another provider."""
    if type(provider) is not DefaultJSONProvider or provider.compact is False:
        return None
    return json.JSONEncoder(default=provider.default, ensure_ascii=provider.ensure_ascii,
                            sort_keys=provider.sort_keys, separators=(",", ":"))


class ShortAskPath:
    """The WSGI app: /api/ask's short path, everything else (and the rest of /api/ask) `flask_app`'s."""

    def __init__(self, flask_app: Flask, desk: AskDesk, policy: OriginPolicy, config: Config):
        self.flask_app = flask_app
        self.inner: Callable = flask_app.wsgi_app
        self.desk = desk
        self.policy = policy
        self.max_bytes = config.max_request_bytes
        self.encoder = flask_json_encoder(flask_app.json)

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if (environ.get("PATH_INFO") != ASK_PATH or environ.get("REQUEST_METHOD") != "POST"
                or self.encoder is None or self.flask_app.debug
                or self.flask_app.config["TRUSTED_HOSTS"] is not None):
            return self.inner(environ, start_response)
        cors = self.foreign_origin(environ)
        length = body_length(environ.get("CONTENT_LENGTH"), self.max_bytes)
        if cors is False or length is None or not is_json_type(environ.get("CONTENT_TYPE", "")):
            return self.inner(environ, start_response)
        body = environ["wsgi.input"].read(length) if length else b""
        if len(body) != length:
            # A client that sent less than it announced: Werkzeug's stream tells it so (400).
            return self.inner(dict(environ, **{"wsgi.input": io.BytesIO(body)}), start_response)
        counted = self.desk.limit.count(environ.get("REMOTE_ADDR") or NO_ADDRESS)
        status, payload = self.respond(body, counted is None or counted.allowed, environ)
        headers = limit_headers(counted) if counted is not None else []
        headers += api_security_headers(environ.get("wsgi.url_scheme") in ("https", "wss"))
        headers.append(("Vary", "Origin"))
        if cors:
            headers.append(("Access-Control-Allow-Origin", cors))
        data = f"{self.encoder.encode(payload)}\n".encode()
        headers[:0] = [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
        start_response(f"{status} {HTTP_STATUS_CODES[status].upper()}", headers)
        return [data]

    def foreign_origin(self, environ: dict) -> str | bool | None:
        """None for no or the service's own origin; the origin when the policy lets it read the
        answer; False when it is refused (Flask answers the refusal and logs it)."""
        origin = environ.get("HTTP_ORIGIN")
        if not origin:
            return None
        try:
            host_url = get_current_url(environ, host_only=True)
        except Exception:  # noqa: BLE001 - a host Werkzeug cannot read: Flask gives its error
            return False
        if self.policy.is_own(origin, host_url):
            return None
        return origin if self.policy.cross_origin_allowed(origin) else False

    def respond(self, body: bytes, allowed: bool, environ: dict) -> tuple[int, dict]:
        """The status and JSON of a counted request, as the Flask route and its error handlers give."""
        if not allowed:
            return 429, {"error": STATUS_MESSAGES[429]}
        try:
            return 200, self.desk.answer(json_object(body))
        except AssistantError as exc:
            return exc.status, {"error": assistant_error_message(exc)}
        except Exception:  # noqa: BLE001 - as the app's handler of unexpected errors: logged, a 500
            log.exception("Uventet fejl ved %s %s", environ.get("REQUEST_METHOD"), ASK_PATH)
            return 500, {"error": STATUS_MESSAGES[500]}

