"""An English word is not searched as a Danish word that names it only in passing: where the material
lacks the word the dictionary most surely means ("grow": vokse), a headword of many other senses
("ske": happen, occur, spoon) is not taken in its place."""
from __future__ import annotations

import pytest

from assistant.language.dictd import surest_senses
from assistant.language.english import ABSENT, EnglishToDanish, Translation

# Abridged from the Danish-English dictionary: "grow" is among the senses of both headwords.
GROW = {"vokse": ["grow", "increase"], "ske": ["become", "come about", "grow", "happen", "occur", "spoon"]}


def test_grow_is_not_searched_as_happen_where_the_material_lacks_vokse():
    # The publication says "Hvad sker der …" and never "vokse": a question about growing vegetables
    # must not look for what happens.
    mapper = EnglishToDanish({"sker", "grøntsager"}, glossary={}, eng_dan={}, dan_eng=GROW, synonyms=False,
                             neighbours={})
    assert mapper.translate(["grow"]) == [Translation("grow", ("vokse",), ABSENT)]


def test_where_the_material_has_it_the_sure_word_is_searched():
    mapper = EnglishToDanish({"sker", "vokser"}, glossary={}, eng_dan={}, dan_eng=GROW, synonyms=False,
                             neighbours={})
    assert mapper.to_danish(["grow"]) == ["vokser"]


def test_a_headword_of_a_few_senses_still_stands_in_for_one_of_a_single_sense():
    # "fare" (1 sense) is the likeliest for "go", but "gå" with three is no less sure a word for it.
    dan_eng = {"fare": ["go"], "gå": ["go", "march", "walk"]}
    mapper = EnglishToDanish({"går"}, glossary={}, eng_dan={}, dan_eng=dan_eng, synonyms=False, neighbours={})
    assert mapper.to_danish(["go"]) == ["går"]


@pytest.mark.parametrize("ranked, table, sure", [
    (["serie", "gruppe"], {"serie": ["serial", "set"], "gruppe": ["bevy", "collection", "group", "heap",
                                                                  "herd", "set"]}, ["serie"]),
    (["serie", "gruppe"], {"serie": ["serial", "set"], "gruppe": ["group", "set", "team"]},
     ["serie", "gruppe"]),
    (["konto", "beretning"], {"konto": ["account"], "beretning": ["account", "bulletin", "message", "record",
                                                                 "report"]}, ["konto"]),
    (["ske"], GROW, ["ske"]),
])
def test_headwords_of_more_than_twice_the_likeliest_ones_senses_are_left_out(ranked, table, sure):
    assert surest_senses(ranked, table) == sure
