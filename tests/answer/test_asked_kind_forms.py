"""The kind asked, in the less usual forms visitors put it (round thirty-six, b).

A member asks where the association's money ends up if it closes ("Hvor havner formuen …?"): the statutes
answer with what it goes to ("går foreningens formue til et formål …"), a receiver, not a named place. A
visitor who says something about herself first ("Jeg bor i Kolding. Hvor bliver generalforsamlingen
holdt?") still asks where, and the statutes still name no place for the meeting. "Hvor mange år har I
været i gang?" counts the years up to now: a length of time the founding year tells, not a count.
Written against the fictional association's statutes (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.fact_kinds import asked_types
from assistant.answer.time_span import SO_FAR
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

URL = "https://groenne-byer.example/vedtaegter/"


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"), [html_document(STATUTES_HTML, URL)])


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    """The statutes with the association's publication beside them, as one deployment serves both."""
    return build_index(tmp_path_factory.mktemp("forening"), [html_document(STATUTES_HTML, URL),
                                                             publication_document()])


@pytest.mark.parametrize("question", [
    "Hvor havner formuen, hvis I lukker foreningen?",
    "Hvor ender pengene, hvis foreningen bliver nedlagt?",
    "Hvor bliver pengene af, hvis foreningen lukker?",
])
def test_where_the_money_ends_up_is_answered_with_what_the_statutes_give_it_to(statutes, question):
    # A verb of ending up asks where to, as "hvor … hen?" does: no place name is needed.
    assert asked_types(question).place is False
    answer = ask(question, statutes)
    assert answer.answered and "natur i byerne" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Jeg bor i Kolding. Hvor bliver generalforsamlingen holdt?",
    "Vi er nye i foreningen! Hvor holdes generalforsamlingen?",
])
def test_a_place_asked_after_a_sentence_about_the_asker_is_still_a_place_and_declined(statutes, question):
    # § 7 says when and how the meeting is called, never where it is held.
    assert asked_types(question).place is True
    assert not ask(question, statutes).answered


@pytest.mark.parametrize("question", [
    "Hvor mange år har I efterhånden været i gang?",
    "For how many years have you been around?",
])
def test_years_counted_up_to_now_ask_a_length_of_time_not_a_count(question):
    asks = asked_types(question)
    assert asks.time and not asks.quantity and asks.time_kind == SO_FAR


def test_years_of_a_term_of_office_are_still_counted(statutes):
    asks = asked_types("Hvor mange år bliver bestyrelsen valgt for?")
    assert asks.quantity and not asks.time
    answer = ask("Hvor mange år bliver bestyrelsen valgt for?", statutes)
    assert answer.answered and "to år" in answer.answer


@pytest.mark.parametrize("question", [
    "Where did the map data come from?",
    "Hvor skal pengene til de grønne skolegårde komme fra?",
    "Jeg er lidt skeptisk. Hvor kom pengene til kortlægningen fra?",
])
def test_where_something_comes_from_asks_a_source_not_a_named_place(question):
    assert asked_types(question).place is False


def test_where_the_map_data_came_from_is_answered_with_the_publication_s_sources(association):
    # "Luftfotos og kortdata over de 24 byer": a source, not a place name.
    answer = ask("Where did the map data come from?", association)
    assert answer.answered and "kortdata" in answer.answer, answer.answer


def test_where_the_money_for_green_schoolyards_comes_from_is_answered_with_the_parliament(association):
    answer = ask("Hvor skal pengene til de grønne skolegårde komme fra?", association)
    assert answer.answered and "Folketinget" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Which ministry should pay for the tree plan?",
    "Hvilket ministerium skal betale for træplanen?",
])
def test_which_ministry_is_declined_where_the_material_names_none(association, question):
    # A ministry is named ("Miljøministeriet"); the publication says only "Staten og kommunerne".
    # WordNet's commonest "ministry" is the clergy, which names no member; the department does.
    assert not ask(question, association).answered


def test_which_foundation_paid_is_still_answered_by_the_name_the_publication_gives(association):
    answer = ask("Which foundation paid for the mapping?", association)
    assert answer.answered and "Fonden for Bynatur" in answer.answer
