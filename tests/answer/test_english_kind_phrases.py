"""A visitor asks "When in the year are the fees collected?", "Between which months did they collect their
sources?", "How come they want the whole country in better balance?" and "hw often do they hold the agm".

"year" after "When in the" was searched as "år" and quoted § 5, stk. 1 ("for et år ad gangen") instead of
stk. 3's "opkræves i januar"; "months" after "Between which" was searched as "måneds"; "come" after "How"
as "komme"; "agm" was no word of any dictionary, and "collect" reached only FreeDict's "samle", which is
neither the publication's "indsamlet" (data) nor the statutes' "opkræves" (the fee). The opening phrase's
words name the kind asked (a time, a reason) and are not searched; "AGM" is the general meeting, and
"collect" the material's "indsamle" or "opkræve" (glossary_en_da.tsv).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.reading import read_question
from assistant.language.english_question_phrases import kind_nouns

PUBLICATION = "https://groenne-byer.example/anbefalinger-2025.pdf"


def test_when_in_the_year_the_fee_is_collected_quotes_the_month(association):
    question = "When in the year are the fees collected?"
    assert "år" not in read_question(association, question).text.split()
    answer = ask(question, association)
    assert answer.answered
    assert "opkræves i januar" in answer.answer
    assert "for et år ad gangen" not in answer.answer


def test_between_which_months_the_sources_were_collected_is_answered(association):
    answer = ask("Between which months did they collect their sources?", association)
    assert answer.answered
    assert answer.citations[0].url == f"{PUBLICATION}#page=2"
    assert "september 2024 og januar 2025" in answer.answer


def test_how_come_is_asked_as_why_without_searching_come(bundled_index):
    question = "How come they want the whole country in better balance?"
    assert "komme" not in read_question(bundled_index, question).text.split()
    answer = ask(question, bundled_index)
    assert answer.answered and "fordi" in answer.answer


def test_how_often_the_agm_is_held_is_answered_from_the_general_meeting(association):
    question = "hw often do they hold the agm"
    assert "generalforsamling" in read_question(association, question).text.split()
    answer = ask(question, association)
    assert answer.answered
    assert "afholdes hvert år" in answer.answer


@pytest.mark.parametrize("question, words", [
    ("When in the year did the report come out?", {"year"}),
    ("when in year is the fee due", {"year"}),
    ("Between which months did they collect their sources?", {"months"}),
    ("By which month must the fee be paid?", {"month"}),
    ("What part of the year is the meeting held?", {"part", "year"}),
    ("How come they changed their name?", {"come"}),
    ("When did the group come in?", set()),                   # no opening phrase: "come in" is searched
    ("Which months are busiest, and why?", set()),         # a plural only after "between", "during" …
    ("What years do the maps of the towns cover?", set()),
    ("How much is the fee each year?", set()),                # "each year" is searched
    ("Why did it come to this?", set()),
])
def test_the_opening_phrases_kind_words_are_not_searched(question, words):
    assert kind_nouns(question) == words
