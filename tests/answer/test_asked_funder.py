"""A visitor asks who paid for the study in everyday words; the publication says who financed it.

"Hvem har givet penge til kortlægningen?" shares "penge" and "givet" with the economy page and the
statutes' fortune, and nothing but "kortlægningen" with page 2, which says "Kortlægningen er
finansieret af Fonden for Bynatur". Written against the fictional association's statutes and
publication (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_funder import asks_funder, funding_terms
from assistant.answer.compose import ask, find_hits
from assistant.answer.rank_kinds import funder_first
from assistant.answer.reading import read_question
from assistant.answer.retrieve import analyse_query, search_query

FUNDED_PAGE = "https://groenne-byer.example/anbefalinger-2025.pdf#page=2"


def _query(index, question):
    reading = read_question(index, question)
    return analyse_query(index, reading.text, reading.alternatives, reading.put)


@pytest.mark.parametrize("question", [
    "Hvem har betalt for undersøgelsen?",
    "hvem betalte for undersogelsen",                    # typed without ø
    "Hvem har givet penge til kortlægningen?",
    "Hvilken fond har givet penge til undersøgelsen?",
    "Hvem har sponsoreret jer fra starten af?",
    "Hvem har finansieret kortlægningen?",
    "Who paid for mapping the cities?",
    "Who funded the aerial mapping?",
    "Who put up the money for the study?",
    "Which foundation gave money to the survey?",
])
def test_a_question_asking_who_paid_is_read_as_asking_for_a_funder(question):
    assert asks_funder(question)


@pytest.mark.parametrize("question", [
    "Hvem er formand for foreningen?",                   # who, but no paying
    "Hvem får pengene, hvis foreningen lukker?",         # who receives, not who pays
    "Hvornår skal kontingentet være betalt?",            # paying, but when
    "Hvilken dato skal kontingentet være betalt?",       # the passive: when, not who
    "Who was paid for the work?",                        # the passive: who received the money
    "Hvad skal jeg betale for at være med?",             # what, not who
    "How much does it cost to join?",
])
def test_other_questions_do_not_ask_for_a_funder(question):
    assert not asks_funder(question)


def test_the_words_of_funding_are_the_materials_words_of_the_thesaurus_entry(association):
    # The publication says "finansieret"; "finansiere" is the entry's own word.
    assert "finansi" in funding_terms(association)


@pytest.mark.parametrize("question", [
    "Hvem har givet penge til kortlægningen?",
    "Hvem har givet penge til at kortlægge byerne?",
])
def test_the_passage_that_says_who_financed_the_thing_comes_first(association, question):
    query = _query(association, question)
    assert search_query(association, query)[0].chunk.url != FUNDED_PAGE   # the words alone rank another first
    assert find_hits(association, query)[0].chunk.url == FUNDED_PAGE


def test_an_english_who_paid_is_searched_as_financed_and_its_page_comes_first(association):
    # english_agent_verbs: "paid" in a who-question is the material's "finansieret af" already.
    assert find_hits(association, _query(association, "Who paid for mapping the cities?"))[0].chunk.url == FUNDED_PAGE


def test_who_gave_money_to_the_mapping_is_answered_with_the_foundation(association):
    answer = ask("Hvem har givet penge til kortlægningen?", association)
    assert answer.answered and "Fonden for Bynatur" in answer.answer


def test_a_best_passage_that_tells_the_funding_itself_stays_first(association):
    query = _query(association, "Hvem har finansieret kortlægningen?")
    hits = search_query(association, query)
    assert hits[0].chunk.url == FUNDED_PAGE
    assert funder_first(association, query, hits) == hits


def test_a_question_about_paying_the_fee_keeps_the_order_of_its_words(association):
    query = _query(association, "Hvornår skal kontingentet være betalt?")
    hits = search_query(association, query)
    assert funder_first(association, query, hits) == hits
