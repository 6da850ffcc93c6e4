"""A question's fixed phrases read as the thesaurus reads them: "bakker I op om" is "støtte", not a hill.

mythes-da lists verb-and-particle phrases as headwords ("bakke op") and as one-word headwords'
synonyms ("handle om" under "omhandle"). A Danish question puts its subject and an adverb between
the verb and its particle, and inflects the verb; the phrase is found all the same.
"""
from __future__ import annotations

from assistant.language.thesaurus import Thesaurus, parse
from assistant.language.thesaurus_phrases import phrase_table, question_phrases


def _said(question, table=None):
    return {said: synonyms for said, synonyms in question_phrases(question, table)}


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
