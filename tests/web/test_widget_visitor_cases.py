"""Visitors on a phone, on a site the assistant does not serve, and following a citation: in Chromium."""
from __future__ import annotations

import pytest

from tests.support.web import StaticSite, groenne_byer_documents, wait_until

# The fixtures are imported so that pytest finds them in this module.
from tests.support.widget import PHONE, SHADOW, ask_by_typing, focused

pytestmark = pytest.mark.browser

VISION = groenne_byer_documents("")[0].sections[0].text
# A short desktop window: an answer and its sources fill more than the chat's visible part.
LOW_WINDOW = {"width": 1280, "height": 430}


@pytest.fixture
def other_site(tmp_path):
    """A site the assistant has not been told about: another origin on 127.0.0.1."""
    root = tmp_path / "other"
    root.mkdir()
    other = StaticSite(root)
    yield other
    other.stop()


def focus_in_panel(page) -> bool:
    return page.evaluate(f"(r => !!r.activeElement && r.getElementById('ba-panel')"
                         f".contains(r.activeElement))({SHADOW})")


def inside(box: dict, area: dict) -> bool:
    return (box["x"] >= area["x"] and box["y"] >= area["y"] and
            box["x"] + box["width"] <= area["x"] + area["width"] + 0.5 and
            box["y"] + box["height"] <= area["y"] + area["height"] + 0.5)


def test_on_a_site_not_allowed_the_visitor_is_told_the_assistant_is_not_enabled_here(
        assistant, other_site, open_page):
    page = open_page(assistant.host_page(other_site))
    page.locator(".launcher").click()
    ask_by_typing(page, "Hvem kan blive medlem?")
    error = page.locator(".msg.error")
    error.wait_for()
    assert error.locator("p").inner_text() == "Assistenten er ikke slået til på denne hjemmeside."
    assert error.get_by_role("button", name="Prøv igen").count() == 0, "trying again cannot help"
    wait_until(lambda: "ikke slået til" in page.locator(".live").text_content(),
               message="fejlen blev ikke meddelt")
    assert assistant.app.extensions["assistant"].store.questions() == []


@pytest.mark.parametrize("position", ["right", "left"])
def test_on_a_phone_the_panel_fills_the_screen_in_either_corner(assistant, site, open_page, position):
    page = open_page(assistant.host_page(site, options=f'data-position="{position}"'), viewport=PHONE)
    page.locator(".launcher").click()
    screen = {"x": 0, "y": 0, **PHONE}
    assert page.locator("#ba-panel").bounding_box() == screen
    for control in (page.get_by_role("button", name="Luk chatten"), page.locator(".composer button")):
        assert control.is_visible() and inside(control.bounding_box(), screen)


def test_on_a_phone_tab_stays_in_the_panel_and_escape_returns_to_the_launcher(assistant, site, open_page):
    page = open_page(assistant.host_page(site), viewport=PHONE)
    page.locator(".launcher").focus()
    page.keyboard.press("Enter")
    assert focused(page) == "ba-input"
    assert page.locator("#ba-panel").get_attribute("aria-modal") == "true"
    seen = []
    for _ in range(14):
        page.keyboard.press("Tab")
        assert focus_in_panel(page), f"Tab left the panel after {seen}"
        seen.append(focused(page))
    assert seen.count("ba-input") >= 2, "Tab went round"
    page.get_by_role("button", name="Ny samtale").focus()
    page.keyboard.press("Shift+Tab")
    assert focus_in_panel(page), "Shift+Tab from the first control stays in the panel"
    assert page.evaluate(f"{SHADOW}.activeElement.textContent") == "Send"
    page.keyboard.press("Escape")
    assert page.locator("#ba-panel").is_hidden()
    assert focused(page) == "launcher" and page.locator(".launcher").is_visible()


def test_after_the_automatic_scroll_the_newest_answers_feedback_buttons_are_in_view(
        assistant, site, open_page):
    page = open_page(assistant.host_page(site), viewport=LOW_WINDOW)
    page.locator(".launcher").click()
    for n, question in enumerate(["Hvad er foreningens vision?", "Hvornår blev foreningen stiftet?"], 1):
        ask_by_typing(page, question)
        wait_until(lambda: page.locator(".msg.bot .feedback").count() == n, message="svaret kom ikke")
    page.wait_for_timeout(100)
    view = page.locator(".scroll").bounding_box()
    newest = page.locator(".msg.bot").last
    assert inside(newest.get_by_role("button", name="Ja, svaret hjalp").bounding_box(), view)
    assert inside(newest.get_by_role("button", name="Nej, svaret hjalp ikke").bounding_box(), view)
    assert newest.locator(".answer").bounding_box()["y"] < view["y"] + view["height"] / 2, \
        "the answer's start is still shown"


def sentence_in_view(page) -> bool:
    return page.evaluate("""() => { const r = document.getElementById('sentence').getBoundingClientRect();
                                    return window.scrollY > 0 && r.top >= 0 && r.bottom <= innerHeight; }""")


def test_following_a_citation_scrolls_the_source_to_the_very_sentence(assistant, site, open_page):
    # The section's anchor is at the top; the quoted sentence is two screens further down.
    site.page("om.html", '<h1>Om os</h1><h2 id="vores-vision">Vores vision</h2>'
                         '<p>Vi arbejder for grønnere byer.</p><div style="height:2000px"></div>'
                         f'<p id="sentence">{VISION}</p><div style="height:2000px"></div>')
    page = open_page(assistant.host_page(site))
    page.locator(".launcher").click()
    page.get_by_role("button", name="Hvad er foreningens vision?").click()
    citation = page.locator(".msg.bot a.cite").first
    citation.wait_for()
    with page.context.expect_page() as opened:
        citation.click()
    source = opened.value
    source.wait_for_load_state()
    wait_until(lambda: sentence_in_view(source), timeout=5, message="sætningen blev ikke vist")
