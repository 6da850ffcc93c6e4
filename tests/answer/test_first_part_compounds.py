"""A visitor's compound the Om page says as another compound that starts the same way.

A visitor asks what Balance Danmark will do about "beslutningsmagten"; the vision says it will spread
"beslutningskompetencerne". Neither part of the visitor's word stands alone on the page, so nothing
was searched for it and the question was declined. The first part says what the thing is about, and
the page's compound of it now stands in, as weakly as a thesaurus word.
"""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.first_part_compounds import first_part_compounds
from assistant.answer.retrieve import STAND_IN_SCALE, analyse_query

VISION = "https://balance-danmark.dk/om/#vores-vision"


def test_a_compound_the_page_lacks_is_searched_by_the_pages_compound_of_its_first_part(bundled_index):
    power = next(g for g in analyse_query(bundled_index, "Hvad mener I om beslutningsmagten?").groups
                 if g.term.startswith("beslutning"))
    assert power.members == ("beslutningskompetenc",)
    assert power.scale == STAND_IN_SCALE


def test_a_small_business_asking_about_the_power_to_decide_is_answered_from_the_vision(bundled_index):
    answer = ask("Vi er et lille firma på Fyn. Hvad vil I gøre ved beslutningsmagten i landet?", bundled_index)
    assert answer.answered
    assert answer.citations[0].url == VISION
    assert "beslutningskompetencerne" in answer.answer


def test_only_a_compound_of_words_and_only_where_the_word_is_missing(bundled_index):
    # A word the page has is its own; a word that only begins like a compound's first part is none.
    assert first_part_compounds(bundled_index, "udvikling") == ()
    assert first_part_compounds(bundled_index, "statsjob") == ()
