"""A visitor asks who holds a post as an indirect question; the statutes name the post but nobody in it.

"Ved du, hvad kassereren hedder?" and "Kan du sige mig, hvem næstformanden er?" ask what "Hvad hedder
kassereren?" and "Hvem er næstformanden?" ask, in subordinate word order (the verb last). Read in that
order they asked for no name, and § 1's "Foreningens navn er Foreningen Grønne Byer" or § 6's list of the
board's posts answered them. Written against the fictional association's statutes (Foreningen Grønne
Byer) and a fictional board page.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.fact_kinds import asked_types
from assistant.answer.indirect_question import direct_order
from tests.answer.test_gate_role import with_board  # noqa: F401  (the statutes beside a page naming the board)


@pytest.mark.parametrize("question, name", [
    ("Ved du, hvad kassereren hedder?", None),
    ("ved du hvem kassereren er", None),
    ("Ved du, hvem der er kasserer i foreningen?", "Jens Bak"),
    ("Kan du sige mig, hvem bestyrelsens formand er?", "Karen Holm"),
])
def test_an_indirect_question_for_an_officer_is_declined_by_the_statutes_and_answered_by_a_page_naming_them(
        statutes, with_board, question, name):  # noqa: F811
    # The statutes name the posts, never who holds them; the board page names the chairman and the treasurer.
    assert not ask(question, statutes).answered
    if name:
        answer = ask(question, with_board)
        assert answer.answered and name in answer.answer


@pytest.mark.parametrize("question, direct", [
    ("Ved du, hvad kassereren hedder?", "hvad hedder kassereren?"),
    ("Må jeg spørge, hvad formanden for Balance Danmark hedder?", "hvad hedder formanden for Balance Danmark?"),
    ("Jeg vil gerne vide, hvem der er næstformand?", "hvem er næstformand?"),
    ("Do you know who the treasurer is?", "who is the treasurer?"),
])
def test_an_indirect_question_is_read_in_main_clause_order(question, direct):
    assert direct_order(question) == direct


@pytest.mark.parametrize("question", [
    "Hvem er formanden?",                          # already in main-clause order
    "Hvad hedder kassereren?",
    "Ved du, hvad det betyder, at man er?",        # the "subject" is a clause of its own
    "Hvor mange medlemmer har foreningen?",
])
def test_a_direct_question_or_a_clause_that_is_no_noun_phrase_is_left_as_it_is(question):
    assert direct_order(question) == question


def test_the_kind_asked_is_a_name_of_the_role_as_in_the_direct_question():
    asked = asked_types("Ved du, hvad kassereren hedder?")
    assert asked.person and asked.role == asked_types("Hvad hedder kassereren?").role
