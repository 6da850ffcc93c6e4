"""Photograph the chat widget on the demo page (desktop and phone) for the README: docs/widget-*.png.

Usage (from the repository root; needs Debian's chromium: `apt-get install -y chromium`):
  .venv/bin/python -m scripts.widget_screenshots [--out docs]

It builds the bundled corpus's index in a temporary folder, serves the app on a free port of
127.0.0.1, asks one suggested question in each view and saves widget-desktop.png and widget-phone.png.
The browser may only reach 127.0.0.1; every other request is blocked.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

from werkzeug.serving import make_server

from assistant.app import create_app
from assistant.config import Config
from assistant.index.build import build_and_save

REPO = Path(__file__).resolve().parents[1]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWS = (
    ("widget-desktop.png", {"width": 1280, "height": 800}, "Hvad er Balance Danmarks vision?"),
    ("widget-phone.png", {"width": 390, "height": 844}, "Hvordan startede Balance Danmark?"),
)


def _loopback_only(route) -> None:
    if urlsplit(route.request.url).hostname == "127.0.0.1":
        route.continue_()
    else:
        route.abort()


def take_screenshots(out_dir: Path, browser=None) -> list[Path]:
    """Save one PNG per view into out_dir and return their paths; launches Chromium unless given one."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            own = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return take_screenshots(out_dir, own)
            finally:
                own.close()
    out_dir.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        build_and_save(REPO / "corpus", tmp / "index.bm25")
        app = create_app(Config(index_path=tmp / "index.bm25", db_path=tmp / "assistant.sqlite3",
                                rate_limit="1000 per minute"))
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                  daemon=True)
        thread.start()
        try:
            for name, viewport, question in VIEWS:
                context = browser.new_context(viewport=viewport)
                try:
                    context.set_default_timeout(15_000)
                    context.route("**/*", _loopback_only)
                    page = context.new_page()
                    page.goto(f"http://127.0.0.1:{server.server_port}/")
                    page.locator(".launcher").click()
                    page.get_by_role("button", name=question).click()
                    page.locator(".msg.bot .answer").wait_for()
                    path = out_dir / name
                    page.screenshot(path=str(path))
                    saved.append(path)
                finally:
                    context.close()
        finally:
            server.shutdown()
            server.server_close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs", help="Mappe til billederne.")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} mangler. Installer den med `apt-get install -y chromium`.", file=sys.stderr)
        return 1
    for path in take_screenshots(args.out):
        print(f"Gemt: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
