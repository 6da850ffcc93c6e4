"""Citation links carry a text fragment, so the browser scrolls to and highlights the cited words."""
from __future__ import annotations

import pytest

from assistant.answer.text_fragment import fragment_url, text_directive

SITE = "https://gronnebyer.test/om/"


def test_a_short_sentence_is_linked_whole_after_the_sections_anchor():
    assert fragment_url(SITE + "#historie", "Foreningen blev stiftet i 2009.") == (
        SITE + "#historie:~:text=Foreningen%20blev%20stiftet%20i%202009")


def test_a_page_without_anchor_gets_the_directive_alone():
    assert fragment_url(SITE, "Alle kan blive medlem.") == SITE + "#:~:text=Alle%20kan%20blive%20medlem"


@pytest.mark.parametrize("quoted, directive", [
    ("Grøn & Blå", "text=Gr%C3%B8n%20%26%20Bl%C3%A5"),
    ("Nord-Jylland, Fyn", "text=Nord%2DJylland%2C%20Fyn"),
    ("§ 4, stk. 2", "text=%C2%A7%204%2C%20stk.%202"),
    ("50% #rabat?", "text=50%25%20%23rabat"),
])
def test_the_specs_syntax_characters_and_everything_not_url_safe_are_percent_encoded(quoted, directive):
    assert text_directive(quoted) == directive


def test_a_long_sentence_is_linked_by_its_first_and_last_words():
    sentence = ("Foreningen Grønne Byer har en vision om, at alle byer har en fælleshave "
                "inden for ti minutters gang fra hver bolig.")
    assert text_directive(sentence) == "text=Foreningen%20Gr%C3%B8nne%20Byer%20har,gang%20fra%20hver%20bolig"


@pytest.mark.parametrize("url", ["file:///srv/vedtaegter.txt", "", SITE + "#a:~:text=allerede",
                                 "https://gronnebyer.test/vedtaegter.pdf#page=3",
                                 "https://gronnebyer.test/dokument?id=7#page=2"])
def test_links_that_are_not_web_pages_pdfs_or_already_have_a_directive_are_left_alone(url):
    assert fragment_url(url, "Alle kan blive medlem.") == url


def test_no_quoted_words_means_the_plain_link():
    assert fragment_url(SITE + "#historie", "  ") == SITE + "#historie"
