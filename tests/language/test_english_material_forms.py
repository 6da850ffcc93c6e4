"""A student asks "Where do you get your facts from?" of a page that says "viden og fakta", and a
journalist asks "When were the data gathered?" of a report built on "luftfotos og kortdata". The
dictionaries give "faktum" and "data"; the material has neither as written, only another inflection
("fakta") and a compound with the word as its head ("kortdata"). Kept as absent words, both counted
against every answer and the questions were declined: the material's own form is searched instead."""
from __future__ import annotations

from assistant.language.english import EnglishToDanish
from assistant.language.english_material_forms import HEADED, INFLECTED

DAN_ENG = {"faktum": ["fact"], "lille": ["small", "little"], "forsamling": ["assembly", "meeting"],
           "have": ["garden"]}
ENG_DAN = {"data": ["data"]}


def _mapper(vocabulary) -> EnglishToDanish:
    return EnglishToDanish(vocabulary, glossary={}, eng_dan=ENG_DAN, dan_eng=DAN_ENG, neighbours={}, synonyms=None)


def test_facts_are_the_pages_fakta_an_inflection_the_stemmer_does_not_join():
    translated = _mapper({"viden", "og", "fakta", "om", "landet"}).translate(["facts"])
    assert [(t.danish, t.source) for t in translated] == [(("fakta",), INFLECTED)]


def test_a_page_without_any_form_of_the_word_still_gets_the_absent_dictionary_word():
    assert _mapper({"viden", "og", "analyser"}).to_danish(["facts"]) == ["faktum"]


def test_a_garden_is_not_the_verb_spelt_alike_nor_small_its_comparative():
    # The lemmatiser has "har" and "haft" as the verb "have" and "mindre" as "lille": strong forms
    # that change the word's beginning may be another word's (the noun "have", a garden).
    assert _mapper({"vi", "har", "haft", "fokus"}).to_danish(["gardens"]) == ["have"]
    assert _mapper({"mindre", "byer"}).to_danish(["small"]) == ["lille"]


def test_data_is_the_reports_kortdata_a_compound_with_the_word_as_its_head():
    translated = _mapper({"luftfotos", "og", "kortdata", "over", "byerne"}).translate(["data"])
    assert [(t.danish, t.source) for t in translated] == [(("kortdata",), HEADED)]


def test_a_word_ending_a_material_word_after_no_word_is_not_its_head():
    # "xqzv" is no Danish word: "xqzvdata" is not a kind of data.
    assert _mapper({"xqzvdata", "over", "byerne"}).to_danish(["data"]) == ["data"]


def test_a_head_of_five_letters_is_left_to_the_search():
    # The search looks "forsamling" up in "generalforsamling" itself (compound_heads.MIN_HEAD).
    assert _mapper({"generalforsamling", "afholdes"}).to_danish(["assembly"]) == ["forsamling"]
