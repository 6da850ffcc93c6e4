"""A member asks "hvor mange kroner …?", "hvor mange uger …?" or "hvor mange procent …?": the noun after
"hvor mange" is the unit of the amount asked, not a thing the answer must name, and the answer gives it in
another form ("1.000 kr.", "tre måneder", "en tiendedel").

Searched as a word of its own, the unit found the passages that use it for something else: "kroner" the
publication's 1,2 milliarder kroner over § 5's "kr.", "uger" the §§ with "tre ugers varsel" and "fire uger"
over § 5's "tre måneder". It is now searched no more than "hvilket år" is. "år" and "dage" are still
searched: the answers write them too ("for to år ad gangen", "14 dage før"), and without them three sets lost
an answer (docs/benchmarks.md, runde otteogtredive).
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_measure import deadline_terms
from assistant.answer.compose import ask


def test_a_visitor_asking_a_share_in_vejle_is_declined_rather_than_told_the_overall_figure(association):
    answer = ask("Min svigermor bor i Vejle. Hvor mange procent grønt areal har Vejle?", association)
    assert not answer.answered


@pytest.mark.parametrize(("question", "unit"), [
    ("Hvor mange kroner skal vi betale om året?", "kroner"),
    ("hvor mange uger kan man undlade at betale", "uger"),
    ("How many weeks notice do members get?", "weeks"),
    ("Hvor mange procent af træerne er erstattet?", "procent"),
])
def test_the_unit_after_hvor_mange_is_not_searched(statutes, question, unit):
    assert set(statutes.analyzer.query_terms(unit)) <= deadline_terms(statutes.analyzer, question)


@pytest.mark.parametrize("question", [
    "Hvor mange medlemmer har foreningen?",            # a thing counted
    "Hvor mange år sidder bestyrelsen?",                # a unit the answer writes too
    "Hvor mange dage før mødet skal forslag være inde?",
])
def test_a_counted_thing_or_a_unit_the_answers_write_is_still_searched(statutes, question):
    assert not deadline_terms(statutes.analyzer, question)
