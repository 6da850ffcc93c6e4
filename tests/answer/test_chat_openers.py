"""A visitor wraps a question in chat: a softened "ved du", "hi again", "thx!", a closing "we're just
asking", or a remark without its subject after the question. What is asked stays, the rest goes."""
from __future__ import annotations

import pytest

from assistant.answer.message_clauses import split_context
from assistant.answer.wrappers import unwrap


@pytest.mark.parametrize(("message", "asked"), [
    ("Ved du måske, om en virksomhed får flere stemmer end en person?",
     "om en virksomhed får flere stemmer end en person?"),
    ("Ved I tilfældigvis, hvem der stod bag initiativet?", "hvem der stod bag initiativet?"),
    ("Ved du mon, hvornår kontingentet opkræves?", "hvornår kontingentet opkræves?"),
])
def test_asking_whether_the_assistant_knows_with_a_softening_adverb_is_taken_off(message, asked):
    assert unwrap(message) == asked


def test_the_same_verb_with_its_object_stays():
    # "ved du måske noget om …" asks for a thing, not whether a clause holds: nothing to take off.
    assert unwrap("Ved du måske noget om kontingentet?") == "Ved du måske noget om kontingentet?"


@pytest.mark.parametrize(("message", "asked"), [
    ("Hi again! Does the association pay for members' travel?", "Does the association pay for members' travel?"),
    ("thx! what did you rebel against in 2014?", "what did you rebel against in 2014?"),
    ("Thanx, and who backed the initiative?", "who backed the initiative?"),
    ("How can the association be dissolved? We're just asking.", "How can the association be dissolved?"),
])
def test_an_english_greeting_thanks_or_closing_of_chat_is_no_part_of_the_question(message, asked):
    assert split_context(unwrap(message)) == ("", asked)


@pytest.mark.parametrize(("message", "scene", "asked"), [
    ("hej, hvad hedder revisoren? skal bruge navnet til en ansøgning",
     "skal bruge navnet til en ansøgning", "hvad hedder revisoren?"),
    ("Hvad koster det for studerende? har ikke betalt endnu", "har ikke betalt endnu",
     "Hvad koster det for studerende?"),
])
def test_a_remark_without_its_subject_after_the_question_sets_the_scene(message, scene, asked):
    assert split_context(unwrap(message)) == (scene, asked)


@pytest.mark.parametrize("message", [
    "Hvad koster det? Kan jeg betale senere",
    "Er alle velkomne? Er foreningen stor",
])
def test_a_second_question_put_without_its_mark_is_still_a_question(message):
    # Verb first with its subject after it is a question, mark or no mark: the message asks two.
    assert split_context(unwrap(message)) == ("", message)
