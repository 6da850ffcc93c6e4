"""A visitor asks for a day, a date, a price, how often or a founder, and the passage tells it of another or not at all.

"Which day in January is the fee collected?" was answered with § 5, stk. 3's "Kontingentet opkræves i januar og
skal være betalt senest 1. marts", which names the month and a day of another; "Hvornår trådte den nye kommunale
udligningsordning i kraft?" with the Om page's "… de seneste år særligt haft fokus … på en ny kommunal
udligningsordning", which dates nothing ("trådte" is a past the lemmatiser reads, not a regular one); "What will a
green roof cost us?" with "Nye erhvervsbyggerier med flade tage over 500 kvadratmeter bør have grønne tage",
which prices nothing ("will … cost" asks a sum as "does … cost" does); "Hvor ofte mødes bestyrelsen om året?"
with § 6, stk. 1's "… vælges … for to år ad gangen", a term of office, counted as holding the question because
the question's own "om året" matched its "år"; "Who founded Oprør fra Udkanten?" with "Bag initiativet stod Danske
Andelskassers Bank …", the founders of Danmark på Vippen, which the movement only joined. The same questions where
the material gives the detail are still answered. Written against the fictional association's statutes and publication and the bundled Om page
(round thirty-six, dev36d).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.gate_day import DAY_GATE, asked_month
from assistant.answer.gate_founder import FOUNDER_GATE
from assistant.answer.gate_frequency import FREQUENCY_GATE, asks_frequency
from assistant.answer.gate_past_event import PAST_EVENT_GATE, asks_past_event
from tests.support.gates import declined_by
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("forening"), [
        html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/"), publication_document()])


def test_a_day_in_a_month_is_not_answered_by_the_month_or_another_months_day(association):
    assert declined_by(DAY_GATE, "Hvilken dag i januar bliver kontingentet opkrævet?", association)
    assert declined_by(DAY_GATE, "On which day in April is the general meeting?", association)


def test_a_day_the_material_gives_in_the_month_asked_is_still_answered(association):
    answer = ask("Hvilken dag i marts skal kontingentet senest være betalt?", association)
    assert answer.answered and "1. marts" in answer.answer
    answer = ask("Hvilken dato i februar blev anbefalingerne vedtaget?", association)
    assert answer.answered and "15. februar 2025" in answer.answer


def test_the_month_asked_is_read_in_danish_and_english():
    assert asked_month("Which date in May …?") == 5
    assert asked_month("hvilken dag i marts …") == 3
    assert asked_month("Hvornår i januar …?") == 0


def test_an_irregular_past_asks_when_one_event_happened(bundled_index):
    assert declined_by(PAST_EVENT_GATE, "Hvornår trådte udligningsordningen i kraft?", bundled_index)
    assert asks_past_event("Hvornår vedtog landsrådet anbefalingerne?")
    # A present, a passive present and a modal ask no past event.
    assert not asks_past_event("Hvornår træder den i kraft?")
    assert not asks_past_event("Hvornår afholdes generalforsamlingen?")
    assert not asks_past_event("Hvornår kan jeg melde mig ud?")
    # Nor a word typed without æ/ø/å, nor a noun straight after the question word.
    assert not asks_past_event("hvornaar paa aaret er der generalforsamling")
    assert not asks_past_event("hvornår bestyrelsen bliver valgt")


def test_an_irregular_past_the_material_dates_is_still_answered(association):
    answer = ask("Hvornår vedtog landsrådet anbefalingerne?", association)
    assert answer.answered and "15. februar 2025" in answer.answer


def test_a_price_asked_in_the_future_or_the_past_needs_a_sum(association):
    assert not ask("What will a green roof cost us?", association).answered
    assert not ask("Hvad vil et grønt tag koste?", association).answered


def test_a_price_asked_in_the_future_that_the_material_gives_is_still_answered(association):
    answer = ask("What will the national tree plan cost?", association)
    assert answer.answered and "450 millioner" in answer.answer
    answer = ask("Hvad kommer de otte anbefalinger til at koste tilsammen?", association)
    assert answer.answered and "1,2 milliarder" in answer.answer


def test_how_often_the_board_meets_is_no_term_of_office(association):
    assert declined_by(FREQUENCY_GATE, "Hvor ofte mødes bestyrelsen om året?", association)
    assert declined_by(FREQUENCY_GATE, "Hvor mange møder holder bestyrelsen om året?", association)
    assert asks_frequency("How many meetings does the board hold a year?")


def test_how_often_the_board_is_chosen_is_still_answered(association):
    answer = ask("Hvor tit vælges bestyrelsen?", association)
    assert answer.answered and "to år ad gangen" in answer.answer


def test_who_founded_a_movement_that_only_joined_is_declined(bundled_index):
    assert declined_by(FOUNDER_GATE, "Who set up the Oprør fra Udkanten movement?", bundled_index)
    assert declined_by(FOUNDER_GATE, "Hvem stiftede Oprør fra Udkanten?", bundled_index)


def test_who_founded_the_one_the_page_says_began_is_still_answered(bundled_index):
    answer = ask("Hvem grundlagde Danmark på Vippen?", bundled_index)
    assert answer.answered and "Danske Andelskassers Bank" in answer.answer
