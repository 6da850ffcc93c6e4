"""An English reader asking how many "people" did something is answered from the passage that says
how many members did it: the generic people-word asks about whoever the material names. Asking which
"type of town" lost the most green, the reader is answered from the passage on the kinds of town."""
from __future__ import annotations

from assistant.language.english import english_words, to_danish
from assistant.quality.evaluation import ranked_sources

SURVEY_PAGE = "https://groenne-byer.example/anbefalinger-2025.pdf#page=2"


def test_people_and_folks_ask_about_no_danish_word_of_their_own():
    vocabulary = frozenset({"folketingets", "medlemmer", "deltage"})
    assert to_danish(english_words("How many people took part?"), vocabulary) == ["deltage"]
    assert to_danish(english_words("folks"), vocabulary) == []


def test_how_many_people_took_part_in_the_survey_is_answered_from_the_members_who_did(association):
    answer, sources = ranked_sources(association, "How many people took part in the survey?")
    assert answer.answered and sources[0].url == SURVEY_PAGE


def test_type_kind_and_sort_ask_about_no_danish_word_of_their_own():
    # Each would otherwise be found: "type" as the dictionary's verb "maskinskrive", "kind" as
    # "slags", "sort" as itself (Danish for black).
    vocabulary = frozenset({"maskinskrive", "slags", "sort", "byer"})
    assert to_danish(english_words("type kinds sort types kind sorts"), vocabulary) == []


def test_which_type_of_town_lost_the_most_green_is_answered_from_the_kinds_of_town(association):
    answer, sources = ranked_sources(association, "Which type of town had the biggest loss of green areas?")
    assert answer.answered and sources[0].url == "https://groenne-byer.example/anbefalinger-2025.pdf#page=3"
