"""A member asks the association in English: "By when does the yearly meeting have to take place?",
"by when must the annual meeting be held?", "How early do I have to hand in a proposal for the AGM?".
The statutes say "Ordinær generalforsamling afholdes hvert år inden udgangen af april" and "Forslag
… skal være indsendt til bestyrelsen senest 14 dage før". Word by word "take place" was "tage" and
"stede", "held" the dictionary's "holde" and "hand in" "hånd", none of them the statutes' words.

Another asks "Is there a family discount on the fee?": the noun after "is there" is the thing asked
about, and "discount" was read as a verb after the subject "a family", so nothing the statutes lack
was asked, and § 5 on the fee answered.

A third asks for "an extraordinary assembly": the Danish dictionary's "assembly" is "montage", which
no word of the statutes holds, so the question was declined; the Norwegian dictionary's "forsamling"
ends "generalforsamling" (english_fallback), and the search finds a compound's head.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.asked_thing_english import english_asked_things
from assistant.answer.reading import read_question
from assistant.language import wordnet
from tests.support.language import require_debian_file

STATUTES = "https://groenne-byer.example/vedtaegter/"


@pytest.fixture
def with_wordnet():
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")


@pytest.mark.parametrize("question", [
    "By when does the yearly meeting have to take place?",
    "sorry to bother you - by when must the annual meeting be held?",
])
def test_a_meeting_that_takes_place_or_is_held_is_the_statutes_afholdes(association, question):
    assert "afholdes" in read_question(association, question).text.split()
    answer = ask(question, association)
    assert answer.answered and answer.answer.startswith("From ")  # answered in English
    assert "inden udgangen af april" in answer.answer


def test_a_proposal_handed_in_is_one_sent_in(association):
    question = "How early do I have to hand in a proposal for the AGM?"
    assert "hånd" not in read_question(association, question).text
    answer = ask(question, association)
    assert answer.answered
    assert "14 dage før" in answer.answer


def test_take_place_on_a_material_without_afholdes_is_not_tage_and_sted(publication_index, with_wordnet):
    reading = read_question(publication_index, "When did the handover take place?").text.split()
    assert "tage" not in reading and "sted" not in reading and "stede" not in reading


@pytest.mark.parametrize("question, thing", [
    ("Is there a family discount on the fee?", "discount"),
    ("hey, is there a cheaper rate for pensioners?", "rate"),
    ("Are there any local branches?", "branches"),
])
def test_the_noun_after_is_there_is_the_thing_asked(with_wordnet, question, thing):
    assert thing in english_asked_things(question)


def test_a_rate_the_statutes_do_not_give_is_declined_in_english(association, with_wordnet):
    answer = ask("hey, is there a cheaper rate for pensioners?", association)
    assert not answer.answered
    assert answer.answer.startswith("Sorry")


@pytest.mark.parametrize("question, fact", [
    ("What fraction of the membership is needed to force an extraordinary assembly?", "fjerdedel"),
    ("Once it's been demanded, what's the deadline for holding the extraordinary assembly?", "fire uger"),
])
def test_an_extraordinary_assembly_is_the_statutes_ekstraordinaer_generalforsamling(association, with_wordnet,
                                                                                    question, fact):
    answer = ask(question, association)
    assert answer.answered and fact in answer.answer
