"""A Norwegian or Swedish word spelt like a different Danish word is no translation: Norwegian "tag"
is a label, Danish "tag" a roof; Swedish "stöta" is to push, Danish "støtte" support. The Danish-English
dictionary tells them apart; where it knows neither word, the neighbour's word is kept as before."""
from __future__ import annotations

from assistant.language import dictd, wordnet
from assistant.language.english import EnglishToDanish, Translation
from assistant.language.english_false_friends import FalseFriends
from assistant.language.english_neighbours import default_neighbours
from tests.support.language import require_debian_file

NO_ENGLISH_DANISH = {"glossary": {}, "eng_dan": {}}


def test_a_price_tag_does_not_search_the_roofs_of_the_material():
    # A visitor asks about the price tag; the publication speaks of green roofs ("grønne tage").
    mapper = EnglishToDanish({"tage", "koste"}, **NO_ENGLISH_DANISH, dan_eng={"tag": ["roof"], "tage": ["take"]},
                             synonyms=False, neighbours={"eng-nor": {"tag": ["tag", "etikett"]}})
    assert "tage" not in mapper.to_danish(["tag"])


def test_a_push_is_not_the_support_the_material_asks_for():
    mapper = EnglishToDanish({"støtte"}, **NO_ENGLISH_DANISH, dan_eng={"støtte": ["lean", "support", "sustain"]},
                             synonyms=False, neighbours={"eng-swe": {"push": ["stöta"], "thrust": ["stöta"]}})
    assert mapper.translate(["push"])[0].source != "eng-swe"


def test_the_same_word_in_both_languages_is_kept():
    # Norwegian "varm" is listed under hot and warm, Danish "varm" means warm: one word.
    mapper = EnglishToDanish({"varme"}, **NO_ENGLISH_DANISH, dan_eng={"varm": ["warm"], "varme": ["warmth"]},
                             synonyms=False, neighbours={"eng-nor": {"hot": ["varm"], "warm": ["varm"]}})
    assert mapper.translate(["hot"]) == [Translation("hot", ("varme",), "eng-nor")]


def test_a_word_the_danish_dictionary_does_not_know_is_kept():
    mapper = EnglishToDanish({"regnvand"}, **NO_ENGLISH_DANISH, dan_eng={}, synonyms=False,
                             neighbours={"eng-nor": {"rainwater": ["regnvann"]}})
    assert mapper.translate(["rainwater"]) == [Translation("rainwater", ("regnvand",), "eng-nor")]


def test_senses_are_compared_without_spaces_and_as_base_forms():
    # The Danish dictionary writes "squaremetre"; Norwegian "bygge" is listed under "building".
    friends = FalseFriends({"eng-swe": {"square metre": ["kvadratmeter"]}, "eng-nor": {"building": ["bygge"]}},
                           {"kvadratmeter": ["squaremetre"], "bygge": ["build", "construct"]})
    assert not friends.different("eng-swe", "kvadratmeter", "kvadratmeter")
    assert not friends.different("eng-nor", "bygge", "bygger")


def test_debians_dictionaries_keep_tag_from_the_roofs_and_varm_for_hot():
    for name, package in ((dictd.ENGLISH_NORWEGIAN, "dict-freedict-eng-nor"),
                          (dictd.DANISH_ENGLISH, "dict-freedict-dan-eng")):
        require_debian_file(dictd.DICTD_DIR / f"{name}.index", package)
    mapper = EnglishToDanish({"tage", "varme", "grønne"}, glossary={}, eng_dan={},
                             neighbours=default_neighbours(), synonyms=False)
    assert "tage" not in mapper.to_danish(["tag"])
    assert mapper.to_danish(["hotter"]) == ["varme"]


def test_a_synonym_or_a_word_of_the_same_family_is_the_same_word():
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")
    friends = FalseFriends({"eng-nor": {"heat": ["varme"]}, "eng-swe": {"recommend": ["anbefalla"]}},
                           {"varme": ["warmth"], "anbefaling": ["recommendation"]}, wordnet.load())
    # WordNet's first sense of "warmth" is "heat"; "recommendation" begins with "recommend".
    assert not friends.different("eng-nor", "varme", "varme")
    assert not friends.different("eng-swe", "anbefalla", "anbefaling")
    assert FalseFriends({"eng-nor": {"heat": ["varme"]}}, {"varme": ["warmth"]}).different("eng-nor", "varme", "varme")


def test_a_pair_is_judged_once_however_many_questions_ask_about_it():
    # Visitors ask about the price tag again and again; the dictionaries are read for the first only.
    class CountingDictionary(dict):
        lookups = 0

        def get(self, key, default=None):
            CountingDictionary.lookups += 1
            return super().get(key, default)

    friends = FalseFriends({"eng-nor": {"tag": ["tag", "etikett"]}}, CountingDictionary({"tag": ["roof"]}))
    assert friends.different("eng-nor", "tag", "tage")
    first = CountingDictionary.lookups
    assert friends.different("eng-nor", "tag", "tage")
    assert first > 0 and CountingDictionary.lookups == first
