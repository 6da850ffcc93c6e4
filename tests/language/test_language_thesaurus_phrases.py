"""A question's fixed phrases read as the thesaurus reads them: "bakker I op om" is "støtte", not a hill.

mythes-da lists verb-and-particle phrases as headwords ("bakke op") and as one-word headwords'
synonyms ("handle om" under "omhandle"). A Danish question puts its subject and an adverb between
the verb and its particle, and inflects the verb; the phrase is found all the same.
"""
from __future__ import annotations

import pytest

from assistant.language.thesaurus import Thesaurus, parse
from assistant.language.thesaurus_phrases import QUESTION_OBJECTS, phrase_table, question_phrases


def _said(question, table=None):
    return {phrase.said: phrase.synonyms for phrase in question_phrases(question, table)}


def _stranded(question):
    return {phrase.said: phrase.stranded for phrase in question_phrases(question)}


def test_backing_a_party_is_supporting_it_not_a_hill():
    found = _said("Bakker I op om et bestemt parti?")
    assert "støtte" in found[("bakker", "op")]


def test_the_subject_and_an_adverb_may_stand_between_the_verb_and_its_particles():
    found = _said("Hvad går jeres arbejde egentlig ud på?")
    assert "omhandle" in found[("går", "ud", "på")]


def test_a_phrase_listed_under_a_one_word_headword_gives_that_headword():
    # "handle om" stands in the entry of "omhandle", "holde til" in that of "tåle".
    assert _said("Hvad handler jeres analyser om?")[("handler", "om")] == ("omhandle",)


def test_a_particle_too_far_from_its_verb_is_no_phrase():
    assert not _said("Bakker jeres medlemmer i hele landet egentlig også op om det?")


def test_phrases_led_by_a_function_word_or_of_two_words_of_meaning_are_left_out():
    # "i dag" is grammar; "politisk parti" is a thing the passage must name itself.
    thesaurus = parse(["i dag|1", "|nu", "parti|1", "|politisk parti|fraktion", "bakke op|1", "|støtte"])
    table = phrase_table(thesaurus)
    assert set(table) == {"bakke"}
    assert not _said("Hvilket politisk parti stemmer I på i dag?", table)


def test_an_empty_thesaurus_gives_no_phrases():
    assert phrase_table(Thesaurus()) == {}
    assert question_phrases("Bakker I op om et parti?", {}) == []


@pytest.mark.parametrize("question", [
    "Hvad handler jeres analyser om?",          # hvad
    "Hvem skal jeg skrive til?",                # hvem
    "Hvor holder foreningen til?",              # hvor
    "Hvilken sag handler det om?",              # hvilken
    "Hvilket emne handler rapporten om?",       # hvilket
    "Hvilke emner handler analyserne om?",      # hvilke
])
def test_a_preposition_ending_the_clause_is_governed_by_the_question_word(question):
    assert any(_stranded(question).values())
    assert question.casefold().split()[0] in QUESTION_OBJECTS


@pytest.mark.parametrize("question", [
    "Hvordan siger jeg mit medlemskab op?",       # an adverb governs nothing
    "Hvornår er fristen for at stille op til bestyrelsen?",  # the particle does not end the clause
    "Hvad laver I til daglig?",                   # "til" governs "daglig"
    "Hvem bliver smidt ud?",                      # "ud" joins its verb: "udsmide"
])
def test_other_phrases_are_not_stranded(question):
    assert not any(_stranded(question).values())


def test_a_phrase_stays_within_its_clause():
    # "til, når": the comma ends the clause, and "til" its last word.
    assert _stranded("Godmorgen, hvem skal jeg skrive til, når jeg vil melde mig ud?")[("skrive", "til")]
    assert not _said("Hvem kan jeg skrive, til sidst?")
