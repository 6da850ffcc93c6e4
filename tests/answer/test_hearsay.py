"""A visitor repeats what someone said and asks whether it holds: the claim is what is asked."""
from __future__ import annotations

import pytest

from assistant.answer.hearsay import without_hearsay
from assistant.answer.message_clauses import split_context
from assistant.answer.wrappers import unwrap


@pytest.mark.parametrize("message, claim", [
    # The check after the claim, as its own sentence or after a comma, in the checks people use. The
    # check makes the claim the question, without who said it (claim_check.py): a Danish claim with
    # an auxiliary is put verb first, as the polar question it asks; one without keeps who said it.
    ("Halløjsa! Min svoger mener, at I hører under et parti. Stemmer det?",
     "Min svoger mener, at I hører under et parti."),
    ("min bror mener at de smaa byer har mistet mest natur, passer det?",
     "Har de smaa byer mistet mest natur?"),
    ("En kollega fortalte mig, at bestyrelsen har syv medlemmer. Holder det stik?",
     "Har bestyrelsen syv medlemmer?"),
    ("Someone told me the board meets every month. Is that true?", "the board meets every month?"),
])
def test_the_check_after_a_claim_is_taken_off(message, claim):
    assert unwrap(message) == claim


@pytest.mark.parametrize("message, scene, question", [
    # The check before a question of its own: the question after "eller"/"or" is asked, the claim
    # sets the scene.
    ("En på arbejdet sagde, at kun kommuner kan være med. Passer det, eller kan privatpersoner også melde sig ind?",
     "kun kommuner kan være med.", "kan privatpersoner også melde sig ind?"),
    ("So my uncle reckons you only care about the big cities. Is that true, or what are you fighting for?",
     "you only care about the big cities.", "what are you fighting for?"),
    # Hearsay before a question of its own: the claim is the scene, without who told it.
    ("Jeg har hørt, at jeres medlemmer selv har lavet parker. Hvor mange er det blevet til?",
     "jeres medlemmer selv har lavet parker.", "Hvor mange er det blevet til?"),
    ("I heard from a friend that you want to move power away from Copenhagen. Why is that?",
     "you want to move power away from Copenhagen.", "Why is that?"),
    ("Sorry to bother you, but my colleague says you were started by a bank. Which bank?",
     "you were started by a bank.", "Which bank?"),
])
def test_a_check_before_a_question_of_its_own_leaves_that_question(message, scene, question):
    assert split_context(unwrap(message)) == (scene, question)


@pytest.mark.parametrize("message", [
    "Hvem siger, at man skal betale kontingent?",      # the question word asks who said it
    "Har du hørt, at I er et parti?",                   # a question put to the assistant, verb first
    "Do you think the big cities get too much?",
    "I read the statutes. Who signs for the association?",   # a text read, no claim reported
    "Hvad mener I, at kommunerne skal gøre?",
    "Min nabo siger, at Aarhus har mistet flest træer.",   # the claim is all that is asked
])
def test_questions_that_only_look_like_hearsay_keep_their_words(message):
    assert without_hearsay(message) == message
