"""Round forty-one: "bortset fra X" sets X aside; it asks about no thing of its own.

A visitor asks "Bortset fra kommunerne, hvem var ellers med til at starte det hele i 2014?". "Bortset"
is a rare word that stands where a noun would, so the reading of the question's asked things took it
for a thing asked about, found it nowhere in the material and declined. It is half of a complex
preposition, whose other half ("fra") is grammar: the thing set aside follows it, and what else there
is stands beside it in the material. (English "apart from" is read as before: read as grammar, it let
"What do you guys do apart from writing analyses?" be answered from the association's material.)
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_thing import asked_things
from assistant.answer.compose import ask


@pytest.mark.parametrize(("question", "things"), [
    ("Bortset fra formanden, hvilke poster har bestyrelsen ellers?", ["formanden", "bestyrelsen"]),
    ("Bortset fra banken, hvem stod ellers bag starten?", ["banken", "starten"]),
])
def test_bortset_fra_is_read_as_grammar_and_the_thing_set_aside_as_a_thing(question, things):
    assert asked_things(question) == things


def test_a_word_bortset_outside_the_frame_is_still_read():
    # Without "fra" after it, the word is no preposition's part: the reading is left as it was.
    assert "bortset" in asked_things("Hvad betyder bortset i vedtægterne?")


@pytest.mark.parametrize(("question", "fact"), [
    ("Bortset fra kommunerne, hvem var så ellers med, da det hele gik i gang i 2014?", "Danske Andelskassers Bank"),
    ("Bortset fra landet og de mellemstore byer, hvor ligger den eksport ellers, der erstatter import?",
     "verdenshavene"),
])
def test_a_visitor_setting_a_thing_aside_on_the_om_page_is_answered(bundled_index, question, fact):
    # A decline never holds the fact: the fact in the text is the answer told.
    assert fact in ask(question, bundled_index).answer


def test_a_member_setting_the_chair_aside_is_told_the_other_posts(association):
    answer = ask("Bortset fra formanden, hvilke andre poster fordeler bestyrelsen selv?", association)
    assert answer.answered and "kasserer" in answer.answer, answer.answer


def test_setting_a_thing_aside_does_not_make_a_missing_figure_answered(bundled_index):
    # The frame is grammar, but a sum the material never gives is still declined.
    assert not ask("Bortset fra banken, hvor mange penge skød stifterne i projektet?", bundled_index).answered
