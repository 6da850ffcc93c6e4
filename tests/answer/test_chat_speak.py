"""English typed as a chat: texting spellings are written out, fillers taken out, Danish words kept."""
from __future__ import annotations

import pytest

from assistant.answer.chat_speak import written_out
from assistant.answer.conversation import ask
from assistant.answer.wrappers import unwrap


@pytest.mark.parametrize("message, meant", [
    ("wat r u working on?", "what are you working on?"),
    ("whats ur address", "what's your address"),
    ("im curious how much it costs", "I'm curious how much it costs"),
    ("i wanna know who is in charge", "i want to know who is in charge"),
    ("is there a fee in ur club", "is there a fee in your club"),
])
def test_texting_spellings_are_written_out(message, meant):
    assert written_out(message) == meant


@pytest.mark.parametrize("message, meant", [
    ("um, who signs for the club?", "who signs for the club?"),
    ("ok so when is the meeting", "when is the meeting"),
    ("hey so like, when is the meeting lol", "when is the meeting"),
    ("who decides that tbh", "who decides that"),
])
def test_chat_fillers_are_taken_out(message, meant):
    assert written_out(message) == meant


@pytest.mark.parametrize("message", [
    "Hvad koster et ur til bestyrelsen?",      # "ur", the clock, in Danish
    "Hvor mange u-lande støtter I?",           # "u" inside a word
    "So basically, who paid?",                 # "so" alone opens the hedges' own phrase
    "Hvad betyder UM i jeres rapport?",         # capital letters: a name, not a sound
])
def test_danish_words_and_other_phrases_are_left_as_they_are(message):
    assert written_out(message) == message


def test_a_chatty_english_question_about_parties_finds_the_partys_stance(bundled_index):
    message = "hey so like, whats ur stance on political parties tbh? r u tied to one?"
    assert unwrap(message) == "what's political parties? are you tied to one?"  # the stance asked (_OPINION)
    answer = ask(message, bundled_index)
    assert answer.answered and "partipolitisk uafhængig" in answer.answer
