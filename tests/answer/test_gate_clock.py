"""A member asks what time of day something starts; the statutes set only the month.

"Hvad tid starter generalforsamlingen?" – the statutes say the annual meeting is held before the
end of April, which answers "hvornår?" but not the hour. Written against the fictional
association's statutes (Foreningen Grønne Byer) and a fictional event page.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.fact_kinds import asked_types
from assistant.answer.gate_clock import (
    CLOCK,
    DATE,
    START,
    asks_clock_time,
    tells_clock_time,
    tells_time_kind,
    time_kind,
)
from assistant.documents import Document, Section
from tests.support.statutes import STATUTES_HTML, build_index, html_document

URL = "https://groenne-byer.example/vedtaegter/"
EVENT_URL = "https://groenne-byer.example/arrangementer/sommerfest/"


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"), [html_document(STATUTES_HTML, URL)])


@pytest.fixture(scope="module")
def with_event(tmp_path_factory):
    """The statutes beside a page that gives the summer party's hour and the next meeting's date
    (fiction written for this test)."""
    event = Document(url=EVENT_URL, title="Sommerfest i Vejle", sections=(Section(
        heading="Sommerfest", anchor="sommerfest",
        text="Foreningens sommerfest holdes i Byparken i Vejle. Sommerfesten starter kl. 17.30 "
             "og slutter ved midnat."), Section(
        heading="Generalforsamling 2026", anchor="generalforsamling",
        text="Næste ordinære generalforsamling holdes den 24. april 2026 på biblioteket i Vejle.")))
    return build_index(tmp_path_factory.mktemp("sommerfest"), [html_document(STATUTES_HTML, URL), event])


@pytest.mark.parametrize("question", [
    "Hvad tid på dagen starter generalforsamlingen?",
    "What time of day is the annual general meeting held?",
    "What time does the annual meeting usually kick off?",
    "hvad tid starter generalforsamlingen",
])
def test_the_hour_of_the_annual_meeting_is_not_in_the_statutes_so_the_question_is_declined(statutes, question):
    assert not ask(question, statutes).answered


def test_the_month_of_the_annual_meeting_still_answers_when_it_is_held(statutes):
    answer = ask("Hvornår holdes den ordinære generalforsamling?", statutes)
    assert answer.answered and "april" in answer.answer


def test_a_page_that_gives_the_hour_answers_what_time_the_party_starts(with_event):
    answer = ask("Hvad tid starter sommerfesten?", with_event)
    assert answer.answered and "kl. 17.30" in answer.answer


@pytest.mark.parametrize("question, clock", [
    ("Hvad tid starter mødet?", True),
    ("Hvilket tidspunkt på dagen er der generalforsamling?", True),
    ("hvornaar paa dagen holdes aarsmoedet", True),
    ("At what time is the report presented?", True),
    # A duration or a deadline is a time, but not of the clock.
    ("Hvad tid tager det at blive medlem?", False),
    ("Hvor sent kan jeg melde mig ud?", False),
    ("How early must I hand in a proposal?", False),
    ("Hvornår er generalforsamlingen?", False),
])
def test_a_question_for_the_hour_is_told_from_other_time_questions(question, clock):
    assert asks_clock_time(question) is clock
    # A time of day is a time: the answer's sentence is chosen for a time as for "hvornår?".
    assert not clock or asked_types(question)[0]


@pytest.mark.parametrize("text, clock", [
    ("Mødet starter kl. 19.", True),
    ("Dørene åbner 18:30.", True),
    ("Vi mødes om aftenen i Byparken.", True),
    ("The meeting opens at 7 pm.", True),
    # Dates and figures are no hour; tomorrow is a day.
    ("Anbefalingerne blev vedtaget den 15. februar 2025.", False),
    ("Vedtaget 12.03.2019.", False),
    ("blandt 1.412 medlemmer", False),
    ("Ordinær generalforsamling afholdes hvert år inden udgangen af april.", False),
    ("Vi ses i morgen.", False),
])
def test_a_clock_time_or_a_part_of_the_day_tells_the_hour(text, clock):
    assert tells_clock_time(text) is clock


@pytest.mark.parametrize("question", [
    "When is the next annual meeting held?",
    "hvornaar er naeste generalforsamling",
])
def test_a_rule_for_every_year_does_not_say_when_the_next_meeting_is(statutes, question):
    # "Ordinær generalforsamling afholdes hvert år inden udgangen af april" is no date.
    assert not ask(question, statutes).answered


def test_a_page_that_dates_the_next_meeting_answers_when_it_is(with_event):
    answer = ask("Hvornår er næste generalforsamling?", with_event)
    assert answer.answered and "24. april 2026" in answer.answer


@pytest.mark.parametrize("question", [
    "From what day do I count as a member?",
    "Fra hvilken dag er man medlem af foreningen?",
])
def test_the_day_membership_starts_is_told_by_the_event_that_falls_on_it(statutes, question):
    # § 3, stk. 2: "Medlemskabet gælder fra den dag, kontingentet er betalt" -- no date, but the first day.
    answer = ask(question, statutes)
    assert answer.answered and "kontingentet er betalt" in answer.answer


def test_a_day_told_by_an_event_is_no_date_of_a_next_meeting_nor_the_day_of_another_deadline(statutes):
    assert not ask("Hvilken dag skal kontingentet betales?", statutes).answered
    assert not tells_time_kind("Medlemskabet gælder fra den dag, kontingentet er betalt.", DATE)


@pytest.mark.parametrize("text, told", [
    ("Medlemskabet gælder fra den dag, kontingentet er betalt.", True),
    ("Ændringen gælder fra og med dagen efter generalforsamlingen.", True),
    ("Den afholdes senest fire uger efter kravet.", False),
    ("Ordinær generalforsamling afholdes hvert år inden udgangen af april.", False),
])
def test_a_first_day_is_a_date_or_the_day_of_an_event(text, told):
    assert tells_time_kind(text, START) is told


@pytest.mark.parametrize("question, asks_time, kind", [
    ("Fra hvilken dag gælder mit medlemskab?", True, START),
    ("From which day does my membership count?", True, START),
    ("Hvad tid starter mødet?", True, CLOCK),
    ("Hvornår er næste generalforsamling?", True, DATE),
    ("When is the next annual meeting held?", True, DATE),
    ("Hvornår er årsmødet i år?", True, DATE),
    ("Hvornår holdes generalforsamlingen?", True, ""),
    # "næste" without a question for a time asks nothing of the calendar.
    ("Hvad sker der på næste generalforsamling?", False, ""),
])
def test_the_finer_time_a_question_asks_for(question, asks_time, kind):
    assert time_kind(question, asks_time) == kind


@pytest.mark.parametrize("text, told", [
    ("Kontingentet skal være betalt senest 1. marts.", True),
    ("Det første byregnskab udkommer i 2026.", True),
    ("Ordinær generalforsamling afholdes hvert år inden udgangen af april.", False),
    ("Den afholdes senest fire uger efter kravet.", False),
])
def test_a_date_is_a_day_of_a_month_or_a_year(text, told):
    assert tells_time_kind(text, DATE) is told
