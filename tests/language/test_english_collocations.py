"""An English two-word noun no dictionary maps reaches the material through WordNet's phrase for its parts:
"solar panels" is made of "solar cells", which the parts' words compound to the material's "solceller"
(language/english_collocations.py)."""
from __future__ import annotations

from assistant.language import wordnet
from assistant.language.english import EnglishToDanish, Translation
from assistant.language.english_collocations import KIN
from tests.support.language import require_debian_file

# The dictionaries hold the parts' words; none holds "panel" as a word of the material.
PART_DICTIONARIES = {"glossary": {}, "eng_dan": {"solar": ["sol"], "cell": ["celle"], "panel": ["panel"]},
                     "dan_eng": {}, "neighbours": {}}
PAGE_FOUR = {"erhvervsbyggerier", "flade", "tage", "grønne", "solceller"}


def _wordnet() -> wordnet.WordNet:
    require_debian_file(wordnet.WORDNET_DIR / "data.noun", "wordnet-base")
    return wordnet.load()


def test_wordnet_tells_what_a_solar_panel_is_made_of():
    assert "solar cell" in _wordnet().noun_kin("solar panel")


def test_solar_panels_are_searched_as_the_materials_solar_cells():
    mapper = EnglishToDanish(PAGE_FOUR, synonyms=_wordnet(), **PART_DICTIONARIES)
    assert mapper.translate(["solar", "panels"]) == [Translation("solar panels", ("solceller",), KIN)]


def test_without_wordnet_the_panels_stay_words_the_material_lacks():
    mapper = EnglishToDanish(PAGE_FOUR, synonyms=False, **PART_DICTIONARIES)
    assert all(t.source != KIN for t in mapper.translate(["solar", "panels"]))


def test_a_single_word_of_the_same_sense_is_not_taken_for_the_phrase():
    # WordNet's "car park" is also "park": the general word, not the thing asked about.
    mapper = EnglishToDanish({"park", "parkeringspladser"}, synonyms=_wordnet(), glossary={}, eng_dan={},
                             dan_eng={}, neighbours={})
    assert all(t.source != KIN for t in mapper.translate(["car", "parks"]))
