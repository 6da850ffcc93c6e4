"""A visitor asks how old, how close or where, and the material tells it in a form of its own: an age
as the year the organisation started, a place by its kind ("i almene boligområder") rather than its
name, a second verb under one "to" ("to live and run a business").

"Hvor gammel …?" was read as a place ("hvor" before an adjective the lemmatiser does not compare
regularly: "ældre", "yngre"), so its answer had to hold a capitalised word, and a page that names
something else answered it; the place gate took only a name for a place, so "Hvor skal der især laves
byhaver?" was declined where the publication says "især i almene boligområder"; "run" in "to live and
run a business" was read as a thing the material never names. A question whose kind is not told is
still declined: an age no sentence gives, a place no answering sentence holds, one town asked by its
kind that only a name tells.
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_thing_english import english_asked_things
from assistant.answer.asked_which import names_which, wish_terms
from assistant.answer.compose import ask
from assistant.answer.fact_kinds import asked_types
from assistant.answer.place_told import names_place, tells_place
from assistant.answer.word_class import adjective, asks_degree


@pytest.mark.parametrize("question", [
    "Hvor gammel er foreningen?",
    "Hvor ung kan man være som medlem?",
    "Hvor sikker er finansieringen?",
    "hvor taet paa et groent sted skal man bo",   # typed without æ: "tæt"
])
def test_hvor_before_any_adjective_asks_for_a_degree_not_a_place(question):
    assert asks_degree(question.casefold())
    assert not asked_types(question).place


@pytest.mark.parametrize("question", ["Hvor ligger sekretariatet?", "Hvor skal man melde sig ind?",
                                      "Hvor holder foreningen til?"])
def test_hvor_before_a_verb_still_asks_for_a_place(question):
    assert asked_types(question).place


@pytest.mark.parametrize("word, is_adjective", [
    ("gammel", True), ("ung", True), ("sikker", True), ("tæt", True),
    ("skal", False), ("ligger", False), ("sted", False),
])
def test_an_adjective_is_told_by_its_neuter_form_or_its_comparison(word, is_adjective):
    assert adjective(word) is is_adjective


def test_how_old_an_age_is_asked_as_a_figure():
    assert asked_types("Hvor gammel er foreningen?").quantity
    assert asked_types("How old is the association?").quantity


def test_how_old_the_organisation_is_is_answered_with_the_year_it_started(bundled_index):
    # The Om page: "Balance Danmark startede i 2014 under navnet Danmark på Vippen …"
    answer = ask("Hvor gammel er Balance Danmark egentlig?", bundled_index)
    assert answer.answered and "2014" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Hvor gammel skal man være for at blive medlem?",
                                      "Hvor ung kan man være som medlem?"])
def test_an_age_limit_the_statutes_do_not_set_is_declined(statutes, question):
    assert not ask(question, statutes).answered


@pytest.mark.parametrize("word, place", [
    ("byerne", True), ("boligområder", True), ("bydele", True),   # a compound read by its head
    ("kassereren", False), ("sekretariatet", False), ("eller", False),   # "or": no noun of place
])
def test_a_noun_of_place_is_a_location_by_its_english_words(word, place):
    assert names_place(word) is place


@pytest.mark.parametrize("sentence, question, told", [
    ("Tabet er størst i de store byer.", "Hvor er tabet størst?", True),
    ("Der skal især laves haver i almene boligområder.", "Hvor skal der laves haver?", True),
    ("Udmeldelse sker skriftligt til kassereren.", "Hvor sker udmeldelse?", False),
    # A complex preposition places nothing.
    ("Vandet skal ledes i stedet for kloakken.", "Hvor skal vandet ledes?", False),
    ("Det skete på grund af vejret.", "Hvor skete det?", False),
])
def test_a_place_is_told_by_a_noun_of_place_after_a_preposition_of_place(sentence, question, told):
    assert tells_place([sentence], [sentence], question) is told


def test_one_town_asked_by_its_kind_is_told_only_by_a_name():
    sentence = "Tabet er størst i de store byer."
    assert not tells_place([sentence], [sentence], "Which town has lost the most green space?")
    # Several asked by their kind are told by it, in the clause that holds the question's words.
    assert tells_place([sentence], [sentence], "I hvilke byer er tabet størst?")


def test_a_neighbouring_sentence_places_something_else():
    # Only a name counts from a neighbour; a kind of place must stand in the answering sentence.
    assert not tells_place(["Stk. 1. Mødet holdes hvert år. Natur i byerne."], ["Stk. 1. Mødet holdes hvert år."],
                           "Hvor holdes mødet?")


def test_where_community_gardens_should_be_made_is_answered_with_the_kind_of_area(publication_index):
    # The publication: "… især i almene boligområder."
    answer = ask("hvor skal der isaer laves byhaver", publication_index)
    assert answer.answered and "almene boligområder" in answer.answer, answer.answer


def test_a_second_verb_under_one_to_is_a_verb_not_a_thing():
    question = "Where do you want people to have the same chances to live and run a business?"
    assert "run" not in english_asked_things(question)


def test_which_parties_are_hoped_for_is_answered_with_all_of_them(bundled_index):
    # The Om page: "Og vi håber, alle Folketingets partier … vil være med på holdet."
    answer = ask("Hvilke partier håber I vil være med?", bundled_index)
    assert answer.answered and "alle Folketingets partier" in answer.answer, answer.answer


def test_which_parties_cooperate_is_still_declined_as_all_of_them_names_none(bundled_index):
    # The hope is for all of them; that says nothing of which ones support or work with the organisation.
    assert not ask("Hvilke partier samarbejder I med?", bundled_index).answered


@pytest.mark.parametrize("sentence, wished, says_which", [
    ("Vi håber, alle Folketingets partier vil være med.", True, True),
    ("Vi håber, alle Folketingets partier vil være med.", False, False),   # the question wishes nothing
    ("Foreningen samarbejder med alle kommuner.", True, False),          # the sentence wishes nothing
])
def test_all_of_the_things_says_which_ones_are_wished_for(bundled_index, sentence, wished, says_which):
    analyzer = bundled_index.analyzer
    members = frozenset(analyzer.query_terms("partier") + analyzer.query_terms("kommuner"))
    wishing = wish_terms(analyzer) if wished else frozenset()
    assert names_which(analyzer, sentence, members, wishing) is says_which
