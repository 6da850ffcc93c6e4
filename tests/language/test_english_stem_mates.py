"""A parent asks a report on green towns "What advice do they give about rainwater?". The Danish-English
dictionary gives "råd" (advice) and "råde" (to advise), and the report has neither, only "rådighed"
("stille jord til rådighed", to make land available), which the stemmer cuts to the same "råd": the
question searched the sentence about land for gardens. A derivation of another meaning is no form of
the dictionary's word; an inflection of it still is."""
from __future__ import annotations

from assistant.language.english import EnglishToDanish
from assistant.language.english_stem_mates import derived_apart

DAN_ENG = {"råd": ["advice", "council"], "råde": ["advise", "rule"], "skole": ["school"],
           "myndig": ["adult", "of age"], "myndighed": ["authority"], "betale": ["pay"], "sund": ["healthy"],
           "sundhed": ["health"], "årlig": ["annual", "yearly"], "år": ["year"],
           "videre": ["beyond", "further", "besides"], "viden": ["knowledge"]}


def _mapper(vocabulary) -> EnglishToDanish:
    return EnglishToDanish(vocabulary, glossary={}, eng_dan={}, dan_eng=DAN_ENG, neighbours={}, synonyms=None)


REPORT = {"kommunerne", "bør", "stille", "jord", "til", "rådighed", "for", "byhaver", "regnvand", "skoler"}


def test_advice_does_not_reach_the_reports_radighed():
    mapper = _mapper(REPORT)
    assert "rådighed" not in mapper.to_danish(["advice"])
    assert "rådighed" not in mapper.to_danish(["advise"])


def test_a_material_with_the_word_itself_still_gets_it():
    assert _mapper(REPORT | {"råd"}).to_danish(["advice"]) == ["råd"]


def test_an_inflection_the_stemmer_joins_is_still_the_word():
    # "skoler" is the plural of "skole"; "betalt" a form of "betale".
    assert _mapper(REPORT).to_danish(["school"]) == ["skoler"]
    assert not derived_apart("betale", "betalt", DAN_ENG)


def test_derivations_of_another_meaning_are_other_words():
    assert derived_apart("råd", "rådighed", DAN_ENG)    # "rådighed" is in no dictionary: no kin shown
    assert derived_apart("råde", "rådighed", DAN_ENG)
    assert derived_apart("myndig", "myndighed", DAN_ENG)  # of age, authority
    assert not derived_apart("bevægelse", "bevægelsen", DAN_ENG)
    assert not derived_apart("råd", None, DAN_ENG)


def test_a_derivation_whose_english_words_are_kin_is_the_same_word():
    # A question about healthy towns asks the report's "sundhed"; a yearly fee the statutes' "om året".
    assert not derived_apart("sund", "sundhed", DAN_ENG)
    assert not derived_apart("årlig", "år", DAN_ENG)
    assert _mapper({"bedre", "sundhed", "for", "borgerne"}).to_danish(["healthy"]) == ["sundhed"]


def test_a_glossary_word_keeps_the_materials_derivation():
    # The glossary's "udmelde" (to resign) is in no dictionary: the statutes' "Udmeldelse" is its noun.
    assert not derived_apart("udmelde", "udmeldelse", DAN_ENG)


def test_words_the_stemmer_joins_by_their_endings_are_other_words():
    # "As well" is "besides" (desuden, videre): not the Om page's "viden" (knowledge); eighty is no "fire".
    assert derived_apart("videre", "viden", DAN_ENG)
    assert derived_apart("firs", "fire", DAN_ENG)
    assert "viden" not in _mapper({"vi", "indsamler", "viden"}).to_danish(["besides"])
