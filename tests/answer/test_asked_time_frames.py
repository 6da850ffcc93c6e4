"""A visitor frames the time asked in a fixed phrase, or asks which one by an ordinal or a superlative.

"Hvor lang tid i forvejen skal forslag sendes ind?" asks how long before: "i forvejen" frames the time
and is no thing the statutes must name ("forvejen" is a word only the phrase uses). So does "i
forløbet" ("Hvornår i forløbet …?" asks when in the process). "Hvad er det
første punkt på dagsordenen?" asks which item, as "hvilket punkt …?" does: the statutes' list names it
("1. Valg af dirigent") without the word "punkt". "Which recommendation costs the most?" asks which
one stands out: the sentence beside the one that counts the eight recommendations singles it out
("Den største post er den nationale træplan").
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_thing import asked_things
from assistant.answer.asked_which import singled_out
from assistant.answer.compose import ask


@pytest.mark.parametrize("question, frame", [
    ("Hvor lang tid i forvejen skal forslag sendes ind?", "forvejen"),
    ("Hvornår i forløbet skal borgerne med?", "forløbet"),
])
def test_a_time_frame_is_no_thing_asked(question, frame):
    assert frame not in asked_things(question, content=True)


def test_the_same_words_outside_a_time_question_stay_things_asked():
    assert "forløbet" in asked_things("Hvordan var forløbet med kortlægningen?", content=True)
    # Outside a question of time the phrase is read as before: "i forvejen" here says who is already in.
    assert "forvejen" in asked_things("Har I andre kommuner med i forvejen?", content=True)


def test_the_visitor_asking_about_a_fee_for_paying_late_is_declined(statutes):
    # The statutes name no fee for paying late.
    assert not ask("Hvad er gebyret, hvis man betaler kontingentet for sent?", statutes).answered


@pytest.mark.parametrize("question, at", [
    ("Hvad er det første punkt på dagsordenen?", 4),
    ("hvad er det allerførste punkt på dagsordenen", 4),
    ("Hvad er den dyreste anbefaling?", 4),
    ("Hvad er det punkt, der koster mest?", None),
    ("Hvad koster det første år?", None),
])
def test_an_ordinal_or_superlative_in_the_predicate_asks_which_one(question, at):
    words = question.casefold().rstrip("?").split()
    assert singled_out(words, 0) == at


def test_the_visitor_asking_the_first_item_on_the_agenda_gets_the_chair(statutes):
    answer = ask("hvad er det første punkt på dagsordnen til generalforsamlingen", statutes)
    assert answer.answered and "dirigent" in answer.answer, answer.answer


def test_the_visitor_asking_which_recommendation_costs_most_gets_the_tree_plan(association):
    answer = ask("Which recommendation costs the most?", association)
    assert answer.answered and "træplan" in answer.answer, answer.answer


def test_the_visitor_asking_which_municipalities_lost_most_is_declined(association):
    # Several asked for: the sentence singling out one kind of town ("Tabet er størst i de store byer")
    # does not say which municipalities; the publication names none.
    assert not ask("Which municipalities lost the most green space?", association).answered
