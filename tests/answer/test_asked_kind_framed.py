"""A visitor frames the kind asked around its question word: how exact, in which span, from or to when.

Round thirty-seven's dev set (dev37b) asked the kinds in forms the readers did not know:

- "Omtrent hvornår sluttede Staten i hele Danmark sig til jer?" was declined: "omtrent" was read as a thing
  the Om page must name. A word that opens the clause right before its question word can only modify the
  question word (how exact an answer is wanted), so it is none; a noun there still is.
- "Hvor mange dage inden mødet skal et forslag ligge hos bestyrelsen?" was declined by the model with
  "ligge" weighed as a thing: after a modal and a subject of several words ("et forslag", "jeres
  organisation egentlig") the infinitive was not found. It is the first infinitive after the subject.
- "Hvilken tid på året fik I jeres nuværende navn?" searched "tid", the noun of the kind asked, which belongs
  to the question word as "ofte" in "hvor ofte" does (the span, "året", is still searched). And where the sentence tied for the question holds only its
  light verb ("fik": "… har … fået behovet …"), the time gate reads the sentence naming the noun the tied
  ones lack ("… som i slutningen af 2018 ændrede navn").
- "Fra hvilket tidspunkt er man regnet som medlem?" was taken for an hour of the day ("hvilket tidspunkt"),
  which the statutes never give; "fra" makes it the day membership starts ("den dag, kontingentet er
  betalt"). "Til hvilket tidspunkt" was first read as an end, any time, but then the Om page answered the
  association's "Til hvilket tidspunkt er jeg tidligst ude, …?" with a sentence on "de seneste år", so it
  stays an hour, which the time gate declines where none is named.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.asked_head import question_word_terms
from assistant.answer.asked_thing import asked_things
from assistant.answer.fact_kinds import asked_types
from assistant.answer.gate_clock import CLOCK, START, telling_sentences, time_kind
from assistant.answer.retrieve import TermGroup
from assistant.language.analysis import default_analyzer


@pytest.mark.parametrize("question, modifier", [
    ("Omtrent hvornår sluttede Staten i hele Danmark sig til jer?", "omtrent"),
    ("Cirka hvor mange træer har medlemmerne plantet?", "cirka"),
    ("Tak for svaret. Præcis hvornår startede I?", "præcis"),
])
def test_a_word_right_before_the_question_word_is_no_thing_asked(question, modifier):
    assert modifier not in asked_things(question)


def test_a_noun_before_the_question_word_stays_a_thing_asked():
    assert "staten" in asked_things("Staten hvornår kom den med?")


def test_the_visitor_asking_roughly_when_a_body_joined_gets_the_history(bundled_index):
    answer = ask("Omtrent hvornår sluttede Staten i hele Danmark sig til jer?", bundled_index)
    assert answer.answered and "Samtidig tilsluttede" in answer.answer, answer.answer


@pytest.mark.parametrize("question, verb", [
    ("Hvor mange dage inden mødet skal et forslag ligge hos bestyrelsen?", "ligge"),
    ("hvad vil jeres organisation egentlig opnaa", "opnå"),
    ("Hvad ville folkene bag Danmark på Vippen opnå?", "opnå"),
    ("Kan jeg som almindelig borger melde mig ind?", "melde"),
])
def test_the_infinitive_after_a_modal_and_a_long_subject_is_a_verb(question, verb):
    assert verb not in asked_things(question)


@pytest.mark.parametrize("question, story", [
    ("Kan min nabo stemme for mig til generalforsamlingen?", "nabo"),
    ("Hvad skal en elev på universitetet betale om året?", "universitetet"),
])
def test_the_askers_story_in_the_subject_stays_no_thing_asked(question, story):
    # The subject before the infinitive tells who asks; it is read as before, a modifier, not a thing.
    assert story not in asked_things(question)


def test_a_manner_word_after_the_infinitive_stays_a_thing_asked():
    assert "elektronisk" in asked_things("Kan man stemme elektronisk på generalforsamlingen?")


def test_the_member_asking_how_many_days_before_a_proposal_must_be_in_gets_the_deadline(statutes):
    answer = ask("Hvor mange dage inden mødet skal et forslag ligge hos bestyrelsen?", statutes)
    assert answer.answered and "14 dage" in answer.answer, answer.answer


@pytest.mark.parametrize("question, noun", [
    ("Hvilken tid på året fik I jeres nuværende navn?", "tid"),
    ("hvilket tidspunkt paa dagen starter generalforsamlingen", "tidspunkt"),
])
def test_the_noun_of_time_before_its_span_is_part_of_the_question_word(question, noun):
    analyzer = default_analyzer()
    assert set(analyzer.query_terms(noun)) <= question_word_terms(analyzer, question)


def test_the_span_itself_is_still_searched():
    # "året" finds a rule's "hvert år": "Hvornår på året ligger generalforsamlingen?" needs it.
    analyzer = default_analyzer()
    terms = question_word_terms(analyzer, "Hvornår på året ligger generalforsamlingen?")
    assert not set(analyzer.query_terms("året")) & terms


def test_the_time_is_read_where_the_noun_the_tied_sentence_lacks_is_named():
    found = (("I 2017 kom bevægelsen med, som i slutningen af 2018 ændrede navn.", ("bevæg", "navn")),
             ("Samtidig kom en forening med.", ("forening",)),
             ("Vi har de seneste år fået behovet på dagsordenen.", ("faa", "behov")))
    groups = [TermGroup("fik", ("faa",), 2.0), TermGroup("navn", ("navn",), 1.0)]
    weights = {g.term: g.weight for g in groups}
    # The light verb weighs most and only the tied sentence holds it: the name's sentence is read.
    assert telling_sentences(found, [2], groups, weights.get) == [0]


@pytest.mark.parametrize("question, kind", [
    ("fra hvilket tidspunkt er man regnet som medlem?", START),
    ("til hvilket tidspunkt er jeg tidligst ude, hvis jeg melder mig ud i dag?", CLOCK),
    ("hvilket tidspunkt starter generalforsamlingen?", CLOCK),
    ("fra hvilket tidspunkt på dagen kan man komme?", CLOCK),
])
def test_a_start_or_an_end_asked_by_tidspunkt_is_no_hour(question, kind):
    assert time_kind(question, True) == kind


def test_when_one_is_out_is_not_answered_by_the_om_pages_recent_years(bundled_index):
    # The Om page tells no end of a membership: "de seneste år" in its history is no answer to it.
    answer = ask("Til hvilket tidspunkt er jeg tidligst ude, hvis jeg melder mig ud i dag?", bundled_index)
    assert not answer.answered, answer.answer


def test_the_member_asking_the_hour_of_the_meeting_is_still_declined(statutes):
    answer = ask("Hvornår på dagen starter generalforsamlingen?", statutes)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize("question", ["hvor laenge har formanden siddet", "Hvor lenge har han vært leder?"])
def test_how_long_typed_without_ae_or_in_norwegian_asks_no_place(question):
    # "hvor længe" was never read as a place; typed "laenge", or Norwegian "lenge", it was, and the place gate
    # then asked the answer for a place name.
    assert not asked_types(question.casefold()).place


def test_a_verb_the_reading_puts_before_the_question_word_stays(association):
    # The reading makes "… vil gerne melde sig ud. Hvem skal hun skrive til?" into "udmelde Hvem skal …?":
    # "udmelde" is no modifier of "Hvem", and the statutes' "Udmeldelse sker skriftligt til kassereren" answers.
    answer = ask("Min søster i Aarhus vil gerne melde sig ud. Hvem skal hun skrive til?", association)
    assert answer.answered and "kassereren" in answer.answer, answer.answer
