"""A visitor writes English around the organisation's Danish names and puts a subject of several
words before the verb: the thing asked about is still the noun, never a Danish small word inside a
name nor a verb word order puts late ("does the club's financial year cover?")."""
from __future__ import annotations

import pytest

from assistant.answer.asked_thing_english import english_asked_things, name_positions
from assistant.answer.compose import ask
from assistant.language import wordnet
from tests.support.corpus import make_document
from tests.support.language import require_debian_file


@pytest.fixture
def with_wordnet():
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")


def test_danish_small_words_inside_a_name_belong_to_the_name():
    raw = "What did Cyklister på Toppen protest against in Staten i hele Landet?".split()
    _, inside = name_positions(raw)
    assert {raw[i] for i in inside} == {"på", "i", "hele"}
    # English small words between two names join nothing: "and", "of" are no Danish words.
    _, inside = name_positions("Did Aarhus and Odense join?".split())
    assert not inside


def test_the_verb_after_a_name_with_a_danish_small_word_inside_is_no_thing(with_wordnet):
    things = english_asked_things("What did Cyklister på Toppen protest against?", names=True)
    assert "protest" not in things and "på" not in things
    assert {"cyklister", "toppen"} <= set(things)


@pytest.mark.parametrize("question, verb, noun", [
    ("Which months does the club's financial year cover?", "cover", "financial"),
    ("How many years does the cost estimate cover?", "cover", "estimate"),
    ("When did the club's national council review the fee?", "review", "fee"),
])
def test_a_subject_of_several_words_puts_the_verb_after_it(with_wordnet, question, verb, noun):
    things = english_asked_things(question)
    assert verb not in things and noun in things


def test_a_subject_of_one_noun_keeps_the_verb_right_after_it(with_wordnet):
    things = english_asked_things("Does the board meet every month?")
    assert "board" in things and "meet" not in things


def test_a_relative_clause_and_a_gerund_after_a_preposition_are_verbs(with_wordnet):
    things = english_asked_things("Who picks the person who checks the books?")
    assert "checks" not in things and "books" in things
    assert "writing" not in english_asked_things("What do you do apart from writing reports?")
    # An -ing noun stays a thing: WordNet has "housing" as a noun as often as "house" as a verb.
    assert "housing" in english_asked_things("Do you give advice about housing?")


CLUB = "https://cykelklub.example/vedtaegter/"


def _club(index_of):
    return index_of([make_document(CLUB, "Vedtægter for Cykelklubben Egern", [
        ("§ 1 Navn", "Stk. 1. Klubbens navn er Cykelklubben Egern. Klubben startede i 2011 under navnet "
                     "Cyklister på Toppen."),
        ("§ 8 Regnskab", "Stk. 1. Klubbens regnskabsår følger kalenderåret."),
        ("§ 9 Kontingent", "Stk. 1. Kontingentet er 300 kr. om året og betales i februar."),
        ("§ 10 Ture", "Stk. 1. Klubben kører fællesture hver søndag fra april til oktober.")])])


def test_a_question_with_a_long_subject_before_its_verb_is_answered(with_wordnet, index_of):
    answer = ask("Which months does the club's financial year cover?", _club(index_of))
    assert answer.answered and "kalenderåret" in answer.answer


def test_a_question_naming_the_old_name_with_a_danish_small_word_is_answered(with_wordnet, index_of):
    answer = ask("When did Cyklister på Toppen rebrand?", _club(index_of))
    assert answer.answered and "2011" in answer.answer


def test_a_council_is_the_municipality_the_publication_speaks_of(with_wordnet, publication_index):
    # British English calls a Danish "kommune" a council; no dictionary has the word.
    answer = ask("What will the councils save money on?", publication_index)
    assert answer.answered and "kloakering" in answer.answer
    answer = ask("When did the association's national council adopt the recommendations?", publication_index)
    assert answer.answered and "15. februar 2025" in answer.answer



@pytest.mark.parametrize("question, adjective", [
    ("What was the club called before it got its current name?", "current"),
    ("Can the club's ordinary members vote?", "ordinary"),
    ("Does the club help with dense neighbourhoods?", "dense"),
])
def test_an_adjective_before_its_noun_is_no_thing_asked(with_wordnet, question, adjective):
    assert adjective not in english_asked_things(question, content=True)


@pytest.mark.parametrize("question, word", [
    ("Should empty lots become parks?", "empty"),               # also a verb ("empty the bins")
    ("Which months does the club's financial year cover?", "financial"),  # "financial year": one noun
    ("Does the club put solar panels on its roof?", "solar"),   # "solar panel": one noun
])
def test_a_word_that_can_be_a_verb_or_begins_a_compound_noun_stays_a_thing(with_wordnet, question, word):
    assert word in english_asked_things(question, content=True)


def test_the_old_name_asked_before_the_current_name_is_answered(with_wordnet, index_of):
    # The club's current name is its name now; the statute says "navn", never "nuværende".
    answer = ask("What was the club called before it got its current name?", _club(index_of))
    assert answer.answered and "Cyklister på Toppen" in answer.answer


@pytest.mark.parametrize("question", [
    "How much will the plan cost over a decade?",
    "How many trees were lost over the past decade?",
    "What will the plan cost over the next 10 years?",
])
def test_a_time_after_over_says_how_long_and_is_no_thing_asked(with_wordnet, question):
    things = english_asked_things(question)
    assert "decade" not in things and "years" not in things


def test_a_time_asked_about_is_still_a_thing(with_wordnet):
    # Without "over" the noun of time is what is asked: the material must name it.
    assert "decade" in english_asked_things("How many trees were lost in the last decade?")


def test_a_cost_over_a_decade_is_answered_with_the_ten_years_estimate(with_wordnet, publication_index):
    # The publication says "vil tilsammen koste 1,2 milliarder kroner over ti år", never "årti".
    answer = ask("how mcuh will all the recomendations cost over a decade", publication_index)
    assert answer.answered and "1,2 milliarder" in answer.answer
