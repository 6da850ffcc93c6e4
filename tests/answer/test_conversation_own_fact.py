"""A member follows up on the fee or on what happens when the association closes: the answer is the
sentence that tells what the follow-up asks, in its own word or in the noun of its act."""
from __future__ import annotations

import pytest

from assistant.answer.conversation import ask
from assistant.answer.own_words import points_back


def converse(index, *questions):
    """Ask the questions in turn, each with the ones before it as history; the last answer."""
    return ask(questions[-1], index, questions[:-1])


def test_when_to_pay_after_the_fee_is_the_stk_that_says_paid_not_another_fee_sentence(statutes):
    # § 5 has three sentences on "Kontingentet"; the follow-up's own word is in stk. 3 ("betalt").
    answer = converse(statutes, "Jeg er studerende i Odense. Hvad koster det at være medlem?",
                      "og hvornår skal jeg betale?")
    assert answer.answered and answer.context_used
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("5", "3")
    assert "1. marts" in answer.answer


def test_who_decides_is_told_by_the_genitive_of_the_decision(statutes):
    # "efter den sidste generalforsamlings beslutning": the statutes say who decides with a noun.
    answer = converse(statutes, "Hvis foreningen lukker, hvad sker der så med formuen?",
                      "og hvem bestemmer det?")
    assert answer.answered and answer.context_used
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("13", "2")
    assert "generalforsamlings beslutning" in answer.answer


@pytest.mark.parametrize("question, leans", [
    # "så" after the message's own "hvis" points at that condition, not at an earlier question.
    ("Hvis foreningen lukker, hvad sker der så med formuen?", False),
    ("If the association closes, what happens then to its money?", False),
    ("hvad sker der så?", True),
    ("og hvis jeg ikke betaler, hvad sker der så?", True),
])
def test_then_after_the_messages_own_condition_does_not_point_back(question, leans):
    assert points_back(question) is leans
