"""A visitor asks who decides what something costs; the statutes say who, without a sum.

"Hvem bestemmer, hvad det koster at være med?" was declined: "hvad det koster" read as asking a price, so
the money gates wanted a sum beside § 5, stk. 1 ("Kontingentet fastsættes af den ordinære
generalforsamling"), which says who. A who-question's object clause is its topic, not what it asks; a price
asked as a question of its own after "og" still asks a sum. Written against the fictional association's
statutes and publication (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.price_apart import price_asked_apart


def test_who_decides_what_membership_costs_is_answered_by_who_sets_the_fee(association):
    answer = ask("Hvem afgør, hvad kontingentet skal koste?", association)
    assert answer.answered
    assert "generalforsamling" in answer.answer


def test_who_decides_what_it_costs_is_not_held_to_a_sum(association):
    trace = DecisionTrace()
    ask("Hvem bestemmer, hvad det koster at være med?", association, trace=trace)
    assert not any("money_found" in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "asks"), [
    ("Hvad har kortlægningen kostet?", True),
    ("Jeg vil gerne vide, hvad det koster for os at blive medlem", True),
    ("Hvem bestemmer, hvad det koster at være med?", False),     # the who-question's object clause
    ("Hvem har betalt for kortlægningen, og hvad har den kostet?", True),  # a second question
    ("Er det bestyrelsen, der bestemmer, hvad det koster?", False),   # a cleft asks who
])
def test_a_price_is_asked_apart_unless_it_is_a_who_questions_topic(question, asks):
    assert price_asked_apart(question) == asks


def test_who_decides_a_price_is_not_answered_by_a_paragraph_that_only_names_the_purpose(association):
    # § 3 holds "medlemskabet" and "formål", a stand-in the search takes for "bestemmer"; it says nothing
    # of who decides, and § 5, stk. 1 does: § 3 must not answer.
    answer = ask("Hvem bestemmer, hvad medlemskabet skal koste?", association)
    assert "§ 3" not in answer.answer, answer.answer


def test_a_price_asked_after_the_visitors_story_prices_the_thing_asked_not_the_story(association):
    # "kasserer" and "lokalforening" are only the story's: the thing priced is the tree plan, whose sum
    # stands on page 6.
    answer = ask("Hej, jeg er kasserer i min lokalforening og nysgerrig på økonomien. "
                 "Hvad vil den nationale træplan koste?", association)
    assert answer.answered
    assert "450 millioner" in answer.answer


def test_a_story_before_a_price_does_not_let_another_groups_fee_answer(association):
    answer = ask("Jeg sidder i bestyrelsen for en skole. Hvad koster et familiemedlemskab?", association)
    assert not answer.answered, answer.answer


def test_who_decides_is_still_answered_by_a_decision_made_by_a_named_body(association):
    # "efter den sidste generalforsamlings beslutning": a noun made from a verb says who decides.
    answer = ask("Hvem bestemmer, hvilket godt formål pengene går til, hvis foreningen lukkes?", association)
    assert answer.answered
    assert "§ 13" in answer.answer
