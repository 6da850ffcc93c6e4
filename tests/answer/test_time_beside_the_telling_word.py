"""A visitor asks for a date, which stands beside the sentence naming what the question is about.

"Hvilken dato sagde landsrådet ja til de otte anbefalinger?" was declined: the sentence holding most of
the question ("Vi giver otte anbefalinger til kommuner …") and its neighbours tell no day, and the date
stands two sentences on ("Anbefalingerne blev vedtaget af foreningens landsråd den 15. februar 2025"),
where the landsråd – the question's most telling word – is named. The time gate reads that sentence and
its neighbours too. Written against the fictional association's statutes and publication, indexed
together as its site serves them.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.gate_clock import telling_sentences
from assistant.answer.retrieve import TermGroup


@pytest.mark.parametrize("question", [
    "Hej! Hvilken dato sagde landsrådet ja til de otte anbefalinger? Mvh Lis",
    "Hvilken dato sagde landsrådet ja til de otte anbefalinger?",
])
def test_the_date_beside_the_sentence_naming_the_landsraad_answers(association, question):
    answer = ask(question, association)
    assert answer.answered and "15. februar 2025" in answer.answer


def test_a_day_the_publication_never_gives_is_still_declined(association):
    assert not ask("Hvilken dag i marts 2025 udkom publikationen?", association).answered


def test_the_sentences_holding_the_most_telling_word_the_passage_holds_are_read():
    found = (("Vi giver otte anbefalinger.", ("otte", "anbefal")),
             ("De vigtigste er et mål.", ("vigtig", "mål")),
             ("Anbefalingerne blev vedtaget af landsrådet den 15. februar.", ("anbefal", "vedtag", "landsråd")))
    groups = [TermGroup("anbefalinger", ("anbefal",), 1.0), TermGroup("landsrådet", ("landsråd",), 3.0),
              TermGroup("fonden", (), 5.0)]
    weights = {g.term: g.weight for g in groups}
    # "fonden" weighs most, but no sentence holds it: the landsråd's sentence is the one read.
    assert telling_sentences(found, [0], groups, weights.get) == [2]
    assert telling_sentences(found, [0], groups[:1], weights.get) == [2]
    assert telling_sentences(found, [0], [], weights.get) == []
