"""A reader tells something first and then asks who holds a post, or asks what a post is paid.

"Hej, jeg er ny i foreningen. Hvem er næstformand i bestyrelsen lige nu?" was answered with § 6, stk. 2's
"Bestyrelsen konstituerer sig selv med formand, næstformand og kasserer": the role was read only where
the message begins, so the sentence before the question hid it. "hvad faar kassereren i loen" was
answered with § 4, stk. 2's "Udmeldelse sker skriftligt til kassereren": the pay asked is a sum, and
the statutes name none. Written against the fictional association's statutes.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.fact_kinds import asked_types, question_sentence
from tests.support.statutes import STATUTES_HTML, build_index, html_document


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"),
                       [html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/")])


@pytest.mark.parametrize("question", [
    "Hej, jeg er ny i foreningen. Hvem er næstformand i bestyrelsen lige nu? Venlig hilsen Ib",
    "hvad faar kassereren i loen",
    "Hvad får kassereren i løn?",
])
def test_a_holder_or_a_pay_the_statutes_do_not_give_is_declined(statutes, question):
    answer = ask(question, statutes)
    assert not answer.answered, answer.answer


def test_who_checks_the_accounts_is_still_answered_by_the_body_that_does(statutes):
    # A cleft ("Hvem er det, der …?") asks who does something, which the statutes say by a body.
    answer = ask("Hej, jeg er ny i foreningen. Hvem er det, der tjekker regnskabet? Tak!", statutes)
    assert answer.answered and "revisor" in answer.answer


@pytest.mark.parametrize(("message", "asking"), [
    ("Jeg er ny i foreningen. Hvem er næstformand?", "Hvem er næstformand?"),
    ("Hvem er formand?", "Hvem er formand?"),
    ("hvem er formand", "hvem er formand"),
])
def test_the_sentence_that_asks_is_the_last_one_with_a_question_mark(message, asking):
    assert question_sentence(message) == asking


@pytest.mark.parametrize(("question", "role", "price"), [
    ("Jeg er ny i foreningen. Hvem er næstformand i bestyrelsen?", "næstformand i bestyrelsen", False),
    ("Hvem er det, der tjekker regnskabet?", "", False),
    ("Hvad får kassereren i løn?", "", True),
    ("What is the chair paid?", "", True),
    ("Hvad får medlemmerne i nyhedsbrevet?", "", False),
])
def test_what_the_question_sentence_asks(question, role, price):
    asks = asked_types(question)
    assert (asks.role, asks.price) == (role, price)
