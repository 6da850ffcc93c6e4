"""A visitor names a thing, then asks what "den" costs; the material prices other things.

"Jeg vil gerne have rapporten på papir. Hvad koster den?" was answered with page 6's "… de otte anbefalinger
tilsammen vil koste 1,2 milliarder kroner": the scene's words the material never uses were left out, and
"Hvad koster den?" alone asks the price of anything. The pronoun stands for the scene's noun, which is then
searched as the question's own, and the material that never prices it declines. Written against the
fictional association's statutes and publication.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.scene_referent import referent_place


@pytest.mark.parametrize("question", [
    "Jeg vil gerne have rapporten på papir. Hvad koster den?",
    "Hej, jeg vil gerne bestille et trykt eksemplar af rapporten. Hvad koster den? På forhånd tak",
])
def test_the_price_of_a_printed_report_is_declined(association, question):
    answer = ask(question, association)
    assert not answer.answered, answer.answer


def test_the_price_of_a_thing_the_material_prices_is_still_answered(association):
    answer = ask("Jeg har læst om jeres træplan. Hvad koster den?", association)
    assert answer.answered and "450 millioner" in answer.answer, answer.answer


@pytest.mark.parametrize(("scene", "asked", "referent"), [
    ("Jeg vil gerne have rapporten på papir", "Hvad koster den?", "rapporten"),
    # "det" is as often a formal subject ("Hvad koster det at være med?"), and points at no noun.
    ("Jeg har et lille firma", "Hvad koster det at være med?", None),
    # A question for a time points past the scene's last noun ("radioen") at the organisation.
    ("Jeg har hørt om Balance Danmark i radioen", "Hvornår blev den startet?", None),
    # A question that names its own thing needs no referent.
    ("Jeg vil gerne have rapporten", "Hvad koster et medlemskab?", None),
])
def test_the_referent_is_the_last_agreeing_noun_before_a_price_asked_of_den(scene, asked, referent):
    words = scene.split()
    found = referent_place(words, asked)
    assert [words[i] for i in found] == ([referent] if referent else [])
