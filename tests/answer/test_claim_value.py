"""A visitor puts someone's figure, year or name to check, and the figure is wrong: the assistant
answers with the material's own figure instead of declining, and still declines where the material
has no figure of that kind. Someone's guess told after a question is not part of the question."""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.claim_value import value_question
from assistant.answer.conversation import ask as ask_in_conversation
from assistant.answer.wrappers import unwrap
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"),
                       [html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/")])


@pytest.fixture(scope="module")
def publication(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("publikation"), [publication_document()])


@pytest.mark.parametrize("claim, english, question", [
    # A year asks when, a sum how much, a share how many per cent (its preposition kept), a count
    # how many of its noun, a name after the passive's agent who; the finite verb before the subject.
    ("you were founded in 2010?", True, "When were you founded?"),
    ("man skal betale 500 kr. om året?", False, "Hvor meget skal man betale om året?"),
    ("det grønne areal er faldet til 20 procent?", False, "Hvor mange procent er det grønne areal faldet til?"),
    ("I har 500 medlemmer?", False, "Hvor mange medlemmer har I?"),
    ("medlemmerne plantede 10.000 træer?", False, "Hvor mange træer plantede medlemmerne?"),
    ("there are 12 people on the board?", True, "How many people are there on the board?"),
    ("I blev startet af Nordea?", False, "Hvem blev I startet af?"),
    ("it was founded by Jøp, Ove & Myrthu?", True, "Who was it founded by?"),
    # An English verb of its own would need "do": the embedded order is kept.
    ("the plan costs 10 billion?", True, "how much the plan costs?"),
    # A date's day is an ordinal, no count; a claim without a figure or with two is left alone.
    ("kontingentet skal være betalt senest 1. marts?", False, None),
    ("formanden alene kan skrive under?", False, None),
    ("I startede i 2010 med 12 kommuner?", False, None),
])
def test_a_claims_own_figure_is_the_slot_asked_about(claim, english, question):
    assert value_question(claim, english) == question


def test_a_wrong_fee_put_to_check_is_answered_with_the_statutes_fee(association):
    answer = ask("Min nabo siger, at man skal betale 500 kr. om året for at være med. Passer det?", association)
    assert answer.answered and "250 kr" in answer.answer, answer.answer


def test_a_wrong_year_put_to_check_is_answered_with_the_founding_year(bundled_index):
    answer = ask("My neighbour insists you were founded in 2010 – is that correct?", bundled_index)
    assert answer.answered and "2014" in answer.answer, answer.answer


def test_a_wrong_founder_put_to_check_is_answered_with_who_stood_behind_it(bundled_index):
    answer = ask("Min far siger, at I blev startet af Nordea. Er det rigtigt?", bundled_index)
    assert answer.answered and "Danske Andelskassers Bank" in answer.answer, answer.answer


def test_a_wrong_share_put_to_check_is_answered_with_the_measured_share(publication):
    answer = ask("Min nabo siger, at det grønne areal i byerne er faldet til 20 procent. Passer det?", publication)
    assert answer.answered and "27 procent" in answer.answer, answer.answer


def test_a_figure_put_to_check_that_the_material_never_gives_is_still_declined(association):
    # The statutes give no pay for the board: asked as "hvor meget", the sum's gate declines.
    assert not ask("Min nabo siger, at bestyrelsen får 5.000 kr. om året. Passer det?", association).answered


@pytest.mark.parametrize("message, question", [
    ("how many people sit on the board? my wife thinks its like 12", "how many people sit on the board?"),
    ("when was the association founded? someone said 2015", "when was the association founded?"),
    ("hvem er formand lige nu? min svoger siger det er en fra Aarhus", "hvem er formand lige nu?"),
    # The visitor's own thought after the question, and a report of someone else, not of the
    # answer, stay.
    ("Hvad koster det? Jeg tror ikke, jeg har råd.", "Hvad koster det? Jeg tror ikke, jeg har råd."),
    ("Who founded the association? My dad says he was there in 2019.",
     "Who founded the association? My dad says he was there in 2019."),
])
def test_someones_guess_after_the_question_is_not_read_with_it(message, question):
    assert unwrap(message) == question


def test_a_question_with_the_wifes_guess_after_it_is_answered(association):
    answer = ask("how many people sit on the board? my wife thinks its like 12", association)
    assert answer.answered and "fem til syv" in answer.answer, answer.answer


def test_a_question_with_someones_wrong_year_after_it_is_answered(statutes):
    answer = ask("when was the association founded? someone said 2015", statutes)
    assert answer.answered and "2019" in answer.answer, answer.answer


@pytest.mark.parametrize("message, question", [
    # Chat leaves out "at" after who said it; with a figure the rest is the claim.
    ("min nabo siger det var i 2016. har han ret?", "Hvornår var det?"),
    ("min svigerfar siger inden 2040. passer det?", "Hvornår?"),
    # Without a figure the message is left as it was.
    ("Min nabo siger nej. Passer det?", "Min nabo siger nej?"),
])
def test_a_report_without_at_puts_its_figure_to_check(message, question):
    assert unwrap(message) == question


def test_a_neighbours_wrong_year_after_asking_when_is_answered_in_the_conversation(bundled_index):
    answer = ask_in_conversation("min nabo siger det var i 2016. har han ret?", bundled_index,
                                 history=("Hvornår startede Balance Danmark?",))
    assert answer.answered and "2014" in answer.answer, answer.answer
