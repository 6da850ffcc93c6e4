"""Support for the widget's browser tests: Chromium, the association's site and the assistant beside it."""
from __future__ import annotations

import re
import threading

from assistant.app import create_app
from assistant.config import Config
from tests.support.web import (
    ServerThread,
    StaticSite,
    build_groenne_byer_index,
)

SUGGESTIONS = "Hvad er foreningens vision?|Hvornår blev foreningen stiftet?|Hvem kan blive medlem?"
# The assistant's own setting: one question more, which the association's index cannot answer.
SERVER_SUGGESTIONS = SUGGESTIONS + "|Hvor ligger foreningens kontor?"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
BROWSER_TIMEOUT_MS = 10_000
SHADOW = "document.querySelector('balance-assistent').shadowRoot"


# One Chromium per test module: two sync Playwright sessions cannot be open at once, and a
# session-wide fixture imported into two modules would be two fixtures.


class Gate:
    """Holds questions at the door until the test opens it, to see the widget while it waits."""

    def __init__(self, app):
        self.app = app
        self.opened = threading.Event()
        self.opened.set()

    def __call__(self, environ, start_response):
        if environ["PATH_INFO"] == "/api/ask":
            self.opened.wait(timeout=10)
        return self.app(environ, start_response)


class Assistant:
    """The assistant on a second origin, serving widget.js and the API over the association's index."""

    def __init__(self, tmp_path, site: StaticSite):
        self.config = Config(index_path=build_groenne_byer_index(tmp_path, site.url),
                             db_path=tmp_path / "assistant.sqlite3", corpus_dir=tmp_path / "corpus",
                             allowed_origins=(site.origin,), rate_limit="1000 per minute",
                             contact_url=site.url + "kontakt.html", suggestions=SERVER_SUGGESTIONS)
        self.app = create_app(self.config)
        self.gate = Gate(self.app)
        self.server = ServerThread(self.gate)
        self.url = self.server.url

    def restart(self) -> None:
        self.server = ServerThread(self.gate, port=self.server.port)

    def host_page(self, site: StaticSite, name: str = "index.html", head: str = "",
                  options: str = f'data-title="Spørg Grønne Byer" data-suggestions="{SUGGESTIONS}"') -> str:
        return site.page(name, '<h1>Foreningen Grønne Byer</h1><p><a href="om.html">Om os</a></p>'
                         f'<script src="{self.url}widget.js" defer {options}></script>', head=head)


def focused(page) -> str:
    """Class or id of the element that has focus inside the widget ('' when focus is outside)."""
    return page.evaluate(f"(a => a ? (a.id || a.className) : '')({SHADOW}.activeElement)")


def ask_by_typing(page, question: str) -> None:
    page.locator("#ba-input").fill(question)
    page.keyboard.press("Enter")


def contrast(rgb_a: str, rgb_b: str) -> float:
    """WCAG contrast ratio of two computed CSS colours ("rgb(r, g, b)")."""
    def luminance(rgb: str) -> float:
        channels = [int(v) / 255 for v in re.findall(r"\d+", rgb)[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(rgb_a), luminance(rgb_b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
