"""A member asks when something happened; the statutes name it, but give no date for it.

"Hej! Hvornår blev den første bestyrelse valgt?" was answered with § 6, stk. 1, "… vælges af
generalforsamlingen for to år ad gangen": a term of office is a time, so the time gate let it through,
but it does not say when the first board was elected. A question about one past event is answered by
a year or a date. Written against the fictional association's statutes (Foreningen Grønne Byer) and a
fictional page that gives the date.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_past_event import PAST_EVENT_GATE, asks_past_event
from assistant.answer.word_class import regular_past
from assistant.documents import Document, Section
from tests.support.statutes import STATUTES_HTML, build_index, html_document

URL = "https://groenne-byer.example/vedtaegter/"


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"), [html_document(STATUTES_HTML, URL)])


@pytest.fixture(scope="module")
def with_history_page(tmp_path_factory):
    """The statutes beside a page that dates the first board (fiction)."""
    page = Document(url="https://groenne-byer.example/historie/", title="Historie", sections=(Section(
        heading="Foreningens første år", anchor="historie",
        text="Den første bestyrelse blev valgt den 12. marts 2019 på den stiftende generalforsamling."),))
    return build_index(tmp_path_factory.mktemp("historie"), [html_document(STATUTES_HTML, URL), page])


def test_the_date_of_an_event_the_statutes_do_not_date_is_declined(statutes):
    trace = DecisionTrace()
    answer = ask("Hej! Hvornår blev den første bestyrelse valgt? Mvh Ole", statutes, trace=trace)
    assert not answer.answered, answer.answer
    # Declined by this gate: the model and its time gate alone would have answered with the term of office.
    assert any(PAST_EVENT_GATE in failed for failed in trace.gates_failed)


def test_the_same_question_is_answered_where_the_material_dates_it(with_history_page):
    answer = ask("Hej! Hvornår blev den første bestyrelse valgt? Mvh Ole", with_history_page)
    assert answer.answered and "12. marts 2019" in answer.answer


def test_a_past_event_the_statutes_date_is_still_answered(statutes):
    answer = ask("When were the bylaws last changed?", statutes)
    assert answer.answered and "4. maj 2023" in answer.answer


@pytest.mark.parametrize(("question", "past"), [
    ("Hvornår blev den første bestyrelse valgt?", True),
    ("Hvilket år blev den nye udligningsordning vedtaget?", True),
    ("hvornaar startede foreningen", True),
    ("Hvornår udkom jeres første rapport?", True),
    ("When was the last extraordinary general meeting held?", True),
    ("In what year did the movement join?", True),
    # A rule, a next occurrence or a habit is no past event: any time of the rule answers.
    ("Hvornår skal kontingentet være betalt?", False),
    ("Hvornår holder foreningen generalforsamling?", False),
    ("When does the board meet?", False),
    ("What was the goal when it started?", False),
])
def test_a_question_asks_for_a_past_event_by_the_tense_of_its_verb(question, past):
    assert asks_past_event(question) is past


@pytest.mark.parametrize(("word", "past"), [
    ("startede", True), ("ændrede", True), ("begyndte", True),
    ("starter", False), ("skal", False), ("bestyrelse", False),
])
def test_a_regular_past_is_told_by_its_dictionary_form(word, past):
    assert regular_past(word) is past
