"""The embeddable chat widget: /widget.js, its static files, and the Danish demo page at /."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from flask import Blueprint, Response, render_template, request

from ..config import Config
from .security import origin_of

STATIC_DIR = Path(__file__).parent / "static"
# Host sites should pick up a fixed widget within minutes, without a request on every page view.
WIDGET_MAX_AGE_SECONDS = 300
# The line of widget.js that receives the checked suggestions.
SUGGESTIONS_LINE = re.compile(rb"var SUGGESTIONS = \[\];")


def public_base(config: Config) -> str:
    """The service's base URL with a trailing slash: configured, or the one the request came to."""
    base = config.public_url or request.host_url
    return base if base.endswith("/") else base + "/"


def demo_csp(base: str) -> str:
    own = origin_of(base)
    return ("default-src 'self'; "
            f"script-src 'self' {own}; connect-src 'self' {own}; style-src 'self'; "
            "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def widget_script(source: bytes, suggestions: list[str]) -> bytes:
    """widget.js with the suggestions it offers by default (JSON is a JavaScript literal)."""
    literal = json.dumps(suggestions, ensure_ascii=True).encode("ascii")
    script, replaced = SUGGESTIONS_LINE.subn(lambda _: b"var SUGGESTIONS = " + literal + b";", source)
    if replaced != 1:
        raise RuntimeError("widget.js mangler linjen `var SUGGESTIONS = [];`, som forslagene sættes ind i.")
    return script


def create_widget_blueprint(config: Config, suggestions: list[str]) -> Blueprint:
    """Routes of the widget and the demo page; `suggestions` are those the widget offers by default."""
    bp = Blueprint("widget", __name__, static_folder="static", static_url_path="/static",
                   template_folder="templates")

    @bp.get("/")
    def demo():
        """A Danish page that embeds the widget and shows the snippet to copy."""
        base = public_base(config)
        snippet = f'<script src="{base}widget.js" defer></script>'
        html = render_template("demo.html", base=base, snippet=snippet, position="right")
        return html, 200, {"Content-Security-Policy": demo_csp(base),
                           "Content-Type": "text/html; charset=utf-8"}

    # Read once per app: every page view of every host site asks for it.
    script = widget_script((STATIC_DIR / "widget.js").read_bytes(), suggestions)
    script_etag = hashlib.sha256(script).hexdigest()[:20]

    @bp.get("/widget.js")
    def widget_js():
        """The widget script; any site may load it, only allowed origins may call the API."""
        response = Response(script, mimetype="text/javascript")
        response.set_etag(script_etag)
        response.cache_control.public = True
        response.cache_control.max_age = WIDGET_MAX_AGE_SECONDS
        return response.make_conditional(request)

    return bp
