"""A visitor names the kind of value asked ("what's the yearly price?", "on what date?") or the whole a
part is taken from ("hvor mange af medlemmerne …"), and the material gives the value or the part in its
own words.

"What's the yearly price?" was declined because the Om page and the statutes never write a word for
"price": the statutes give the sum ("250 kr. om året"). A noun of a value (WordNet's attribute,
possession, quantity and time nouns) as the predicate of "what is" or right after "what"/"which" names
the kind of fact asked, as a Danish question's "prisen" does. "Hvor mange af medlemmerne udfyldte
spørgeskemaet?" read "medlemmerne" as the verb and "udfyldte" as the thing asked; a whole after "af"
ends the question phrase, and the verb follows it. Likewise a second verb joined by "og" to the first
("hvornår begynder og slutter …") and a verb after "før"/"inden" and its subject ("før jeg ryger ud").
What the question asks about is still read: a thing after "what is" that is no value ("the address"),
the person a part is taken from ("af pensionisterne"), a noun after "før" ("før generalforsamlingen",
"før en park bliver lavet om": the noun is no verb).
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_thing import asked_things
from assistant.answer.asked_thing_english import english_asked_things
from assistant.answer.compose import ask


@pytest.mark.parametrize("question, value", [
    ("My small company would like to join – what's the yearly price?", "price"),
    ("whats the last date to pay the fee", "date"),
    ("What is the price of the national tree-planting plan?", "price"),
    ("Which body adopted the recommendations, and on what date?", "date"),
])
def test_a_noun_of_a_value_after_what_is_names_the_kind_asked_not_a_thing(question, value):
    assert value not in english_asked_things(question)


@pytest.mark.parametrize("question, thing", [
    ("What is the address of the secretariat?", "address"),   # a thing, not a value: the material must say it
    ("What is the fee for pensioners?", "pensioners"),
    ("whats the last date to pay the fee", "fee"),
])
def test_the_thing_beside_the_value_is_still_asked(question, thing):
    assert thing in english_asked_things(question)


@pytest.mark.parametrize("question, verb", [
    ("Hvor mange af medlemmerne udfyldte spørgeskemaet?", "udfyldte"),
    ("Hvad sker der, hvis kun halvdelen af bestyrelsen dukker op til et møde?", "dukker"),
    ("Jeg er kasserer i min grundejerforening: hvornår begynder og slutter jeres regnskabsår?", "slutter"),
    ("Hvor længe kan jeg skylde kontingent, før jeg ryger ud?", "ryger"),
])
def test_a_verb_after_a_part_of_a_whole_a_joined_verb_or_a_clause_of_time_is_no_thing(question, verb):
    assert verb not in asked_things(question)


@pytest.mark.parametrize("question, thing", [
    ("Hvor mange af pensionisterne har stemmeret?", "pensionisterne"),
    ("Hvad skal man betale før generalforsamlingen?", "generalforsamlingen"),
    ("Hvem skal spørges, før en park bliver lavet om?", "park"),   # "før" a noun subject: no verb yet
])
def test_the_whole_a_part_is_taken_from_and_a_noun_after_foer_are_still_asked(question, thing):
    assert thing in asked_things(question)


def test_the_last_date_to_pay_is_answered_with_the_deadline(statutes):
    answer = ask("whats the last date to pay the fee", statutes)
    assert answer.answered and "1. marts" in answer.answer, answer.answer


def test_the_date_the_recommendations_were_adopted_is_answered(association):
    answer = ask("Which body adopted the recommendations, and on what date?", association)
    assert answer.answered and "15. februar 2025" in answer.answer, answer.answer


def test_a_date_the_material_does_not_give_is_still_declined(association):
    # The publication says the green accounts are presented at the annual meeting, never when it is.
    assert not ask("Kinda curious – on what date is the annual meeting where the green accounts are presented?",
                   association).answered


def test_how_many_members_answered_the_survey_is_answered_with_the_count(publication_index):
    answer = ask("Hvor mange af medlemmerne udfyldte spørgeskemaet?", publication_index)
    assert answer.answered and "1.412" in answer.answer, answer.answer
