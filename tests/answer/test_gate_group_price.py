"""A visitor asks what one group of members pays; the statutes price other groups.

"Hvad betaler en arbejdsløs i kontingent?" was answered from § 5, whose stk. 2 gives one sum for personal
members, one for students and one for associations and companies: the unemployed are not among them. A
question for a group's price is answered by a passage that prices groups apart only where it names the
group. Written against the fictional association's statutes and publication (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_group_price import GROUP_PRICE_GATE, asks_payers_price, payer_words


@pytest.mark.parametrize("question", [
    "Hvad skal pensionister betale i kontingent?",
    "Hvad betaler en arbejdsløs om året?",
    "Can members get a discount if they are unemployed?",
    "Hvor meget koster det at være medlem, når man er pensionist?",
])
def test_the_price_of_a_group_the_statutes_do_not_price_is_declined(association, question):
    trace = DecisionTrace()
    answer = ask(question, association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(GROUP_PRICE_GATE in failed for failed in trace.gates_failed)


def test_a_neighbour_without_the_groups_price_does_not_answer_in_its_stead(association):
    # § 3's "Medlemskabet gælder fra den dag, kontingentet er betalt" names the fee but no sum: the
    # statutes set the fees in § 5, which leaves the family out.
    trace = DecisionTrace()
    answer = ask("How much does a family membership cost?", association, trace=trace)
    assert not answer.answered, answer.answer
    assert all(GROUP_PRICE_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvad koster medlemskab for en virksomhed om året?", "1.000 kr"),
    ("What does a student pay per year?", "125 kr"),
    ("hvad koster det at vaere medlem?", "250 kr"),
])
def test_the_price_of_a_group_the_statutes_price_is_answered(association, question, fact):
    answer = ask(question, association)
    assert answer.answered
    assert fact in answer.answer


@pytest.mark.parametrize(("question", "payers"), [
    ("Hvad betaler en arbejdsløs i kontingent?", ["arbejdsløs"]),
    ("Er der rabat på kontingentet, hvis man er pensionist?", ["pensionist"]),
    ("What is the fee for a family membership?", ["family", "membership"]),
    ("What does an honorary member pay?", ["honorary", "member"]),
    ("Jeg læser til sygeplejerske. Hvad skal jeg betale for at være med?", []),   # the story names no payer
    ("Jeg bor i Vejle. Hvad koster det for en studerende?", ["studerende"]),
    ("Hvad koster det at være medlem, når man er pensionist?", ["pensionist"]),
    ("What do I pay when I am retired?", ["retired"]),
])
def test_the_payer_is_read_from_the_asking_sentence(question, payers):
    assert payer_words(question) == payers


def test_a_date_question_asks_no_price():
    assert not asks_payers_price("Hvornår skal kontingentet for pensionister være betalt?")
