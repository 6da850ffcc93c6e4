"""The fact beside the words: of the stk. that hold a member's question alike, the one that holds
what was asked is quoted first.

A member asks by which date the membership fee must be paid; the stk. of the amounts names the fee and
the members ("250 kr. om året"), but a date is a day of the calendar, which only the stk. that sets the
deadline gives ("senest 1. marts"). A member types "foer" for "før": the small word still tells which of
the tied stk. is put the way the question is. A member asks how to sign up ("melde sig ind"): the stk.
that writes the question's own verb ("Indmeldelse sker …") answers, not the one that only has the
thesaurus' stand-in ("Som medlem kan optages …").
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_kinds import states_date, time_test


@pytest.mark.parametrize("question", [
    "By which date must the membership fee be paid?",
    "Hvilken dato skal medlemskabet senest være betalt?",
])
def test_a_date_asked_is_answered_by_the_stk_that_gives_a_day_of_the_calendar(association, question):
    answer = ask(question, association)
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("5", "3"), answer.answer
    assert "1. marts" in answer.answer


def test_a_date_is_a_day_of_a_month_or_a_period_of_the_calendar_not_any_time():
    test = time_test("Hvilken dato skal kontingentet være betalt?")
    assert test is states_date
    assert test("Kontingentet skal være betalt senest 1. marts.")
    assert test("Foreningens regnskabsår følger kalenderåret.")
    assert not test("Kontingentet er 250 kr. om året for personlige medlemmer.")
    # "Hvornår …?" asks any time, which a yearly amount tells.
    assert time_test("Hvornår skal kontingentet betales?") is not states_date


def test_a_small_word_typed_without_danish_letters_still_tells_the_tied_stk_apart(association):
    # § 10: stk. 1 (the financial year) and stk. 3 (the accounts sent a week before the meeting) hold
    # the question's words alike; "foer" is the "før" of stk. 3.
    answer = ask("hvornaar kan vi se regnskabet foer aarsmoedet", association)
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("10", "3"), answer.answer
    assert "en uge før" in answer.answer


def test_the_stk_that_writes_the_question_s_own_verb_answers_how_to_sign_up(association):
    answer = ask("Hvordan melder jeg mig ind i jeres forening?", association)
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("3", "2"), answer.answer
    assert "hjemmeside" in answer.answer
