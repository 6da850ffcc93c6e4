"""A member asks how often something happens; the statutes name the thing, but not how often.

"Hvor ofte holder bestyrelsen møde?" was answered with the stk. that says the board is elected "for to år
ad gangen", "Hvor tit kommer nyhedsbrevet?" with the stk. that says members receive it: the board and the
newsletter are there, how often they meet or come out is not. A question for a frequency is answered by a
sentence that tells one ("Ordinær generalforsamling afholdes hvert år …"), and a term of office answers
how often the office is filled. Written against the fictional association's statutes and publication.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_frequency import (
    FREQUENCY_GATE,
    WHEN_GATE,
    asks_frequency,
    tells_frequency,
    tells_only_how_often,
)
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("forening"), [
        html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/"), publication_document()])


@pytest.mark.parametrize("question", [
    "Hvor ofte holder bestyrelsen møde?",
    "Hvor tit kommer nyhedsbrevet?",
    "hvor ofte maaler de frivillige temperaturen i byerne",
])
def test_how_often_something_happens_that_the_material_gives_no_frequency_for_is_declined(association, question):
    trace = DecisionTrace()
    answer = ask(question, association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(FREQUENCY_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvor ofte holder foreningen ordinær generalforsamling?", "hvert år"),
    ("Hej, hvor ofte holder I generalforsamling? Tak på forhånd", "hvert år"),
    # A term of office tells how often the office is filled.
    ("How often is the board elected?", "to år ad gangen"),
    ("hvor tit skal der vaelges en ny revisor", "et år ad gangen"),
    ("How often will you follow up on the recommendations?", "hvert år"),
])
def test_a_frequency_the_material_tells_is_answered(association, question, fact):
    answer = ask(question, association)
    assert answer.answered and fact in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "asks"), [
    ("Hvor ofte mødes bestyrelsen?", True), ("hvor tit udgiver i nye analyser", True),
    ("How many times a year does the newsletter come out?", True), ("Hvor mange gange om året mødes I?", True),
    ("Hvornår holdes generalforsamlingen?", False), ("Hvor mange medlemmer har bestyrelsen?", False),
])
def test_a_question_for_a_frequency_is_read_from_its_question_words(question, asks):
    assert asks_frequency(question) is asks


@pytest.mark.parametrize(("sentence", "tells"), [
    ("Ordinær generalforsamling afholdes hvert år inden udgangen af april.", True),
    ("Hvert forår inviterer vi til plantedag.", True),
    ("Folketinget bør afsætte en fast pulje på 50 millioner kroner om året.", True),
    ("Bestyrelsen mødes to gange i kvartalet.", True),
    ("Regnskabet sendes ud kvartalsvis.", True),
    # A member, a vote or a month's notice is no frequency.
    ("Hvert medlem har én stemme, og der kan stemmes ved skriftlig fuldmagt.", False),
    ("Et medlem kan melde sig ud af foreningen med en måneds varsel til udgangen af et kvartal.", False),
])
def test_a_frequency_is_told_by_the_closed_forms_of_the_calendar(sentence, tells):
    assert tells_frequency(sentence) is tells


@pytest.mark.parametrize("question", [
    "hvornaar er foreningens aarsmoede",
    # "i år" asks this year's date (gate_clock's DATE), which "hvert år" does not tell either.
    "hej, hvornaar er jeres aarsmoede i aar? vil gerne deltage",
])
def test_when_something_happens_every_year_is_declined_where_the_material_says_only_how_often(association, question):
    # "Foreningen vil hvert år følge op …, som offentliggøres på foreningens årsmøde": how often, not when;
    # the next sentence's 2026 is the first account's year.
    trace = DecisionTrace()
    answer = ask(question, association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(WHEN_GATE in failed for failed in trace.gates_failed)


def test_the_annual_meeting_is_answered_by_the_statutes_general_assembly_not_by_how_often(association):
    # The statutes' general assembly is the annual meeting (head_kind.py): § 7, stk. 2 places it in the
    # calendar, where the publication's "hvert år … på foreningens årsmøde" says only how often.
    answer = ask("Hvornår holder foreningen sit årsmøde?", association)
    assert answer.answered and "inden udgangen af april" in answer.answer, answer.answer
    assert "byregnskab" not in answer.answer


def test_when_something_happens_every_year_in_a_named_month_is_answered(association):
    answer = ask("Hvornår er der generalforsamling?", association)
    assert answer.answered and "inden udgangen af april" in answer.answer, answer.answer


@pytest.mark.parametrize(("sentence", "only"), [
    ("Foreningen vil hvert år følge op på anbefalingerne i et grønt byregnskab.", True),
    ("Bestyrelsen mødes to gange om måneden.", True),
    # A season, a month or a deadline places it in the calendar.
    ("Hvert forår inviterer vi til plantedag.", False),
    ("Ordinær generalforsamling afholdes hvert år inden udgangen af april.", False),
    ("Kontingentet opkræves hvert år i januar.", False),
])
def test_a_frequency_without_a_place_in_the_calendar_says_how_often_not_when(sentence, only):
    assert tells_only_how_often(sentence) is only
