"""A visitor types an English question fast and loses a letter of its question word: "hw much will the
tree plan cost?", "whn did they start?", "wher is the club based?". The short-slip reading only knew two
letters swapped ("waht"), so "hw" stayed a word of its own: it was searched as a word the material lacks,
and "how much" (an amount) was not read. "hw much will the tree plan cost?" quoted page 4's plan (the
trees, not the cost) instead of page 6's "450 millioner".

A question word is one of a closed class: a short word that is hardly English or Danish and that a letter
left out or two letters swapped make into exactly one question word is read as it. "hwo" ("who" or
"how") is read as "how" only before an adjective or adverb ("hwo many").
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.reading import read_question
from assistant.language.english_question_slips import question_word_slip
from assistant.language.english_spelling import with_short_slips

PUBLICATION = "https://groenne-byer.example/anbefalinger-2025.pdf"


def test_a_question_word_missing_a_letter_is_read_and_the_cost_is_answered(association):
    question = "hw much will the tree plan cost?"
    assert "hw" not in read_question(association, question).text.split()
    answer = ask(question, association)
    assert answer.answered and answer.answer.startswith("From ")  # answered in English
    assert answer.citations[0].url == f"{PUBLICATION}#page=6"
    assert "450 millioner" in answer.answer


@pytest.mark.parametrize("typed, meant", [
    ("whn did they start?", "when did they start?"),
    ("Wht is the fee?", "What is the fee?"),
    ("wher is the club based?", "where is the club based?"),
    ("wat did it cost?", "what did it cost?"),
    ("hwo many members?", "how many members?"),
    ("ok so wht counts as green?", "ok so what counts as green?"),
])
def test_a_slipped_question_word_is_written_as_meant(typed, meant):
    assert with_short_slips(typed) == meant


@pytest.mark.parametrize("typed, following", [
    ("hwo", "has"),     # "who has" or "how has": left as typed
    ("ho", "is"),       # a word of its own in English ("ho", Zipf 4.2)
    ("tho", "is"),
    ("EU", "is"),       # a name in capitals
    ("og", "the"),      # Danish "og" in a name
    ("who", "is"),      # already a question word
    ("agm", "is"),      # a letter more than one slip from any question word
    ("whos", "the"),    # "who's" without its apostrophe, not "whose"
])
def test_only_a_slip_into_one_question_word_is_read(typed, following):
    assert question_word_slip(typed, following) is None
