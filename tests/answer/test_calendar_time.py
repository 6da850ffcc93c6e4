"""A time can be told by the calendar instead of a date: "Regnskabsåret følger kalenderåret" says when
the year of the accounts runs, though it holds no figure and no month."""
from __future__ import annotations

import pytest

from assistant.answer.calendar_time import calendar_time
from assistant.answer.fact_kinds import states_time, tells_time


@pytest.mark.parametrize("sentence", [
    "Foreningens regnskabsår følger kalenderåret.",
    "Udmeldelse har virkning fra årsskiftet.",
    "Kontingentet opkræves kvartalsvis.",
    "Bestyrelsen mødes i efteråret.",
    "Regnskabet aflægges for hvert halvår.",
])
def test_a_period_of_the_calendar_is_read_as_a_time(sentence):
    assert calendar_time(sentence)
    assert states_time(sentence) and tells_time(sentence)


@pytest.mark.parametrize("sentence", [
    # Verbs that end like the unit "år": their dictionary forms are bestå, foreslå, opnå, forstå.
    "Bestyrelsen består af fem medlemmer.",
    "Bestyrelsen foreslår en ny formand.",
    "Foreningen opnår sit formål gennem oplysning.",
    "Alle forstår vedtægterne.",
    # A noun that ends like the unit but is no compound of it: "vilkår" (conditions) is no "vilk" year.
    "Vi analyserer borgere og virksomheders vilkår.",
    "Vi vil skabe lige vilkår i hele landet.",
])
def test_a_word_that_only_ends_like_a_unit_of_the_calendar_tells_no_time(sentence):
    assert not calendar_time(sentence)
    assert not states_time(sentence)
