"""Spoken openers around a question: a hesitation, a word that calls for attention, a wondering that
goes on ("Jeg sidder og undrer mig over, …"), leave to ask, and a follow-up behind an "okay"."""
from __future__ import annotations

import pytest

from assistant.answer.asked_english_verbs import english_verb_positions
from assistant.answer.asked_thing import asked_things
from assistant.answer.chat_speak import written_out
from assistant.answer.conversation import ask
from assistant.answer.leaning import leans_by_words
from assistant.answer.wrappers import unwrap, without_opener


@pytest.mark.parametrize("message, meant", [
    ("Ehm, hvorfor skulle et land i balance gøre Danmark rigere?",
     "hvorfor skulle et land i balance gøre Danmark rigere?"),
    ("øhm hvem er formand?", "hvem er formand?"),
    ("Æh, hvornår er generalforsamlingen?", "hvornår er generalforsamlingen?"),
])
def test_a_danish_hesitation_is_a_sound_not_a_word_asked_about(message, meant):
    assert written_out(message) == meant


@pytest.mark.parametrize("message", ["Hvad er en ehmer?", "Hvor mange øhavne er der?"])
def test_a_word_that_only_begins_like_a_hesitation_stays(message):
    assert written_out(message) == message


@pytest.mark.parametrize("message, question", [
    # A verb of posture joined by "og" only says the wondering goes on.
    ("Jeg sidder og undrer mig over, om man ryger ud, hvis man ikke betaler?",
     "om man ryger ud, hvis man ikke betaler?"),
    ("Jeg går og spekulerer på, hvem der skriver under?", "hvem der skriver under?"),
    # Doubt, with a degree word and a colon.
    ("Jeg er lidt i tvivl: hvor mange sidder i bestyrelsen?", "hvor mange sidder i bestyrelsen?"),
    ("Jeg er lidt i tvivl om, hvordan borgerne skal inddrages?", "hvordan borgerne skal inddrages?"),
    # A word that calls for the reader's attention, and a greeting of the day written in two words.
    ("Du, hvornår skiftede I navn?", "hvornår skiftede I navn?"),
    ("Sig mig, hvem kom med i organisationen?", "hvem kom med i organisationen?"),
    ("Hør her, hvad koster det?", "hvad koster det?"),
    ("God dag. Hvor mange byer dækker kortlægningen?", "Hvor mange byer dækker kortlægningen?"),
    # "rent faktisk" is "faktisk" stressed.
    ("Hvad laver I rent faktisk?", "Hvad laver I?"),
    # Leave to ask, and the request put as an ability, in English.
    ("Mind if I ask how much a municipality pays?", "how much a municipality pays?"),
    ("May I ask who signs for the association?", "who signs for the association?"),
    ("Would you be able to tell me if you're tied to a party?", "if you're tied to a party?"),
])
def test_the_spoken_opener_is_taken_off_and_the_question_is_left(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message", [
    "Hvad er det du, ved om byhaver?",        # "du" inside the question, not calling for attention
    "Hvem sidder i bestyrelsen?",             # "sidder" as the question's own verb
    "Hvor kan jeg spørge om en byhave?",      # "can I ask" asks where, no leave to ask
])
def test_the_same_words_inside_a_question_stay(message):
    assert unwrap(message) == message


def test_til_dagligt_says_how_things_usually_are_as_til_daglig_does():
    assert asked_things("Hvad laver I til dagligt?") == []


def test_an_embedded_english_question_keeps_its_verb_after_the_subject():
    # "[Do you happen to know] what Balance Danmark was protesting against": the -ing form after
    # the auxiliary is the verb, not a thing the material must name.
    words = "what balance danmark was protesting against when it began".split()
    verbs, _ = english_verb_positions(words, {1, 2})
    assert words.index("protesting") in verbs
    # In a question's own order the auxiliary comes first, and the word after it is the subject.
    words = "when is the meeting".split()
    assert 3 not in english_verb_positions(words)[0]


@pytest.mark.parametrize("message, leans", [
    ("super, og for en virksomhed?", True),
    ("Okay tak! og hvornår?", True),
    ("Hej! Hvem er formand?", False),
    ("Tak for det. Et helt andet spørgsmål: hvor har foreningen hjemme?", False),
])
def test_a_follow_up_behind_a_chat_opener_still_leans_on_the_turn_before(message, leans):
    assert leans_by_words(message) is leans


def test_the_opener_alone_is_left_when_nothing_follows_it():
    assert without_opener("Tak!") == "Tak!"


def test_a_visitor_who_hesitates_first_is_answered(bundled_index):
    answer = ask("Ehm, hvorfor skulle et land i balance gøre Danmark rigere?", bundled_index)
    assert answer.answered and "nettoeksport" in answer.answer


def test_a_visitor_asking_with_til_dagligt_is_told_what_the_organisation_does(bundled_index):
    answer = ask("Må jeg spørge om noget? Hvad laver I rent faktisk til dagligt?", bundled_index)
    assert answer.answered and "analyser" in answer.answer


def test_a_visitor_who_asked_a_members_fee_gets_a_companys_after_super_og(statutes):
    earlier = ("Hvad koster det at være medlem som privatperson?",)
    answer = ask("super, og for en virksomhed?", statutes, earlier)
    assert answer.answered and "1.000 kr" in answer.answer
