"""A visitor asks what Balance Danmark does "til daglig", where the export is made "henne", or writes
first that they are doing a school essay: none of those words is what they ask about.

The step that reads the thing asked (asked_thing) took "daglig", "henne", "hænde" and the essay for
things the material must name, and declined questions the Om page and the statutes answer. Danish
grammar tells them apart: a preposition before a form simplemma knows only as a verb's makes an
adverbial ("i hænde"), "til daglig" and "til hverdag" are habitual time adverbials, "henne" completes
"hvor", a comparative of a degree word before a preposition says how near ("tættere på"), and a
first-person statement before the question word is the asker's situation. A thing asked in the same
places (a name, a language, a noun) still declines.
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_adverbials import adverbial_positions, moved_places, place_adverb
from assistant.answer.asked_thing import asked_things
from assistant.answer.compose import ask


@pytest.mark.parametrize("question", [
    "Hvad laver I til daglig?",
    "hvad laver i egentlig til daglig",
    "Quick question – hvad laver Balance Danmark egentlig til daglig?",
])
def test_what_the_organisation_does_day_to_day_is_answered_from_the_om_page(bundled_index, question):
    answer = ask(question, bundled_index)
    assert answer.answered and "analyser" in answer.answer


def test_where_the_export_is_made_henne_is_answered_with_the_towns(bundled_index):
    answer = ask("hvor bliver det meste af eksporten lavet henne", bundled_index)
    assert answer.answered and "mellemstore byer" in answer.answer


def test_henne_leaves_the_office_as_the_thing_asked_about_and_the_om_page_names_none(bundled_index):
    # Before, "kontor" counted as a modifier of "henne"; now it is the thing asked, and it is missing.
    assert asked_things("hvor ligger jeres kontor henne?") == ["kontor"]
    assert not ask("hvor ligger jeres kontor henne?", bundled_index).answered


def test_when_the_accounts_must_be_in_hand_is_answered_from_the_statutes(statutes):
    answer = ask("Hvornår skal vi have regnskabet i hænde før mødet?", statutes)
    assert answer.answered and "§ 10, stk. 3" in answer.answer and "en uge før" in answer.answer


@pytest.mark.parametrize("question, adverbial", [
    ("Hvad laver I til daglig?", "daglig"),                       # habitual time
    ("Hvad laver I til hverdag?", "hverdag"),                     # habitual time
    ("Hvornår skal vi have regnskabet i hænde før mødet?", "hænde"),  # preposition + no noun
    ("hvor bliver eksporten lavet henne", "henne"),               # completes "hvor"
    ("skal magten flyttes tættere på kommunerne?", "tættere"),    # comparative of "tæt" before "på"
])
def test_adverbials_are_no_things_asked_about(question, adverbial):
    assert adverbial not in asked_things(question)


@pytest.mark.parametrize("question, thing", [
    ("Kan man betale kontingentet med mobilepay?", "mobilepay"),     # a name after a preposition
    ("Hvor meget får bestyrelsesmedlemmerne i honorar?", "honorar"),  # a noun after a preposition
    ("Kan man stemme elektronisk på generalforsamlingen?", "elektronisk"),  # no preposition before it
    ("Er der rabat til pensionister?", "pensionister"),              # a plural noun after a preposition
    ("Hvad sker der med pengene, hvis foreningen lukker?", "pengene"),  # a plural-only noun, inflected
    ("Kan jeg få rapporten på engelsk?", "engelsk"),                 # a language, an adjective
    ("Hvem er pasientombud i Oslo?", "oslo"),                        # a name simplemma lists
])
def test_a_thing_after_a_preposition_is_still_a_thing_asked_about(question, thing):
    assert thing in asked_things(question)


def test_the_pronoun_i_is_no_preposition():
    words = ["hvad", "vil", "i", "opnå"]
    assert 3 not in adverbial_positions(words, {"tæt"}, {2: True})


@pytest.mark.parametrize("question, expected", [
    ("Hej! Jeg sidder og skriver en opgave om regional udvikling i skolen, og jeg kunne godt tænke mig "
     "at vide, hvilke sager I har haft held med at påvirke politisk de seneste år. På forhånd tak!",
     "udligningsordning"),
    ("Jeg skriver en opgave i samfundsfag og har et spørgsmål: hvem stod bag, da det hele blev sat i gang?",
     "Danske Andelskassers Bank"),
])
def test_a_pupil_s_essay_before_the_question_does_not_decline_it(bundled_index, question, expected):
    answer = ask(question, bundled_index)
    assert answer.answered and expected in answer.answer


def test_a_situation_is_no_thing_asked_but_the_question_s_own_words_are():
    assert "opgave" not in asked_things("Jeg skriver en opgave om skybrud. Hvor mange kældre blev oversvømmet?")
    assert "kældre" in asked_things("Jeg skriver en opgave om skybrud. Hvor mange kældre blev oversvømmet?")


def test_what_the_asker_looks_for_is_asked_about_when_the_question_is_its_complement():
    # "reglerne for, hvor mange …": the rules are sought, the question word's clause only says which.
    assert "reglerne" in asked_things("Jeg leder efter reglerne for, hvor mange gange man kan genvælges som formand.")


def test_a_situation_whose_question_is_a_condition_stays_the_question():
    # "hvis" opens a condition, not the question: the main clause before it is what is asked.
    assert asked_things("Jeg vil stemme elektronisk, hvis jeg er syg") == ["elektronisk"]


def test_what_happens_to_the_money_is_still_declined_by_the_om_page(bundled_index):
    # The Om page says nothing of an association closing down; "pengene" is what is asked about.
    assert not ask("Hvad sker der med pengene, hvis foreningen lukker?", bundled_index).answered


@pytest.mark.parametrize("question", [
    "Hvad ville I have flyttet ud af hovedstaden?",
    "Hvad er jeres holdning til at flytte statslige job ud af hovedstaden?",
])
def test_the_place_jobs_are_moved_out_of_is_said_by_the_om_page_s_udflytning(bundled_index, question):
    answer = ask(question, bundled_index)
    assert answer.answered and "udflytningen af statslige arbejdspladser" in answer.answer


def test_a_place_moved_from_counts_only_where_the_material_names_the_movement():
    words = "hvad ville i have flyttet ud af hovedstaden".split()
    assert moved_places(words, lambda prefix: prefix == "udflyt") == {"hovedstaden"}
    assert moved_places(words, lambda prefix: False) == set()
    # A place after a preposition of no movement is a thing asked about.
    assert moved_places("hvem bor i hovedstaden".split(), lambda prefix: True) == set()


@pytest.mark.parametrize("question", [
    "Fra hvilken størrelse skal et nyt kontorbyggeri have planter eller solceller ovenpå?",
    "fra hvilken stoerrelse skal et nyt kontorbyggeri have planter eller solceller ovenpaa",
])
def test_what_a_large_new_building_should_have_ovenpaa_is_answered_with_the_roof_size(association, question):
    # "ovenpå" says where the plants go, not what: the publication says "grønne tage eller solceller".
    answer = ask(question, association)
    assert answer.answered and "500 kvadratmeter" in answer.answer


@pytest.mark.parametrize("adverb", ["ovenpå", "udenfor", "indenfor", "bagved", "nedenunder", "derude", "herhjemme"])
def test_an_adverb_of_place_is_no_thing_asked(adverb):
    assert place_adverb(adverb)
    assert adverb not in asked_things(f"Hvad har I tænkt jer at gøre {adverb}?")


def test_a_thing_beside_an_adverb_of_place_is_still_asked_and_declines(association):
    # The adverb is left out, not the noun it stands beside: no passage names a swimming pool.
    assert "svømmehal" in asked_things("Må man bygge en svømmehal ovenpå?")
    assert not ask("Må man bygge en svømmehal ovenpå?", association).answered
