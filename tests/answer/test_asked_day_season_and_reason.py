"""A visitor asks for a day, a time of year, or the reason in a noun phrase.

"What day in 2014 did it all start?" asks for a day in a year it gives: the Om page tells only the year ("startede i
2014"), and answering with it gave the visitor what they already wrote. "hvilken dag i 2026 udkommer
byregnskabet" likewise, of the publication's "Det første byregnskab udkommer i 2026". "Hvornår på
året …?" / "what part of the year …?" ask when in the year: a year alone does not say, "i slutningen af
2018" does. "Hvad var grunden til, at …?" asks why: "grunden" is the
question's grammar, not a thing the material must name, and searched it found "grundlag".
"""
from __future__ import annotations

from assistant.answer.asked_measure import deadline_terms
from assistant.answer.asked_thing import asked_things
from assistant.answer.compose import ask
from assistant.answer.fact_kinds import asked_types
from assistant.answer.gate_clock import DATE, DAY, SEASON, tells_time_kind, time_kind
from assistant.answer.time_span import tells_duration


def test_a_day_asked_is_not_told_by_the_year_alone():
    assert time_kind("What day in 2014 did it all start?", True) == DAY
    assert time_kind("Hvilken dato i 2025 sagde landsrådet ja?", True) == DAY
    # Without a year given the day is asked all the same: a year alone does not tell it (round thirty-four).
    assert time_kind("Hvilken dato sagde landsrådet ja?", True) == DAY
    assert time_kind("Hvilken dato er den næste generalforsamling?", True) == DAY
    assert time_kind("Hvornår er den næste generalforsamling?", True) == DATE
    assert not tells_time_kind("Det første byregnskab udkommer i 2026.", DAY)
    assert tells_time_kind("Årsmødet holdes en lørdag i april.", DAY)
    assert not tells_time_kind("Balance Danmark startede i 2014 under navnet Danmark på Vippen.", DAY)
    assert tells_time_kind("Vedtaget på den stiftende generalforsamling 12. marts 2019.", DAY)


def test_the_visitor_asking_which_day_of_a_told_year_is_declined(bundled_index, association):
    assert not ask("What day in 2014 did it all start?", bundled_index).answered
    assert not ask("hvilken dag i 2026 udkommer byregnskabet", association).answered


def test_the_visitor_asking_which_day_the_first_accounts_come_out_is_declined(association):
    # The publication tells only the year ("Det første byregnskab udkommer i 2026"), not the day.
    assert not ask("Hvilken dag udkommer det første byregnskab?", association).answered
    assert not ask("On which day does the first green city account come out?", association).answered


def test_the_visitor_asking_which_day_the_association_was_founded_gets_the_date(association):
    answer = ask("Hvilken dag blev foreningen stiftet?", association)
    assert answer.answered and "12. marts 2019" in answer.answer, answer.answer


def test_a_time_of_year_is_told_by_a_part_of_the_year_not_by_the_year():
    assert asked_types("What part of the year did the name change happen?").time_kind == SEASON
    assert asked_types("Hvilken del af året skiftede I navn?").time_kind == SEASON
    assert not tells_time_kind("Det første byregnskab udkommer i 2026.", SEASON)
    assert tells_time_kind("Danmark på Vippen ændrede i slutningen af 2018 navn til Balance Danmark.", SEASON)
    assert tells_time_kind("Kontingentet opkræves i januar.", SEASON)


def test_the_visitor_asking_what_part_of_the_year_the_name_changed_gets_the_end_of_2018(bundled_index):
    answer = ask("What part of the year did the name change to Balance Danmark happen?", bundled_index)
    assert answer.answered and "slutningen af 2018" in answer.answer, answer.answer


def test_the_reason_in_a_noun_phrase_is_no_thing_asked_nor_searched(bundled_index):
    assert asked_things("Hvad var grunden til, at det hele opstod?") == []
    assert set(bundled_index.analyzer.query_terms("grunden")) <= deadline_terms(
        bundled_index.analyzer, "Hvad var grunden til, at Balance Danmark blev stiftet?")
    answer = ask("Hvad var grunden til, at Balance Danmark blev stiftet?", bundled_index)
    assert answer.answered and "centralisering" in answer.answer, answer.answer


def test_a_length_of_time_is_told_in_gate_counts_units_too():
    # The units and numerals gate_count's reading of a span has ("fjorten", "maaneder"), which time_span lacked.
    assert tells_duration("indkaldes med fjorten dages varsel")
    assert tells_duration("i restance i mere end tre maaneder")
