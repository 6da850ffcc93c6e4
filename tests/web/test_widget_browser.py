"""Visitors use the chat widget on another site, in real headless Chromium (Debian's /usr/bin/chromium)."""
from __future__ import annotations

import pytest

from assistant.app import create_app
from tests.support.web import MARKUP_CONTEXT, ServerThread, free_port, wait_until

# The fixtures are imported so that pytest finds them in this module.
from tests.support.widget import DESKTOP, PHONE, SHADOW, SUGGESTIONS, ask_by_typing, contrast, focused

pytestmark = pytest.mark.browser


def test_a_visitor_opens_the_widget_with_the_keyboard_and_follows_a_citation(
        assistant, site, open_page):
    page = open_page(assistant.host_page(site))
    launcher = page.locator(".launcher")
    assert launcher.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert focused(page) == "launcher"
    assert launcher.evaluate("e => getComputedStyle(e).outlineStyle") == "solid", "visible focus"
    page.keyboard.press("Enter")

    assert page.locator("#ba-panel").is_visible()
    assert launcher.get_attribute("aria-expanded") == "true"
    assert focused(page) == "ba-input"
    assert page.get_by_role("dialog", name="Spørg Grønne Byer").is_visible()

    page.get_by_role("button", name="Hvad er foreningens vision?").click()
    answer = page.locator(".msg.bot .answer")
    answer.wait_for()
    assert "fælleshave inden for ti minutters gang" in answer.inner_text()
    wait_until(lambda: page.locator(".live").text_content().startswith("Assistenten svarede:"),
               message="svaret blev ikke meddelt i live-regionen")
    assert page.locator(".sources a").first.inner_text() == "Om Foreningen Grønne Byer – Vores vision"

    citation = page.locator(".msg.bot a.cite").first
    assert citation.inner_text() == "[1]"
    with page.context.expect_page() as opened:
        citation.click()
    source = opened.value
    source.wait_for_load_state()
    assert source.url == site.url + ("om.html#vores-vision:~:text=Foreningen%20Gr%C3%B8nne%20Byer%20har,"
                                     "gang%20fra%20hver%20bolig")
    assert source.locator("h2#vores-vision").inner_text() == "Vores vision"

    page.bring_to_front()
    page.locator("#ba-input").focus()
    page.keyboard.press("Escape")
    assert page.locator("#ba-panel").is_hidden()
    assert launcher.get_attribute("aria-expanded") == "false"
    assert focused(page) == "launcher"
    logged = assistant.app.extensions["assistant"].store.questions()
    assert [(q["question"], q["channel"]) for q in logged] == [("Hvad er foreningens vision?", "widget")]


def test_a_question_and_a_passage_with_markup_are_shown_as_plain_text(assistant, site, open_page):
    page = open_page(assistant.host_page(site))
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.locator(".launcher").click()

    ask_by_typing(page, "<img src=x onerror=alert(1)>")
    page.locator(".msg.bot").first.wait_for()
    assert page.locator(".msg.user .text").inner_text() == "<img src=x onerror=alert(1)>"
    declined = page.locator(".msg.bot").first
    assert "sekretariatet" in declined.inner_text()
    assert declined.locator("a").get_attribute("href") == site.url + "kontakt.html"

    ask_by_typing(page, "Hvad må nyhedsbrevet indeholde?")
    wait_until(lambda: page.locator(".msg.bot").count() == 2, message="andet svar kom ikke")
    shown = page.locator(".msg.bot").nth(1)
    assert "<b>fed</b>" in shown.locator(".answer").inner_text()
    assert shown.locator(".snippet").inner_text() == "[…] " + MARKUP_CONTEXT
    widget_elements = page.evaluate(f"Array.from({SHADOW}.querySelectorAll('img, b, i, u, script'))"
                                    ".map(e => e.tagName)")
    assert widget_elements == []
    assert dialogs == [] and page.title() == "index.html"


def test_the_service_stopped_gives_a_danish_error_and_retry_works_when_it_is_back(
        assistant, site, open_page):
    page = open_page(assistant.host_page(site))
    page.locator(".launcher").click()
    assistant.server.stop()

    ask_by_typing(page, "Hvem kan blive medlem?")
    error = page.locator(".msg.error")
    error.wait_for()
    assert error.locator("p").inner_text() == ("Assistenten kan ikke nås lige nu. "
                                               "Tjek din forbindelse, og prøv igen.")
    wait_until(lambda: "kan ikke nås" in page.locator(".live").text_content(),
               message="fejlen blev ikke meddelt")

    assistant.restart()
    page.get_by_role("button", name="Prøv igen").click()
    page.locator(".msg.bot .answer").wait_for()
    assert "åbent for alle haveforeninger" in page.locator(".msg.bot .answer").inner_text()
    assert page.locator(".msg.error").count() == 0


def test_on_a_phone_the_panel_fills_the_screen_and_on_a_desktop_it_floats(assistant, site, open_page):
    phone = open_page(assistant.host_page(site), viewport=PHONE)
    phone.locator(".launcher").click()
    box = phone.locator("#ba-panel").bounding_box()
    assert box == {"x": 0, "y": 0, "width": PHONE["width"], "height": PHONE["height"]}

    desktop = open_page(assistant.host_page(site), viewport=DESKTOP)
    desktop.locator(".launcher").click()
    box = desktop.locator("#ba-panel").bounding_box()
    assert box["width"] < 500 and box["height"] < DESKTOP["height"]
    assert box["x"] + box["width"] < DESKTOP["width"] and box["x"] > DESKTOP["width"] / 2


def test_the_conversation_follows_the_visitor_to_another_page_and_feedback_is_stored(
        assistant, site, open_page):
    page = open_page(assistant.host_page(site))
    page.locator(".launcher").click()
    ask_by_typing(page, "Hvornår blev foreningen stiftet?")
    page.locator(".msg.bot .answer").wait_for()
    page.get_by_role("button", name="Ja, svaret hjalp").click()
    wait_until(lambda: page.locator(".thanks").inner_text() == "Tak for din tilbagemelding.")

    page.goto(assistant.host_page(site, "andet.html"))
    page.locator("#ba-panel").wait_for()
    assert page.locator(".msg.user .text").inner_text() == "Hvornår blev foreningen stiftet?"
    assert "2009" in page.locator(".msg.bot .answer").inner_text()
    assert page.locator(".live").text_content() == ""
    assert page.get_by_role("button", name="Ja, svaret hjalp").get_attribute("aria-pressed") == "true"
    assert focused(page) == ""

    store = assistant.app.extensions["assistant"].store
    answer_id = store.questions()[0]["answer_id"]
    assert [(f["helpful"], f["channel"]) for f in store.feedback_for(answer_id)] == [(1, "widget")]
    assert page.context.cookies() == [] and page.evaluate("document.cookie") == ""

    page.get_by_role("button", name="Ny samtale").click()
    assert page.locator(".msg").count() == 0 and page.locator(".suggestions").is_visible()
    page.reload()
    page.locator("#ba-panel").wait_for()
    assert page.locator(".msg").count() == 0, "a new conversation stays new on the next page"


def test_the_widget_leaks_no_globals_and_ignores_the_host_pages_css(assistant, site, open_page):
    hostile_css = ("<style>* { font-size: 40px !important; color: red !important; }"
                   "button { display: none !important; background: red !important; }"
                   ".launcher, .panel { display: none !important; }</style>")
    page = open_page(assistant.host_page(site, head=hostile_css))
    launcher = page.locator(".launcher")
    assert launcher.is_visible()
    style = launcher.evaluate("e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).fontSize]")
    assert style == ["rgb(31, 95, 74)", "15px"]
    with_widget = set(page.evaluate("Object.getOwnPropertyNames(window)"))
    page.goto(site.page("bare.html", "<h1>Uden widget</h1>", head=hostile_css))
    without_widget = set(page.evaluate("Object.getOwnPropertyNames(window)"))
    assert with_widget - without_widget == set()


def test_the_demo_page_embeds_the_widget_under_its_strict_policy_with_four_suggestions(
        test_config, open_page):
    port = free_port()  # the configured port is the one the snippet names
    server = ServerThread(create_app(test_config.replace(rate_limit="1000 per minute", port=port)), port=port)
    try:
        violations = []
        page = open_page(server.url)
        page.on("console", lambda m: violations.append(m.text) if "Content Security" in m.text else None)
        assert '<script src="' + server.url + 'widget.js" defer></script>' in page.locator(
            "#snippet").inner_text()
        page.locator(".launcher").click()
        suggestions = page.locator(".suggestions button").all_inner_texts()
        assert len(suggestions) == 4
        for topic in ("vision", "kæmper", "startede", "medlem"):
            assert any(topic in s for s in suggestions), topic
        page.get_by_role("button", name="Hvad er Balance Danmarks vision?").click()
        page.locator(".msg.bot .cite").first.wait_for()
        assert page.locator(".msg.bot .cite").first.get_attribute("href") == (
            "https://balance-danmark.dk/om/#vores-vision:~:text=Vi%20har%20en%20vision,"
            "erhvervsklynger%20i%20hele%20landet")
        assert page.locator(".launcher").evaluate("e => getComputedStyle(e).position") == "fixed"
        assert violations == []
    finally:
        server.stop()


def test_the_readme_screenshots_can_be_retaken_with_the_script(tmp_path, browser):
    from scripts import widget_screenshots as script
    saved = script.take_screenshots(tmp_path, browser)
    assert [p.name for p in saved] == ["widget-desktop.png", "widget-phone.png"]
    for path in saved:
        assert path.read_bytes().startswith(b"\x89PNG") and path.stat().st_size > 10_000


def test_the_visitor_sees_the_assistant_typing_and_cannot_send_twice(assistant, site, open_page):
    page = open_page(assistant.host_page(site))
    page.locator(".launcher").click()
    assistant.gate.opened.clear()
    ask_by_typing(page, "Hvem kan blive medlem?")
    page.locator(".typing").wait_for()
    assert page.locator(".typing").inner_text().startswith("Assistenten skriver")
    assert page.locator(".composer button").is_disabled()
    assert page.locator(".log").get_attribute("aria-busy") == "true"
    assistant.gate.opened.set()
    page.locator(".msg.bot .answer").wait_for()
    assert page.locator(".typing").is_hidden()
    assert page.locator(".composer button").is_enabled()


def test_the_site_owner_chooses_title_colour_greeting_and_corner(assistant, site, open_page):
    page = open_page(assistant.host_page(site, options=(
        'data-title="Grønne Byer svarer" data-color="#ffd23f" data-position="left" '
        'data-greeting="Velkommen i haven!"')), viewport=DESKTOP)
    launcher = page.locator(".launcher")
    colours = launcher.evaluate("e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]")
    assert colours[0] == "rgb(255, 210, 63)"
    assert contrast(*colours) >= 4.5, "light colour gets dark text"
    assert launcher.bounding_box()["x"] < DESKTOP["width"] / 2
    launcher.click()
    assert page.get_by_role("dialog", name="Grønne Byer svarer").is_visible()
    assert page.locator(".greeting").inner_text() == "Velkommen i haven!"
    # Without data-suggestions the assistant's own, minus the one its index cannot answer.
    assert page.locator(".suggestions button").all_inner_texts() == SUGGESTIONS.split("|")
    assert page.locator("#ba-panel").bounding_box()["x"] < DESKTOP["width"] / 2


def test_the_default_colours_have_good_contrast(assistant, site, open_page):
    page = open_page(assistant.host_page(site))
    page.locator(".launcher").click()
    ask_by_typing(page, "Hvem kan blive medlem?")
    page.locator(".msg.bot .answer").wait_for()
    for selector in (".launcher", ".msg.user", ".msg.bot .answer", ".sources a", ".msg.bot a.cite",
                     ".composer button"):
        fg, bg = page.locator(selector).first.evaluate(
            """e => { let b = e; let c = getComputedStyle(e).color;
                      while (b && getComputedStyle(b).backgroundColor === 'rgba(0, 0, 0, 0)') {
                          b = b.parentElement || b.getRootNode().host; }
                      return [c, b ? getComputedStyle(b).backgroundColor : 'rgb(255, 255, 255)']; }""")
        assert contrast(fg, bg) >= 4.5, (selector, fg, bg)


def test_a_follow_up_is_read_in_the_conversation_which_survives_a_reload_until_ny_samtale(
        assistant, site, open_page):
    page = open_page(assistant.host_page(site))
    sent = []
    page.on("request", lambda r: sent.append(r.post_data_json) if r.url.endswith("/api/ask") else None)

    def answer_to(question: str) -> dict:
        with page.expect_response(lambda r: r.url.endswith("/api/ask")) as response:
            ask_by_typing(page, question)
        return response.value.json()

    page.locator(".launcher").click()
    ask_by_typing(page, "Hvem kan blive medlem?")
    wait_until(lambda: page.locator(".msg.bot").count() == 1, message="første svar kom ikke")
    assert "åbent for alle haveforeninger" in page.locator(".msg.bot .answer").inner_text()

    page.reload()
    page.locator("#ba-panel").wait_for()
    follow_up_json = answer_to("hvad med kontingentet?")
    wait_until(lambda: page.locator(".msg.bot").count() == 2, message="opfølgningen blev ikke besvaret")
    follow_up = page.locator(".msg.bot").nth(1)
    assert "Kontingentet fastsættes af generalforsamlingen" in follow_up.locator(".answer").inner_text()
    assert [body.get("history") for body in sent] == [[], ["Hvem kan blive medlem?"]]
    assert follow_up_json["context_used"] is True

    page.get_by_role("button", name="Ny samtale").click()
    alone = answer_to("hvad med kontingentet?")
    wait_until(lambda: page.locator(".msg.bot").count() == 1, message="svaret kom ikke")
    assert sent[-1]["history"] == [] and alone["context_used"] is False
