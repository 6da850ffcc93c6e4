"""A visitor asks who "sagde god for" a plan; the material says it was "vedtaget" by a council.

The idiom's verb ("sige") is not what is asked, so the sentence that happens to "sige" something
neither comes first nor is cited; the sentence about the plan with its approver is.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.verb_idioms import idiom_verb_terms
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://havelauget.example/plan/"
# An allotment society of our own, written for these tests; every name and figure is invented.
PLAN = Document(url=URL, title="Havelaugets plan 2030", sections=(
    Section(heading="Sammendrag", anchor="sammendrag",
            text="Havelauget har talt alle bede i kolonien. "
                 "Desuden siger 7 ud af 10 havelejere, at de ønsker flere frugttræer ved stierne. "
                 "Planen blev vedtaget af laugets repræsentantskab den 3. april 2024."),
    Section(heading="Kompost", anchor="kompost",
            text="Hver have skal have en kompostbeholder. Kommunen henter haveaffald hver anden uge."),
))


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("havelauget"), [PLAN])


@pytest.mark.parametrize("question", ["Hvem har sagt god for planen?", "Hvem sagde ja til planen?"])
def test_who_approved_the_plan_gets_the_sentence_with_the_approver(plan, question):
    answer = ask(question, plan)
    assert answer.answered, answer.answer
    assert "repræsentantskab" in answer.answer, answer.answer
    assert "havelejere" not in answer.answer, answer.answer


def test_when_the_plan_was_approved_gets_the_date(plan):
    answer = ask("Hvornår sagde lauget god for planen?", plan)
    assert answer.answered, answer.answer
    assert "3. april 2024" in answer.answer and "havelejere" not in answer.answer, answer.answer


def test_the_idiom_is_its_verb_a_common_word_the_material_lacks_and_for_or_til(plan):
    terms = plan.analyzer.query_terms
    assert idiom_verb_terms(plan, "Hvem har sagt god for planen?") == frozenset(terms("sagt"))
    assert idiom_verb_terms(plan, "Hvem skal sige ja til kompostbeholderen?") == frozenset(terms("sige"))


@pytest.mark.parametrize("question", [
    # An object the material has, or a rarer noun, is no idiom's complement.
    "Hvad siger planen om kompost til haverne?",
    "Hvad hedder formanden for lauget?",
    "Hvem har givet penge til kompostbeholderne?",
    # "for at" opens a purpose: the verb is what is asked.
    "Hvor mange skal stemme ja for at ændre planen?",
    # The words of two sentences are no idiom: "… henter haveaffald? Tak for hjælpen".
    "Hvor tit bliver haveaffald hentet? Tak for hjælpen",
])
def test_a_verb_with_an_object_a_purpose_or_a_sentence_end_is_read_as_it_is(plan, question):
    assert idiom_verb_terms(plan, question) == frozenset()
