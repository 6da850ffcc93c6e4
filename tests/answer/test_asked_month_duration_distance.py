"""A visitor asks in which month, how long, since when, what time of year or how far, and the passage
that shares the question's words gives a year, another figure or nothing of the kind.

"I hvilken måned blev Balance Danmark stiftet?" was answered with "startede i 2014", "I hvilken måned
udkommer det første byregnskab?" with "udkommer i 2026": a year is no month. "How long did each
interview with the planners take?" was answered with "Interviews med byplanlæggere i 24 kommuner": a
count is no length of time. "Hvor langt skal der være mellem de nye bytræer?" was answered with the
summary's "100.000 nye bytræer inden 2030": a figure is no distance. "What time of year …?" was read
as a question for the hour. Written against the bundled Om page and the fictional association's
statutes and publication (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer.address_told import asks_address
from assistant.answer.asked_measure import distance_told
from assistant.answer.compose import ask
from assistant.answer.fact_kinds import asked_types
from assistant.answer.gate_clock import CLOCK, MONTH, SEASON, START, tells_time_kind, time_kind
from assistant.answer.gate_reason import ASKS_REASON
from assistant.answer.time_span import DURATION, SO_FAR, duration_kind, tells_duration


def test_the_om_page_tells_the_year_not_the_month_it_started_so_the_month_is_declined(bundled_index):
    assert not ask("I hvilken måned blev Balance Danmark stiftet?", bundled_index).answered
    # The year is still told.
    answer = ask("I hvilket år blev Balance Danmark sat i verden?", bundled_index)
    assert not answer.answered or "2014" in answer.answer


def test_the_year_of_the_first_city_account_is_no_month(association):
    assert not ask("I hvilken måned udkommer det første byregnskab?", association).answered
    answer = ask("Hvornår udkommer det første byregnskab?", association)
    assert answer.answered and "2026" in answer.answer


def test_a_month_the_statutes_give_still_answers(association):
    answer = ask("I hvilken måned bliver kontingentet opkrævet?", association)
    assert answer.answered and "januar" in answer.answer


def test_how_long_an_interview_took_is_not_told_by_how_many_there_were(association):
    assert not ask("How long did each interview with the planners take?", association).answered


def test_how_long_a_board_member_sits_is_still_told_by_the_term(association):
    answer = ask("How long do board members sit for?", association)
    assert answer.answered and "to år" in answer.answer


def test_a_distance_no_passage_gives_is_declined(association):
    assert not ask("Hvor langt skal der være mellem de nye bytræer?", association).answered


def test_the_distance_the_publication_gives_still_answers(association):
    answer = ask("Hvor langt må der højst være fra en bolig til en park?", association)
    assert answer.answered and "300 meter" in answer.answer


@pytest.mark.parametrize(("question", "kind"), [
    ("I hvilken måned blev foreningen stiftet?", MONTH),
    ("i hvilken maaned holdes generalforsamlingen", MONTH),
    ("Which month is the annual meeting held in?", MONTH),
    ("What time of year did you take your new name?", SEASON),
    ("Hvilken tid på året holdes generalforsamlingen?", SEASON),
    ("What time does the meeting start?", CLOCK),
    ("Fra hvornår tæller jeg som medlem?", START),
    ("siden hvornaar har studerende betalt mindre", START),
    ("Since when have students paid a lower fee?", START),
    ("Hvor lang tid varede interviewene?", DURATION),
    # The length of a state: the years that bound it tell it too.
    ("Hvor længe sidder bestyrelsen?", SO_FAR),
    ("Hvor længe nåede I at hedde noget andet?", SO_FAR),
    ("How long did the survey take?", DURATION),
    ("Hvor længe har Balance Danmark eksisteret?", SO_FAR),
    ("How long have you been around?", SO_FAR),
    ("How long has the survey taken?", SO_FAR),
    # "I hvilken måned … senest …?" asks a deadline, left to the any-time gate.
    ("I hvilken måned skal generalforsamlingen senest holdes?", ""),
    ("Hvornår holdes generalforsamlingen?", ""),
])
def test_the_finer_time_asked_in_less_usual_forms(question, kind):
    assert asked_types(question.casefold()).time and time_kind(question.casefold(), True) == kind


@pytest.mark.parametrize(("question", "kind"), [
    ("How long ago did you change your name?", ""),
    ("Hvor længe siden er det, I skiftede navn?", ""),
])
def test_how_long_ago_asks_a_time_not_a_length(question, kind):
    assert duration_kind(question) == kind


@pytest.mark.parametrize(("text", "kind", "told"), [
    ("Desuden vælges to suppleanter for et år ad gangen.", DURATION, True),
    ("Et medlem kan melde sig ud med en måneds varsel.", DURATION, True),
    ("Foreningen har indsamlet dem mellem september 2024 og januar 2025.", DURATION, True),
    ("Interviews med byplanlæggere i 24 kommuner.", DURATION, False),
    ("Balance Danmark startede i 2014 under navnet Danmark på Vippen.", DURATION, False),
    ("Balance Danmark startede i 2014 under navnet Danmark på Vippen.", SO_FAR, True),
    ("I 2017 blev bevægelsen Oprør fra Udkanten en del af Danmark på Vippen.", SO_FAR, True),
])
def test_a_length_of_time_is_a_figure_and_a_unit_or_a_span(text, kind, told):
    assert tells_duration(text, kind) is told


@pytest.mark.parametrize(("text", "told"), [
    ("Kontingentet opkræves i januar og skal være betalt senest 1. marts.", True),
    ("Vedtaget 12.03.2019.", True),
    ("Regnskabsåret følger kalenderåret.", True),
    ("Det første byregnskab udkommer i 2026.", False),
    ("Den afholdes senest fire uger efter kravet.", False),
])
def test_a_month_is_told_by_its_name_a_date_or_the_calendar(text, told):
    assert tells_time_kind(text, MONTH) is told


@pytest.mark.parametrize(("question", "texts", "told"), [
    ("Hvor langt skal der være mellem træerne?", ["100.000 nye bytræer inden 2030"], False),
    ("Hvor langt skal der være mellem træerne?", ["mere end 300 meter fra et grønt opholdssted"], True),
    # "Hvor langt i forvejen" asks how long before: a time, not a length.
    ("Hvor langt i forvejen skal forslag være indsendt?", ["senest 14 dage før"], True),
    ("How far ahead must proposals be in?", ["senest 14 dage før"], True),
    # After a preposition the degree phrase measures the noun after it: a notice period.
    ("Med hvor langt varsel indkaldes generalforsamlingen?", ["med mindst 3 ugers varsel"], True),
    ("Hvor mange træer er plantet?", ["14.300 træer"], True),
])
def test_a_distance_is_told_by_a_length(question, texts, told):
    assert distance_told(question, texts) is told


def test_a_reason_asked_with_af_hvilken_grund_is_declined_where_only_the_event_is_told(bundled_index):
    # The Om page tells that Oprør fra Udkanten became part of Danmark på Vippen in 2017, not why.
    assert not ask("Af hvilken grund gik Oprør fra Udkanten sammen med Danmark på Vippen?", bundled_index).answered


def test_a_reason_asked_with_af_hvilken_grund_is_answered_where_it_is_told(association):
    answer = ask("Af hvilken grund skal regnvandet ledes uden om kloakken?", association)
    assert answer.answered and "skybrud" in answer.answer


@pytest.mark.parametrize(("question", "asks"), [
    ("Af hvilken grund skiftede I navn?", True),
    ("For what reason did you change your name?", True),
    ("af hvilke årsager blev foreningen stiftet", True),
    ("Hvilken grund har foreningen købt?", False),
])
def test_af_hvilken_grund_asks_why(question, asks):
    assert bool(ASKS_REASON.search(question)) is asks


def test_the_street_the_publication_does_not_give_is_declined(association):
    # The publication names the secretariat's town (Vejle), not its street.
    assert not ask("hvilken vej ligger sekretariatet paa i vejle", association).answered


@pytest.mark.parametrize(("question", "asks"), [
    ("hvilken vej ligger sekretariatet paa i vejle", True),
    ("På hvilken vej ligger kontoret?", True),
    ("Which street is your office on?", True),
    # "hvilken vej" alone is the way to go.
    ("Hvilken vej skal regnvandet løbe?", False),
])
def test_a_street_is_asked_as_an_address(question, asks):
    assert asks_address(question) is asks
