"""A visitor asks the Om page "Do you only care about the countryside, or about cities as well?". "As
well" is "besides" (the Danish-English dictionary's "desuden", "videre"), and the stemmer cuts "videre"
(further) and the page's "viden" (knowledge) to one stem: the question searched knowledge and was
declined. Two words of unrelated lemmas that only the stemmer joins are other words; a word's own
inflections and derivations are still its forms."""
from __future__ import annotations

from assistant.language.english import EnglishToDanish
from assistant.language.english_stem_mates import derived_apart

DAN_ENG = {"videre": ["beyond", "further", "besides"], "viden": ["knowledge"], "firs": ["eighty"],
           "skole": ["school"], "sund": ["healthy"], "betale": ["pay"]}


def _mapper(vocabulary) -> EnglishToDanish:
    return EnglishToDanish(vocabulary, glossary={}, eng_dan={}, dan_eng=DAN_ENG, neighbours={}, synonyms=None)


def test_besides_does_not_reach_the_om_pages_viden():
    assert "viden" not in _mapper({"vi", "indsamler", "og", "formidler", "viden"}).to_danish(["besides"])


def test_eighty_is_not_four():
    assert "fire" not in _mapper({"de", "fire", "store", "byer"}).to_danish(["eighty"])


def test_inflections_and_derivations_are_still_the_word():
    # "skoler" is the plural of "skole", "sundhed" the noun of "sund", "betalt" a form of "betale".
    assert _mapper({"skoler", "sundhed"}).to_danish(["school"]) == ["skoler"]
    assert _mapper({"bedre", "sundhed"}).to_danish(["healthy"]) == ["sundhed"]
    assert not derived_apart("betale", "betalt")
    assert not derived_apart("sidde", None)


def test_words_the_stemmer_joins_by_their_endings_are_other_words():
    assert derived_apart("videre", "viden")
    assert derived_apart("sidde", "siden")   # sit, since
