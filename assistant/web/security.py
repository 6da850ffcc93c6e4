"""Safety of a public endpoint: JSON errors in Danish, security headers, CORS allow-list, rate limit."""
from __future__ import annotations

import logging
from urllib.parse import urlsplit

from flask import Blueprint, Flask, Response, jsonify, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix

from ..config import Config
from ..errors import AssistantError, IndexFormatError
from .rate_limit_storage import limiter_storage

log = logging.getLogger(__name__)

API_PREFIX = "/api/"
PREFLIGHT_MAX_AGE_SECONDS = 600
# Paths another site may load (the widget script and its assets); everything else stays same-origin.
EMBEDDABLE_PREFIXES = ("/widget.js", "/static/")

STATUS_MESSAGES = {
    400: "Forespørgslen kunne ikke forstås.",
    401: "Du har ikke adgang her.",
    403: "Du har ikke adgang her.",
    404: "Siden findes ikke.",
    405: "Den metode kan ikke bruges her.",
    413: "Forespørgslen er for stor.",
    415: "Send forespørgslen som JSON (Content-Type: application/json).",
    429: "Du har stillet mange spørgsmål på kort tid. Vent lidt, og prøv så igen.",
    500: "Der skete en fejl hos assistenten. Prøv igen om lidt.",
    503: "Assistenten er ikke klar lige nu. Prøv igen om lidt.",
}
FALLBACK_MESSAGE = "Forespørgslen kunne ikke gennemføres."
ORIGIN_REFUSED = "Assistenten er ikke slået til på denne hjemmeside."
ORIGINS_SETTING = "ASSISTANT_ALLOWED_ORIGINS"
# Each refused origin is logged once per process; a bound keeps a flood of made-up origins small.
MAX_LOGGED_REFUSALS = 1000
MAX_LOGGED_ORIGIN_CHARS = 200

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}


# The admin page's own refusal after too many wrong tokens (the general 429 speaks of questions).
ADMIN_LOCKED_OUT = ("For mange forkerte adgangsnøgler på kort tid. Vent lidt, og prøv så igen med "
                    "den rigtige nøgle (ASSISTANT_ADMIN_TOKEN).")
# Messages a route may give its own 429 (Flask-Limiter's error_message); others get the general one.
OWN_LIMIT_MESSAGES = frozenset({ADMIN_LOCKED_OUT})


def error_response(status: int, message: str | None = None) -> Response:
    """The one error shape of every channel: `{"error": "<Danish message>"}` with its status."""
    response = jsonify(error=message or STATUS_MESSAGES.get(status, FALLBACK_MESSAGE))
    response.status_code = status
    return response


def _http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    message = STATUS_MESSAGES.get(status, FALLBACK_MESSAGE)
    if status == 413 and request.max_content_length:
        message = f"Forespørgslen er for stor: højst {request.max_content_length} byte."
    if status == 429 and exc.description in OWN_LIMIT_MESSAGES:
        message = exc.description
    response = error_response(status, message)
    if status == 405 and exc.valid_methods:
        response.headers["Allow"] = ", ".join(exc.valid_methods)
    return response


def _assistant_error(exc: AssistantError) -> Response:
    return error_response(exc.status, assistant_error_message(exc))


def assistant_error_message(exc: AssistantError) -> str:
    """What a visitor is told of an error; a server-side one is logged with its own message."""
    if exc.status < 500:
        return exc.message
    # Server-side messages name files and commands: useful in the log, not for a visitor.
    log.error("%s: %s", type(exc).__name__, exc.message)
    if isinstance(exc, IndexFormatError):
        return "Assistenten er ikke klar lige nu: indekset kan ikke læses. Prøv igen om lidt."
    return STATUS_MESSAGES.get(exc.status, FALLBACK_MESSAGE)


def _unexpected_error(exc: Exception) -> Response:
    log.exception("Uventet fejl ved %s %s", request.method, request.path)
    return error_response(500)


def origin_of(url: str) -> str:
    """scheme://host[:port] of a URL, the form browsers send in the Origin header."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


class OriginPolicy:
    """Which browser origins may call the API: the service's own, plus the configured allow-list."""

    def __init__(self, config: Config):
        self.allowed = {origin_of(o) or o.strip().lower() for o in config.allowed_origins}
        self.public_origin = origin_of(config.public_url)
        self.logged: set[str] = set()

    def is_own(self, origin: str, host_url: str) -> bool:
        """The service's public address, or the address the browser used to reach it (`host_url`)."""
        return origin.lower() in (self.public_origin, origin_of(host_url))

    def cross_origin_allowed(self, origin: str) -> bool:
        return "*" in self.allowed or origin.lower() in self.allowed

    def check(self) -> Response | None:
        """Refuse foreign origins before any work is done; answer CORS preflights.

        A refused origin's preflight is let through and its refusal carries CORS headers: the
        refusal holds no data, and only so can the widget on that site read it and tell the
        visitor why, instead of reporting the service as unreachable.
        """
        if not request.path.startswith(API_PREFIX):
            return None
        origin = request.headers.get("Origin")
        if not origin or self.is_own(origin, request.host_url):
            return None
        allowed = self.cross_origin_allowed(origin)
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            response = Response(status=204)
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type"
            response.headers["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE_SECONDS)
        elif not allowed:
            response = error_response(403, ORIGIN_REFUSED)
        else:
            return None
        if not allowed:
            self.log_refusal(origin)
            response.headers["Access-Control-Allow-Origin"] = "*"
        return response

    def log_refusal(self, origin: str) -> None:
        """Name the refused site and the setting that would let it in (once per origin)."""
        if origin in self.logged or len(self.logged) >= MAX_LOGGED_REFUSALS:
            return
        self.logged.add(origin)
        log.warning("Afviste et kald fra hjemmesiden %s: den står ikke i %s. Tilføj den dér, hvis "
                    "widgetten skal virke på den.", origin[:MAX_LOGGED_ORIGIN_CHARS], ORIGINS_SETTING)

    def describe(self) -> str:
        """The startup line: which sites may use the widget and API from a browser."""
        sites = ", ".join(sorted(self.allowed)) or "ingen – kun tjenestens egen adresse"
        return f"Hjemmesider, der må bruge widgetten og API'et ({ORIGINS_SETTING}): {sites}"

    def decorate(self, response: Response) -> Response:
        """Let an allowed foreign origin read the response (never with credentials)."""
        if not request.path.startswith(API_PREFIX):
            return response
        if "Vary" in response.headers:
            response.vary.add("Origin")
        else:
            # Most responses have no Vary yet: adding the header skips parsing it into a set.
            response.headers["Vary"] = "Origin"
        origin = request.headers.get("Origin")
        if origin and not self.is_own(origin, request.host_url) and self.cross_origin_allowed(origin):
            response.headers["Access-Control-Allow-Origin"] = origin
        return response


# Lower-cased once: a response's own headers are then found in one pass (Werkzeug's setdefault
# scans them and lower-cases every name for each header it adds: ~0.1 ms per response).
_DEFAULT_HEADERS = tuple((name.lower(), name, value) for name, value in SECURITY_HEADERS.items())
_NO_STORE = (("cache-control", "Cache-Control", "no-store"),)
_HSTS = (("strict-transport-security", "Strict-Transport-Security", "max-age=31536000"),)


def api_security_headers(secure: bool) -> list[tuple[str, str]]:
    """The security headers of an API response that sets none of them itself."""
    return [(name, value) for _, name, value in _DEFAULT_HEADERS + _NO_STORE + (_HSTS if secure else ())]


def _security_headers(response: Response) -> Response:
    """Add the security headers a route has not set itself (the embeddable paths' CORP is forced)."""
    path = request.path
    defaults = _DEFAULT_HEADERS
    if path.startswith(API_PREFIX) or path == "/healthz":
        defaults += _NO_STORE
    if request.is_secure:
        defaults += _HSTS
    headers = response.headers
    present = {name.lower() for name in headers.keys()}
    headers.extend([(name, value) for lower, name, value in defaults if lower not in present])
    if path.startswith(EMBEDDABLE_PREFIXES):
        headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


def install_proxy_fix(app: Flask, config: Config) -> None:
    """Read the client's address and scheme from the configured proxies' headers, before any other
    layer of the app sees the request (installed last, so it wraps them all)."""
    if config.proxy_hops > 0:
        n = config.proxy_hops
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)  # type: ignore[method-assign]


def install_security(app: Flask, config: Config) -> tuple[Limiter, OriginPolicy]:
    """Install error handlers, headers, CORS and the rate limiter on the app; returns the limiter
    and the origin policy."""
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(AssistantError, _assistant_error)
    app.register_error_handler(Exception, _unexpected_error)
    policy = OriginPolicy(config)
    # A site owner whose widget is refused first looks here: say which sites are let in.
    log.warning(policy.describe())
    # Registered before the limiter so refused origins and preflights cost no rate-limit budget.
    app.before_request(policy.check)
    app.after_request(policy.decorate)
    app.after_request(_security_headers)
    storage_uri, storage_options = limiter_storage(config)
    limiter = Limiter(
        key_func=get_remote_address,
        storage_uri=storage_uri,
        storage_options=storage_options,
        headers_enabled=True,
        # A Redis outage must not take the assistant down: count in memory until it is back.
        in_memory_fallback_enabled=True,
        swallow_errors=True,
    )
    limiter.init_app(app)
    # Every limit here is a route's own, checked when the route runs; with no app-wide or default
    # limits, Flask-Limiter's before-request pass only resolved the same limits a second time per
    # request. Its other hooks are for the admin page's limit alone (web/admin.py moves them there).
    app.before_request_funcs[None].remove(limiter._check_request_limit)
    return limiter, policy


def limiter_hooks_to(limiter: Limiter, app: Flask, bp: Blueprint) -> None:
    """Run Flask-Limiter's after-request hook (headers, deducting refused logins) and its teardown
    for `bp`'s requests only: the API's limits are counted by web/api_limits.py, and for every other
    request these hooks only looked up an empty context (~0.02 ms per request)."""
    after = [f for f in app.after_request_funcs[None] if getattr(f, "args", ())[:1] == (limiter,)]
    teardown = [f for f in app.teardown_request_funcs[None] if getattr(f, "__self__", None) is limiter]
    for hook in after:
        app.after_request_funcs[None].remove(hook)
        bp.after_request(hook)
    for hook in teardown:
        app.teardown_request_funcs[None].remove(hook)
        bp.teardown_request(hook)
