"""Fixtures of the widget's browser tests: Chromium, the association's site and the assistant behind it."""
from __future__ import annotations

import pytest

from tests.support.web import CHROMIUM, CHROMIUM_ARGS, StaticSite, loopback_only, require_chromium
from tests.support.widget import BROWSER_TIMEOUT_MS, DESKTOP, Assistant


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(tmp_path):
    """The association's own web site: the host pages that embed the widget, on one origin."""
    root = tmp_path / "site"
    root.mkdir()
    site = StaticSite(root)
    site.page("om.html", '<h1>Om os</h1><h2 id="vores-vision">Vores vision</h2><p>Fælleshaver.</p>')
    yield site
    site.stop()


@pytest.fixture
def assistant(tmp_path, site):
    assistant = Assistant(tmp_path, site)
    yield assistant
    assistant.server.stop()


@pytest.fixture
def open_page(browser):
    """A fresh browser profile per page (own sessionStorage and cookies), loopback traffic only."""
    contexts = []

    def open_(url: str, viewport: dict = DESKTOP):
        context = browser.new_context(viewport=viewport)
        context.set_default_timeout(BROWSER_TIMEOUT_MS)
        context.route("**/*", loopback_only)
        contexts.append(context)
        page = context.new_page()
        page.goto(url)
        page.locator(".launcher").wait_for()
        return page

    yield open_
    for context in contexts:
        context.close()
