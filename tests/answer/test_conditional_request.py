"""A visitor asks for an answer to pass on ("Hvis jeg skulle forklare min chef, hvad I laver, hvad
skulle jeg så sige?"): the embedded question is what is asked, not whom the visitor will tell."""
from __future__ import annotations

import pytest

from assistant.answer.conditional_request import without_conditional_request
from assistant.answer.wrappers import unwrap


@pytest.mark.parametrize("message, question", [
    # Condition, embedded question and "what should I say": the embedded question is asked.
    ("Hvis jeg skulle forklare min svoger, hvem der tegner foreningen, hvad skulle jeg så sige?",
     "hvem der tegner foreningen?"),
    ("Hvis jeg nu skulle fortælle kommunalbestyrelsen, hvornår I blev stiftet, hvad skal jeg så sige?",
     "hvornår I blev stiftet?"),
    ("Hvis nu vi skulle beskrive for vores medlemmer, hvad kontingentet går til – hvad ville I sige til dem?",
     "hvad kontingentet går til?"),
    # Typed without æ/ø/å and without a question mark.
    ("hvis jeg skulle forklare min mor hvad i arbejder med, hvad skulle jeg saa sige",
     "hvad i arbejder med?"),
    ("If I had to explain to my manager who can join, what would I say?", "who can join?"),
    ("If I were to tell my neighbours where you are based, what should I tell them?", "where you are based?"),
])
def test_the_embedded_question_is_asked_without_the_condition_and_the_closing(message, question):
    assert without_conditional_request(message) == question
    assert unwrap(message) == question


@pytest.mark.parametrize("message, question", [
    # Convincing someone that a claim holds asks why it holds.
    ("Hvis jeg skulle overbevise min onkel om, at træer køler byen, hvad skulle jeg så sige til ham?",
     "hvorfor træer køler byen?"),
    ("If I had to convince my mayor that pocket parks pay off, what would I tell him?",
     "why pocket parks pay off?"),
])
def test_a_claim_to_convince_someone_of_asks_why_it_holds(message, question):
    assert without_conditional_request(message) == question


@pytest.mark.parametrize("message", [
    # Without an embedded question the condition is the topic: "what should I say when I resign?".
    "Hvis jeg skulle melde mig ud, hvad skulle jeg så sige?",
    "Hvis jeg melder mig ud, hvad skal jeg så sige?",
    # Without the closing the condition may be the topic too ("lukke foreningen").
    "Hvis vi skulle lukke foreningen, hvad sker der så med formuen?",
    "If I had to leave, what happens to my fee?",
    # A question that only ends in a verb of saying.
    "Hvad skulle jeg så sige til generalforsamlingen?",
])
def test_messages_without_all_three_parts_are_read_as_typed(message):
    assert without_conditional_request(message) == message
