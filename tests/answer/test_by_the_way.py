"""A question asked "by the way" ("Hvad laver I forresten?", "…, by the way?") is read without the marker."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.wrappers import unwrap


def test_asked_by_the_way_in_danish_what_the_organisation_does_is_answered(bundled_index):
    answer = ask("Hvad laver I forresten?", bundled_index)
    assert answer.answered and "analyser" in answer.answer


def test_btw_before_a_danish_question_is_not_searched(statutes):
    answer = ask("btw, hvem vælger bestyrelsen?", statutes)
    assert answer.answered and "generalforsamlingen" in answer.answer


@pytest.mark.parametrize("message, question", [
    ("What is it you actually do, by the way?", "What is it you actually do?"),
    ("By the way, who started Balance Danmark?", "who started Balance Danmark?"),
    ("Forresten: hvem kan blive medlem?", "hvem kan blive medlem?"),
    ("Hvornår er generalforsamlingen forresten", "Hvornår er generalforsamlingen"),
])
def test_the_marker_and_the_comma_that_sets_it_off_are_taken_off(message, question):
    assert unwrap(message) == question


def test_way_as_a_word_of_the_question_stays():
    assert unwrap("Is there a way to vote by letter?") == "Is there a way to vote by letter?"
