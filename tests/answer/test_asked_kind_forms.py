"""The kind asked, in the less usual forms visitors put it (round thirty-six, b).

A member asks where the association's money ends up if it closes ("Hvor havner formuen …?"): the statutes
answer with what it goes to ("går foreningens formue til et formål …"), a receiver, not a named place. Where
the map data came from is a source ("Luftfotos og kortdata"), and which ministry should pay is a name the
publication never gives. Written against the fictional association's statutes (Foreningen Grønne Byer) and
its publication.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.fact_kinds import asked_types

URL = "https://groenne-byer.example/vedtaegter/"


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
