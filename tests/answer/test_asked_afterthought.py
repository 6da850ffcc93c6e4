"""A visitor adds a word after the finished question, set off by a comma: "…, konkret?", "…, helt
konkret?", "…, internt?". Danish puts a sentence adverbial there to colour the question, never a bare
noun, so the word names nothing the material must hold.

The step that reads the thing asked (asked_thing) took "konkret" and "internt" for things asked and
declined: a housing company's board asked what the association wants of it, "konkret", and was told
there was no answer, though recommendation 7 names them. A noun phrase after the comma (a determiner
or a preposition with it, a definite noun, a name) stays what is asked.
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_thing import asked_things
from assistant.answer.compose import ask


def test_a_housing_company_asking_what_it_should_do_concretely_is_told_about_urban_gardens(association):
    answer = ask("Hej, jeg sidder i et boligselskab. Hvad vil I have, at vi gør, konkret?", association)
    assert answer.answered and "byhaver" in answer.answer


@pytest.mark.parametrize(("question", "adverb"), [
    ("Hvad vil I have, at vi gør, konkret?", "konkret"),
    ("Hvem træffer beslutning om eksklusion, internt?", "internt"),
    ("Hvad starter I af tiltag regionalt, rent konkret?", "konkret"),
    ("Hvem skriver under, officielt?", "officielt"),
])
def test_an_adverb_after_the_finished_question_is_no_thing_asked(question, adverb):
    assert adverb not in asked_things(question)


def test_the_noun_before_the_afterthought_is_what_is_asked():
    # Before, "eksklusion" was read as a modifier of "internt"; the adverb set apart, it is the noun asked.
    assert "eksklusion" in asked_things("Hvem træffer beslutning om eksklusion, internt?")


@pytest.mark.parametrize(("question", "thing"), [
    ("Hvad koster det for studerende, og pensionister?", "pensionister"),   # a conjunction: a phrase
    ("Hvem er formand, Peter?", "peter"),                                    # a name
    ("Hvad koster det, for pensionister?", "pensionister"),                  # a preposition: a phrase
    ("Hvad laver I konkret?", "konkret"),                                    # no comma: in the clause
])
def test_a_noun_phrase_or_a_word_inside_the_clause_stays_asked(question, thing):
    assert thing in asked_things(question)
