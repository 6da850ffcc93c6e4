"""A visitor repeats what someone said and asks whether it holds: the claim is the question."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.wrappers import unwrap


@pytest.mark.parametrize("message, question", [
    # A Danish claim with an auxiliary is put verb first, without who said it.
    ("min kollega siger at foreningen har hjemsted i Vejle, passer det?", "Har foreningen hjemsted i Vejle?"),
    ("Min nabo påstår, at formanden alene kan skrive under. Er det rigtigt?",
     "Kan formanden alene skrive under?"),
    # English keeps its order; a hyphenated reporter is who said it too.
    ("My brother-in-law claims you were started by a bank. Is that right?", "you were started by a bank?"),
])
def test_a_claim_put_to_check_is_asked_as_its_question(message, question):
    assert unwrap(message) == question


def test_a_claim_a_friend_passed_on_is_checked_against_the_statutes(association):
    answer = ask("En ven fortalte mig, at kontingentet skal være betalt senest 1. marts. Stemmer det?",
                 association)
    assert answer.answered and "senest 1. marts" in answer.answer, answer.answer


def test_a_claim_from_an_in_law_is_checked_against_the_history(bundled_index):
    answer = ask("My sister-in-law claims you were founded by a bank. Is that true?", bundled_index)
    assert answer.answered and "Danske Andelskassers Bank" in answer.answer, answer.answer


def test_a_claim_about_a_town_the_material_never_names_is_still_declined(association):
    # Put verb first, the town keeps its place inside the sentence, where its capital marks a name.
    assert not ask("Min nabo siger, at Odense har mistet flest træer. Er det rigtigt?", association).answered
