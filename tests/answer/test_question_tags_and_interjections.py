"""Chat around a question that says nothing of its topic: a question tag after it ("…, eller hvad?",
"…, right?"), an apology for an obvious question before it, and an interjection of taking in the
answer before a follow-up ("ah, og …?"). The question inside is what is searched and answered."""
from __future__ import annotations

import pytest

from assistant.answer.conversation import ask as ask_in_conversation
from assistant.answer.wrappers import unwrap, without_opener


@pytest.mark.parametrize("message, question", [
    ("Har foreningen hjemsted i Vejle, eller hvad?", "Har foreningen hjemsted i Vejle?"),
    ("Kan man melde sig ud skriftligt, ikke?", "Kan man melde sig ud skriftligt?"),
    ("kan man melde sig ud skriftligt, ikke sandt?", "kan man melde sig ud skriftligt?"),
    ("The board has five to seven members, right?", "The board has five to seven members?"),
    ("Can students pay less, or not?", "Can students pay less?"),
    ("What's the yearly fee for a regular person, do you know?", "What's the yearly fee for a regular person?"),
])
def test_a_question_tag_after_the_question_is_taken_off_and_the_question_mark_stays(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message", [
    "Er kontingentet betalt eller ikke?",            # no comma: the alternative is asked
    "Hvad sker der, hvis man ikke betaler?",         # "ikke" inside the clause
    "Who is right about the quorum?",                # "right" as a word of the question
])
def test_the_same_words_inside_a_question_are_no_tag(message):
    assert unwrap(message) == message


@pytest.mark.parametrize("message, question", [
    ("Sorry if this is obvious, but who is the treasurer?", "who is the treasurer?"),
    ("Sorry if this sounds a bit basic, but who is the treasurer?", "who is the treasurer?"),
    ("Apologies if this is a silly question, but who is the treasurer?", "who is the treasurer?"),
])
def test_an_apology_for_an_obvious_question_before_it_is_taken_off(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message, follow_up", [
    ("ah okay, og hvornår skete skiftet?", "og hvornår skete skiftet?"),
    ("ah, og for hvor lang tid?", "og for hvor lang tid?"),
    ("Oh, and who chairs it?", "and who chairs it?"),
    ("åh, og hvem vælger dem?", "og hvem vælger dem?"),
])
def test_an_interjection_before_a_follow_up_goes_and_its_and_stays(message, follow_up):
    # The "og"/"and" is what tells the follow-up leans on the turn before (leaning.py).
    assert without_opener(message) == follow_up


def test_a_visitor_who_says_ah_before_asking_for_how_long_gets_the_substitutes_term(association):
    earlier = ("Hvor mange suppleanter vælger foreningen?",)
    answer = ask_in_conversation("ah, og for hvor lang tid?", association, earlier)
    assert answer.answered and answer.context_used
    assert "et år ad gangen" in answer.answer


def test_a_visitor_who_apologises_for_an_obvious_question_gets_the_pocket_parks(association):
    answer = ask_in_conversation(
        "Sorry if this is obvious, but apart from planting trees, what have your members achieved so far?",
        association)
    assert answer.answered and "62 lommeparker" in answer.answer

