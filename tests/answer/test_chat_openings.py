"""Chat openings of the round twenty-three set: slang greetings, announcements and apologies."""
from __future__ import annotations

import pytest

from assistant.answer.greetings import GREETINGS
from assistant.answer.small_talk import GREETINGS as SMALL_TALK_GREETINGS
from assistant.answer.wrappers import unwrap


@pytest.mark.parametrize("message, question", [
    # Slang greetings, alone before a comma or "!" (greetings.py).
    ("Yo, hvornår blev anbefalingerne godkendt?", "hvornår blev anbefalingerne godkendt?"),
    ("Halløjsa! Hvor tit vil I følge op?", "Hvor tit vil I følge op?"),
    ("Hiya, who chairs the board?", "who chairs the board?"),
    # A question announced with a describing word or two, or with what it is about.
    ("Hey there! Random question: what do you publish? Cheers", "what do you publish?"),
    ("Quick one before I forget – which movement joined you in 2017?", "which movement joined you in 2017?"),
    ("Sorry, bit of a random one: what counts as a green area?", "what counts as a green area?"),
    ("Hej hej. Lidt af et nørdet spørgsmål. Hvilke sager har I rykket på?", "Hvilke sager har I rykket på?"),
    ("Hej igen. Et spørgsmål mere om jeres historie. Hvem stod bag?", "jeres historie. Hvem stod bag?"),
    ("Hi there. I've got a question about trees. What should happen when one is cut down?",
     "trees. What should happen when one is cut down?"),
    # Apologies for asking, with the chat's own verbs, and a silly question without its article.
    ("Sorry to bug you – who checks the accounts?", "who checks the accounts?"),
    ("Dumb question maybe, but where is most of the export made?", "where is most of the export made?"),
    # The organisation's opinion asked inside an English question.
    ("How much money do you think the whole plan will cost?", "How much money the whole plan will cost?"),
])
def test_the_chats_openings_are_taken_off(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message", [
    "Hvilket spørgsmål: hvem er formand?",     # a question word is never an announcement's describing word
    "Morgen, hvem er formand?",                # a noun greeting only as a word of its own: kept as it is
    "Hvornår er der generalforsamling i morgen?",
])
def test_words_that_only_look_like_openings_stay(message):
    assert unwrap(message) == message


def test_small_talk_and_the_wrappers_greet_with_the_same_words():
    assert SMALL_TALK_GREETINGS is GREETINGS and {"yo", "halløjsa", "hejsa"} <= GREETINGS
