"""A time of year asked is quoted from the sentence that gives one.

A member asks when in the year the membership fee is collected. § 5 holds the fee three times: stk. 1
sets it "for et år ad gangen", stk. 2 gives the amounts "om året", stk. 3 says it is collected "i januar".
A year is a time, but no time of year: only stk. 3 answers, and it is quoted first, as the time gate
already reads the passage.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_kinds import time_test


@pytest.mark.parametrize("question", [
    "what time of year is the fee collected",
    "Which time of the year are fees collected?",
])
def test_a_time_of_year_is_quoted_from_the_stk_that_names_the_month(association, question):
    answer = ask(question, association)
    assert answer.citations, answer.answer
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("5", "3"), answer.answer
    assert "i januar" in answer.answer.split("[1]")[0]


def test_a_year_or_a_yearly_amount_tells_no_time_of_year():
    test = time_test("Hvornår på året opkræves kontingentet?")
    assert test("Kontingentet opkræves i januar og skal være betalt senest 1. marts.")
    assert not test("Kontingentet fastsættes af den ordinære generalforsamling for et år ad gangen.")
    assert not test("Kontingentet er 250 kr. om året for personlige medlemmer.")
    # "Hvornår …?" asks any time, which a term of a year tells.
    assert time_test("Hvornår fastsættes kontingentet?")("Kontingentet fastsættes for et år ad gangen.")
