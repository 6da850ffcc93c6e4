"""A visitor asks "What month was the report published?" and "What time of year did they get a new
name?". "What year …?" already asked when without searching "år"; "month" was still searched as
"måned", "time of year" as "gang" and "år" – words the answers ("Udgivet af Foreningen Grønne Byer,
Vejle, marts 2025", "i slutningen af 2018 ændrede navn") do not hold. The report's month was declined,
and "What month is the fee collected?" quoted § 5, stk. 4 ("mere end tre måneder") instead of stk. 3's
"opkræves i januar".

A calendar noun after "what/which" opening the question (year, month, season, "time of year") names the
kind of answer, a time, and is not searched; a date or a day is (a day of the month is asked for).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.reading import read_question
from assistant.language.english_question_phrases import kind_nouns

PUBLICATION = "https://groenne-byer.example/anbefalinger-2025.pdf"
STATUTES = "https://groenne-byer.example/vedtaegter/"


def test_what_month_the_report_came_out_is_answered_with_its_month(association):
    question = "What month was the report published?"
    assert "måneds" not in read_question(association, question).text.split()
    answer = ask(question, association)
    assert answer.answered and answer.answer.startswith("From ")
    assert answer.citations[0].url == f"{PUBLICATION}#page=1"
    assert "marts 2025" in answer.answer


def test_what_month_the_fee_is_collected_quotes_the_month(association):
    answer = ask("What month is the fee collected?", association)
    assert answer.answered
    assert "opkræves i januar" in answer.answer
    assert "tre måneder" not in answer.answer


def test_what_time_of_year_they_were_renamed_is_answered(bundled_index):
    answer = ask("What time of year did they get a new name?", bundled_index)
    assert answer.answered
    assert "slutningen af 2018" in answer.answer


@pytest.mark.parametrize("question, nouns", [
    ("What time of year did they start?", {"time", "year"}),
    ("what time of the year is the meeting?", {"time", "year"}),
    ("On what date will the first account be published?", set()),  # a day asked: "dato" is searched
    ("Which month must the fee be paid by?", {"month"}),
    ("How much time does it take?", set()),          # not a "what/which" phrase
    ("How much is the fee each month?", set()),       # "each month" is searched
])
def test_only_the_opening_calendar_noun_names_the_kind(question, nouns):
    assert kind_nouns(question) == nouns
