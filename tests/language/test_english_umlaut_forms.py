"""A parent asks "Which recommendation is aimed at children?" of a report that says "så børn kan lege
og lære i naturen". The Danish-English dictionary gives "barn"; the report has only the plural, whose
root vowel changes, so the word was read as one the material lacks and the question was declined.
The material's umlaut form is searched instead (english_material_forms.py)."""
from __future__ import annotations

from assistant.language.english import EnglishToDanish
from assistant.language.english_material_forms import INFLECTED, umlauts

DAN_ENG = {"barn": ["child"], "mand": ["man"], "have": ["garden"], "hæve": ["raise"]}


def _mapper(vocabulary) -> EnglishToDanish:
    return EnglishToDanish(vocabulary, glossary={}, eng_dan={}, dan_eng=DAN_ENG,
                           neighbours={"eng-nor": {}, "eng-swe": {}}, synonyms=None)


def test_children_are_the_reports_boern_the_plural_with_another_root_vowel():
    translated = _mapper({"så", "børn", "kan", "lege"}).translate(["children"])
    assert [(t.danish, t.source) for t in translated] == [(("børn",), INFLECTED)]


def test_men_are_a_pages_maend():
    assert _mapper({"kvinder", "og", "mænd"}).to_danish(["men"]) == ["mænd"]


def test_without_a_form_of_the_word_the_child_stays_the_dictionarys_absent_word():
    assert _mapper({"skolegårde", "lege"}).to_danish(["children"]) == ["barn"]


def test_only_the_root_vowel_changes_so_a_garden_is_not_the_verb_raise():
    assert "hæve" in umlauts("have") and "barn" not in umlauts("barn")
    assert _mapper({"vi", "hæver", "kontingentet"}).to_danish(["gardens"]) == ["have"]
