"""A question asked inside a frame ("Ved du tilfældigvis, hvornår …?") is read without the frame."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.reading import read_question
from assistant.answer.wrapper_frames import frame_split


@pytest.mark.parametrize("message, english, frame, question", [
    ("Ved du tilfældigvis, hvornår blev foreningen stiftet?", False,
     "Ved du tilfældigvis", "hvornår blev foreningen stiftet?"),
    ("Jeg kunne godt tænke mig at vide, hvor mange medlemmer I har", False,
     "Jeg kunne godt tænke mig at vide", "hvor mange medlemmer I har"),
    ("Har du nogen idé om, hvem der betaler?", False, "Har du nogen idé om", "hvem der betaler?"),
    ("Would you be able to tell me when the association was founded?", True,
     "Would you be able to tell me", "when the association was founded?"),
    ("Do you by any chance know, who checks the accounts?", True,
     "Do you by any chance know", "who checks the accounts?"),
])
def test_a_main_clause_speaking_to_the_assistant_before_an_embedded_question_is_its_frame(
        message, english, frame, question):
    assert frame_split(message, english) == (frame, question)


@pytest.mark.parametrize("message, english", [
    ("Hvem ved, hvornår generalforsamlingen er?", False),        # the clause is itself a question
    ("Kan jeg stemme, hvis jeg ikke har betalt?", False),         # a condition, no embedded question
    ("Can I vote if I have not paid?", True),
    ("Har bestyrelsen besluttet, hvornår mødet er?", False),      # speaks of neither asker nor assistant
    ("Jeg har lige hørt om jer i radioen", False),                # "om" without a comma is "about"
    ("Vi er en lille forening med to ansatte og tre frivillige i bestyrelsen, og vi undrer os, hvem der "
     "bestemmer", False),                                          # too long to only ask
])
def test_a_question_or_statement_that_only_looks_like_one_has_no_frame(message, english):
    assert frame_split(message, english) is None


def test_a_danish_frame_is_not_searched_and_the_question_is_answered(bundled_index):
    # Embedded word order (the subject before the verb): no scene for the reading to split off.
    question = "Ved du tilfældigvis, hvornår Balance Danmark blev stiftet?"
    assert read_question(bundled_index, question).text == "hvornår Balance Danmark blev stiftet?"
    assert "2014" in ask(question, bundled_index).answer


def test_an_english_frame_is_not_searched(bundled_index):
    reading = read_question(bundled_index, "Would you be able to tell me when Balance Danmark was founded?")
    assert reading.english and "kunne" not in reading.text.split()


def test_a_frame_holding_a_word_the_material_uses_is_part_of_the_question(statutes):
    # "bestyrelsen" is the statutes' word: who decides is asked of the board itself.
    reading = read_question(statutes, "Kan vi i bestyrelsen selv bestemme, hvem der bliver formand?")
    assert "bestyrelsen" in reading.text


def test_an_english_role_asked_inside_a_frame_is_weighed_as_the_plain_question(statutes):
    # The statutes name no chairman: the role gate reads the question without its frame and greeting.
    for question in ("Who is the chairman of the board right now?",
                     "Hi! Do you know who is the chairman of the board right now? Thanks"):
        assert not ask(question, statutes).answered, question


def test_a_preposition_before_the_question_word_is_no_frame():
    # "i" is also the pronoun "I" typed in small letters; alone it is the preposition.
    assert frame_split("i hvilke byer ligger de?", False) is None
