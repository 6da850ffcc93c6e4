"""An English adjective whose Danish dictionary words the material lacks is searched as the nouns it is
said of: "How expensive will the tree plan be?" asks what it costs, and the publication says "vil
koste 1,2 milliarder" and never "dyr" or "kær"."""
from __future__ import annotations

from assistant.language import wordnet
from assistant.language.english import ABSENT, EnglishToDanish, Translation
from tests.support.language import require_debian_file

# Abridged from the Danish-English dictionary: "expensive" is among the senses of "dyr" and "kær",
# "cost" of "koste".
EXPENSIVE = {"dyr": ["animal", "beast", "expensive"], "kær": ["dear", "expensive"], "koste": ["cost", "sweep"]}


def _wordnet() -> wordnet.WordNet:
    require_debian_file(wordnet.WORDNET_DIR / "data.adj", "wordnet-base")
    return wordnet.load()


def test_wordnet_says_expensive_of_price_and_cost_through_costly():
    nouns = _wordnet().adjective_nouns("expensive")
    assert "cost" in nouns and "price" in nouns


def test_how_expensive_is_searched_as_what_it_costs():
    # Anbefalinger 2025, "Økonomi og opfølgning": "… vil koste 1,2 milliarder kroner over ti år".
    mapper = EnglishToDanish({"anbefalinger", "koste", "milliarder"}, glossary={}, eng_dan={},
                             dan_eng=EXPENSIVE, neighbours={}, synonyms=_wordnet())
    assert mapper.translate(["expensive"]) == [Translation("expensive", ("koste",), "dan-eng")]


def test_where_the_material_says_dyr_the_adjective_is_searched_as_itself():
    mapper = EnglishToDanish({"dyr", "koste"}, glossary={}, eng_dan={}, dan_eng=EXPENSIVE, neighbours={},
                             synonyms=_wordnet())
    assert mapper.to_danish(["expensive"]) == ["dyr"]


def test_where_the_material_names_neither_the_adjective_still_asks_about_the_thing():
    # Without any cost in the material, "expensive" stays a word it lacks: the question is declined.
    mapper = EnglishToDanish({"træer", "plantet"}, glossary={}, eng_dan={}, dan_eng=EXPENSIVE, neighbours={},
                             synonyms=_wordnet())
    assert mapper.translate(["expensive"])[0].source == ABSENT
