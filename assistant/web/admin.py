"""The staff's content-gap report at GET /admin/report: plain Danish HTML behind a token."""
from __future__ import annotations

import base64
import binascii
import hmac

from flask import Blueprint, Response, abort, render_template, request
from flask_limiter import Limiter
from markupsafe import Markup

from ..errors import AssistantError
from ..quality.gap_report import build_report, svg_chart
from ..services import Services
from .security import ADMIN_LOCKED_OUT

DEFAULT_DAYS = 30
# 32 characters of secrets.token_urlsafe carry 192 bits: no rate of guessing gets near.
MIN_TOKEN_CHARS = 32
MAX_DAYS = 3660
# Inline styles only: the page runs no script at all.
ADMIN_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"


def presented_token() -> str:
    """The token from `Authorization: Bearer …`, or the password of HTTP Basic (browsers prompt)."""
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer":
        return value.strip()
    if scheme.lower() == "basic":
        try:
            return base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")[2]
        except (binascii.Error, UnicodeDecodeError):
            return ""
    return ""


class AdminTokenTooShort(AssistantError):
    """A guessable admin token: the app refuses to start with it."""


def check_admin_token(token: str) -> None:
    """Refuse a set token shorter than MIN_TOKEN_CHARS, saying how to make a good one."""
    if token and len(token) < MIN_TOKEN_CHARS:
        raise AdminTokenTooShort(
            f"ASSISTANT_ADMIN_TOKEN er for kort ({len(token)} tegn); den skal være mindst "
            f"{MIN_TOKEN_CHARS} tegn. Lav en tilfældig med: "
            f"python3 -c 'import secrets; print(secrets.token_urlsafe(32))'")


def create_admin_blueprint(services: Services, limiter: Limiter) -> Blueprint:
    """The report page; off (404) unless ASSISTANT_ADMIN_TOKEN is set. Wrong tokens are
    rate-limited per client address; right ones never count."""
    check_admin_token(services.config.admin_token)
    bp = Blueprint("admin", __name__)

    @bp.get("/admin/report")
    @limiter.limit(services.config.admin_rate_limit, deduct_when=lambda r: r.status_code == 401,
                   error_message=ADMIN_LOCKED_OUT)
    def report():
        token = services.config.admin_token
        if not token:
            abort(404)
        if not hmac.compare_digest(presented_token().encode(), token.encode()):
            return Response("Adgang kræver administratortokenet (ASSISTANT_ADMIN_TOKEN).", 401,
                            {"WWW-Authenticate": 'Basic realm="Balance-assistenten", charset="UTF-8"',
                             "Content-Type": "text/plain; charset=utf-8"})
        # Parsed here, not with type=int: Werkzeug would quietly use the default for "?since=abc".
        raw = request.args.get("since", str(DEFAULT_DAYS)).strip()
        days = int(raw) if raw.isascii() and raw.isdigit() else 0
        if not 1 <= days <= MAX_DAYS:
            return Response(f"since skal være et antal dage fra 1 til {MAX_DAYS}.", 400,
                            {"Content-Type": "text/plain; charset=utf-8"})
        gap = build_report(services.store, services.index.analyzer, days)
        page = render_template("admin_report.html", report=gap,
                               chart=Markup(svg_chart(gap.per_day)))  # svg_chart escapes its text
        return page, 200, {"Content-Security-Policy": ADMIN_CSP, "Cache-Control": "no-store"}

    return bp
