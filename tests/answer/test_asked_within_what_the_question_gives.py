"""A visitor gives a month or a town and asks for a day or a spot inside it; asks "which places" by
a noun of place; or puts an adverb between the subject and the verb.

"Hvornår i april holder I generalforsamling?" gives the month: statutes saying "inden udgangen af
april" do not tell the day, and "Hvor i Vejle ligger sekretariatet?" gives the town: "sekretariat i
Vejle" does not tell where in it. Both were answered with the passage that repeats what the question
gave. "Hvilke steder skaber de varer, vi ellers skulle købe i udlandet?" asks for places as "hvor"
does, so the place in the clause describing the goods is no thing asked (as for "hvor"). "Hvad vil I
helst opnå?" read "helst" (gerne's superlative) as the verb and "opnå" as a thing asked.
"""
from __future__ import annotations

from assistant.answer.asked_thing import absent_things, asked_things
from assistant.answer.compose import ask
from assistant.answer.gate_clock import DAY, tells_time_kind, time_kind
from assistant.answer.place_told import tells_place

SECRETARIAT = ["Spørgsmål til publikationen kan sendes til foreningens sekretariat i Vejle."]


def test_a_day_in_the_month_the_question_gives_is_not_told_by_the_month():
    kind = time_kind("Hvornår i april holder I generalforsamling?", True)
    assert kind == DAY
    assert not tells_time_kind("Ordinær generalforsamling afholdes hvert år inden udgangen af april.", kind)
    assert tells_time_kind("Generalforsamlingen holdes den 24. april kl. 19.", kind)
    assert time_kind("when in April is the annual meeting?", True) == DAY
    # A year given asks for a finer time, which "i slutningen af 2018" tells: any time still does.
    assert time_kind("Hvornår i 2018 skiftede I navn?", True) == ""


def test_the_members_asking_when_in_april_the_meeting_is_are_declined(statutes):
    assert not ask("Hvornår i april mødes medlemmerne til generalforsamling?", statutes).answered


def test_the_town_the_question_gives_does_not_tell_the_spot_inside_it():
    assert not tells_place(SECRETARIAT, SECRETARIAT, "Hvor i Vejle ligger sekretariatet?")
    assert not tells_place(SECRETARIAT, SECRETARIAT, "hvor i vejle har i jeres sekretariat")
    # Asked without the town, the town tells the place.
    assert tells_place(SECRETARIAT, SECRETARIAT, "Hvor ligger sekretariatet?")


def test_a_reader_asking_where_in_vejle_the_secretariat_is_is_declined(publication_index):
    assert not ask("Hvor i Vejle holder sekretariatet til?", publication_index).answered


def test_which_places_asks_a_place_and_the_goods_clause_holds_no_thing_asked(statutes):
    analyzer = statutes.analyzer
    unheld = [*analyzer.query_terms("udlandet"), *analyzer.query_terms("partier")]
    assert absent_things(analyzer, "Hvilke steder skaber de varer, vi ellers skulle købe i udlandet?", unheld) == []
    assert absent_things(analyzer, "Hvilke egne laver de ting, vi sælger til udlandet?", unheld) == []
    # Which parties is no place: abroad is then what is asked about.
    assert absent_things(analyzer, "Hvilke partier samarbejder I med i udlandet?", unheld) == ["udlandet"]


def test_gerne_compared_is_an_adverb_and_the_verb_after_it_no_thing_asked():
    # "helst" and "hellere" are "gerne" compared; the verb they stand before is what the asker wants
    # done, put in the material's own verbs or not at all.
    assert asked_things("Hvad vil I helst opnå?") == []
    assert asked_things("Hvad ville de hellere undgå?") == []


def test_the_first_day_of_a_period_that_follows_the_calendar_year_is_told():
    # § 10, stk. 1: "Foreningens regnskabsår følger kalenderåret": it runs from 1 January.
    kind = time_kind("Fra hvilken dato regnes foreningens regnskabsår?", True)
    assert tells_time_kind("Foreningens regnskabsår følger kalenderåret.", kind)
    # A period counted in years from something else names no first day.
    assert not tells_time_kind("Kontingentet fastsættes for et år ad gangen.", kind)
