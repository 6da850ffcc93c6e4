"""A visitor asks how many or how much for one year or one town; the material gives the figure for another.

"Hvor mange lommeparker er der anlagt i Vejle?" was answered with the members' 62 pocket parks in all
towns, "Hvor mange bytræer blev der fældet i løbet af 2024?" with the tree plan's 100.000 trees by 2030:
a figure of the thing asked about, for another place or time. An amount question that names a year or a
place after its question word is answered only where the answering sentences name them too. Written
against the fictional association's publication (Foreningen Grønne Byer, tests/data/publication/).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_scope import SCOPE_GATE, asked_scope

TITLE = "Anbefalinger 2025: Grønnere byer for alle"


@pytest.mark.parametrize("question", [
    "Hvor mange lommeparker har medlemmerne lavet i Vejle?",
    "How many members answered the questionnaire in 2021?",
    "Jeg bor i Sønderborg. Hvor meget grønt areal er der tilbage i min by?",
    "hvor mange lommeparker blev der anlagt sidste aar",
])
def test_a_figure_for_another_town_or_year_is_declined(publication_index, question):
    trace = DecisionTrace()
    answer = ask(question, publication_index, trace=trace)
    assert not answer.answered, answer.answer
    assert any(SCOPE_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvor stor en del af byzonen var grøn i 2014?", "31"),
    ("Hvor mange lommeparker har medlemmerne anlagt?", "62 lommeparker"),   # no year or town: not checked
])
def test_a_figure_the_publication_gives_for_that_year_is_still_answered(publication_index, question, fact):
    answer = ask(question, publication_index)
    assert answer.answered, question
    assert fact in answer.answer


@pytest.mark.parametrize(("question", "scope"), [
    ("Hvor mange lommeparker ligger i Vejle?", ["vejle"]),
    ("How many trees were felled in 2020?", ["2020"]),
    # The asker's own town, before the question word, is no scope of the question.
    ("Jeg bor i Sønderborg. Hvor mange træer skal der plantes?", []),
    # ... unless the question points at it as the asker's own town.
    ("Jeg bor i Sønderborg. Hvor mange træer er der plantet i min by?", ["soenderborg"]),
    # A year said relative to now is a scope of its own.
    ("Hvor mange lommeparker blev der lavet sidste år?", ["relative year"]),
    ("Hvor meget koster det at være medlem i år?", []),  # this year: the present, which the material says
    # The document's own name is the whole, not a place.
    ("Hvor mange medlemmer er der i Grønnere byer?", []),
    ("Hvornår blev der plantet træer i Vejle?", []),     # no amount asked
])
def test_the_year_and_place_are_read_after_the_question_word(question, scope):
    assert asked_scope(question, TITLE) == scope


@pytest.mark.parametrize(("question", "scope"), [
    ("hvor mange lommeparker ligger i vejle", ["vejle"]),    # the material writes it only as a name
    ("hvor mange lommeparker ligger i aarhus", []),          # a word the material lacks may be a slip
    ("hvor mange medlemmer er i bestyrelsen", []),            # a common noun in lower case
])
def test_a_town_typed_in_lower_case_is_read_where_the_material_names_it(question, scope):
    assert asked_scope(question, TITLE, frozenset(("vejle",))) == scope


def test_a_count_for_the_town_typed_in_lower_case_is_declined(publication_index):
    trace = DecisionTrace()
    answer = ask("hvor mange lommeparker har medlemmerne anlagt i vejle", publication_index, trace=trace)
    assert not answer.answered, answer.answer
    assert any(SCOPE_GATE in failed for failed in trace.gates_failed)
