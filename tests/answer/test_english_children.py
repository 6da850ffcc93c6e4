"""A parent asks in English about "children" of a report that says "så børn kan lege og lære i
naturen" (anbefaling 6, the schoolyards): the dictionary's "barn" reaches the report's plural, whose
root vowel changes (language/english_material_forms.py), and the question is answered from that
page; one about what the report does not give is still declined."""
from __future__ import annotations

from assistant.answer.compose import ask
from assistant.language import dictd
from assistant.quality.evaluation import ranked_sources
from tests.support.language import require_debian_file

SCHOOLYARD_PAGE = "https://groenne-byer.example/anbefalinger-2025.pdf#page=5"


def test_a_reader_asking_which_recommendation_is_for_children_is_answered_from_it(association):
    require_debian_file(dictd.DICTD_DIR / f"{dictd.DANISH_ENGLISH}.index", "dict-freedict-dan-eng")
    answer, sources = ranked_sources(association, "Which recommendation is aimed at children?")
    assert answer.answered and sources[0].url == SCHOOLYARD_PAGE


def test_a_parent_asking_how_many_children_already_have_one_is_declined(association):
    assert not ask("How many children already go to schools with a green playground?", association).answered
