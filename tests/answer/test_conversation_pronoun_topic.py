"""A chain of follow-ups stays on the thing its pronouns stand for, not on what the middle one asked."""
from __future__ import annotations

import pytest

from assistant.answer.conversation import ask
from assistant.answer.pronoun_referent import may_stand_for, pronoun_in
from assistant.answer.topic import history_topic


def test_the_agenda_after_how_the_meeting_is_called_is_the_meetings_agenda(statutes):
    # "den" in the middle question is the ordinary general meeting; "indkaldes" is what was asked
    # about it. The agenda is asked of that meeting (§ 7, stk. 4), not of § 8, which also
    # "indkaldes" and names a "dagsorden".
    history = ("Hvornår holdes den ordinære generalforsamling?", "hvordan indkaldes den?")
    answer = ask("og hvad skal der stå på dagsordenen?", statutes, history)
    assert answer.answered
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("7", "4")


def test_the_pronouns_thing_weighs_more_than_the_verb_asked_about_it(statutes):
    _, groups = history_topic(statutes, ("Hvornår holdes den ordinære generalforsamling?",
                                         "hvordan indkaldes den?"))
    weight = {g.term: g.weight for g in groups}
    assert weight["ordina"] > weight["indkald"]


def test_what_was_asked_about_the_pronouns_thing_at_first_is_not_carried_either(statutes):
    # The first question asked when the meeting is held ("holdes", which the search reads as the
    # statutes' "afholdes", said of § 8's extraordinary meeting too): the chain is about the meeting.
    _, groups = history_topic(statutes, ("Hvornår holdes den ordinære generalforsamling?",
                                         "hvordan indkaldes den?"))
    terms = {g.term for g in groups}
    assert {"ordina", "generalforsamling"} <= terms
    assert "hold" not in terms


def test_the_newest_question_keeps_its_verb_in_the_topic(statutes):
    # No later pronoun stood for its thing: a follow-up may ask about the holding itself ("og den
    # ekstraordinære?").
    _, groups = history_topic(statutes, ("Hvornår holdes den ordinære generalforsamling?",))
    assert "hold" in {g.term for g in groups}


def test_a_middle_question_naming_a_thing_of_its_own_stays_the_newest_topic(statutes):
    # "hvad koster kontingentet?" names its thing: it is the topic at the newest weight.
    _, groups = history_topic(statutes, ("Hvem kan blive medlem?", "og hvad koster kontingentet for det?"))
    weight = {g.term: g.weight for g in groups}
    assert weight["kontingent"] > weight.get("medlem", 0.0)


def test_a_pronoun_that_cannot_stand_for_the_thing_before_leaves_the_newest_question_first(bundled_index):
    # "den" is not "medlemmet" (neuter): it stands for the organisation, which the topic does not carry.
    _, groups = history_topic(bundled_index, ("Hvem kan være medlem af Balance Danmark?", "hvornår blev den startet?"))
    weight = {g.term: g.weight for g in groups}
    assert weight["start"] > weight["medlem"]


@pytest.mark.parametrize("pronoun, nouns, agrees", [
    ("den", ["generalforsamling"], True),
    ("den", ["medlem"], False),          # "medlemmet"
    ("det", ["kontingent"], True),       # "kontingentet"
    ("det", ["bestyrelse"], False),      # "bestyrelsen"
    ("de", ["forslag"], True),           # plural pronouns agree with any noun
    ("den", ["træplan"], True),          # a compound the table lacks may be of either gender
])
def test_a_danish_pronoun_agrees_with_a_noun_of_its_gender(pronoun, nouns, agrees):
    assert may_stand_for(pronoun, nouns) is agrees


def test_the_pronoun_looked_for_is_the_first_that_points_back():
    assert pronoun_in("hvordan indkaldes den?") == "den"
    assert pronoun_in("hvem skal de sendes til?") == "de"
    assert pronoun_in("hvornår?") is None
