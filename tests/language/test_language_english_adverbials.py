"""A visitor asks in English set phrases ("so far", "in advance", "each year", "how long"): the phrase
is read for what it means, and its words' dictionary words the material lacks do not count against
the answer."""
from __future__ import annotations

from assistant.language.english import ABSENT, EnglishToDanish, Translation, english_words
from tests.language.test_language_english_phrases import _write_wordnet


def _mapper(vocabulary, dan_eng, net) -> EnglishToDanish:
    return EnglishToDanish(vocabulary, glossary={}, eng_dan={}, dan_eng=dan_eng, neighbours={}, synonyms=net)


TREES = {"træ": ["tree"], "medlem": ["member"], "plante": ["plant"], "langt": ["far"]}
PLANTED = "How many trees have the members planted so far?"


def test_so_far_asks_for_no_word_the_material_lacks(tmp_path):
    net = _write_wordnet(tmp_path, {"adv": ["so_far thus_far hitherto"], "verb": ["plant set"]})
    mapper = _mapper({"træer", "medlemmer", "plantet"}, TREES, net)
    danish = [d for t in mapper.translate(english_words(PLANTED)) for d in t.danish]
    assert danish == ["træer", "medlemmer", "plantet"]


def test_without_the_set_phrase_far_would_be_searched_as_langt(tmp_path):
    # The same question where WordNet lists no "so far": "far" is the dictionary's "langt", a word
    # the material lacks, which counts against the answer (what the set phrase avoids).
    net = _write_wordnet(tmp_path, {"verb": ["plant set"]})
    mapper = _mapper({"træer", "medlemmer", "plantet"}, TREES, net)
    assert Translation("far", ("langt",), ABSENT) in mapper.translate(english_words(PLANTED))


def test_at_the_same_time_is_read_as_its_one_word_synonym(tmp_path):
    net = _write_wordnet(tmp_path, {"adv": ["at_the_same_time simultaneously", "same_time"]})
    mapper = _mapper({"samtidig", "tilsluttede"}, {"samtidig": ["simultaneously"], "tilslutte": ["join"],
                                                   "tid": ["time"]}, net)
    translations = mapper.translate(english_words("Which association joined at the same time?"))
    assert Translation("simultaneously", ("samtidig",), "dan-eng") in translations
    assert not any("tid" in t.danish for t in translations)


def test_each_year_keeps_the_year_the_material_names(tmp_path):
    # No dictionary holds "annually"; the phrase's own word "year" is the material's "år".
    net = _write_wordnet(tmp_path, {"adv": ["each_year annually yearly"]})
    mapper = _mapper({"år", "kontingent"}, {"år": ["year"], "kontingent": ["fee"]}, net)
    danish = [d for t in mapper.translate(english_words("When is the fee paid each year?")) for d in t.danish]
    assert "år" in danish and "kontingent" in danish


def test_a_particle_that_starts_a_set_phrase_stays_with_its_verb(tmp_path):
    # "thrown out of the association": "throw out" (WordNet's verb), not the adverb "out of".
    net = _write_wordnet(tmp_path, {"verb": ["throw_out expel"], "adv": ["out_of"]})
    mapper = _mapper({"ekskluderes"}, {"ekskludere": ["expel"]}, net)
    assert [t.danish for t in mapper.translate(english_words("thrown out of the association"))][0] == ("ekskluderes",)


def test_what_kind_of_asks_which_one_not_rather(tmp_path):
    # "kind of" is WordNet's adverb "rather" too; in "What kind of studies" its words are function words.
    net = _write_wordnet(tmp_path, {"adv": ["kind_of rather kinda"]})
    mapper = _mapper({"hele", "analyser"}, {"hele": ["rather", "whole"], "analyse": ["study"]}, net)
    assert [t.english for t in mapper.translate(english_words("What kind of studies do you publish?"))] == [
        "studies", "publish"]


def test_wordnet_lists_as_set_phrases_only_adverbs_that_are_no_noun_or_verb(tmp_path):
    net = _write_wordnet(tmp_path, {"adv": ["so_far thus_far", "in_time"], "noun": ["good_morning", "in_time"],
                                    "verb": ["set_up found"]})
    phrases = net.adverb_phrases()
    assert phrases.phrases == {"so far", "thus far"} and phrases.pairs == {"so far", "thus far"}
    assert net.adverb_synonyms("so far", 2) == ["thus far"]


FOUNDERS = {"stifte": ["found"], "organisation": ["organisation"], "tilbage": ["back"], "dag": ["day"]}


def test_back_in_the_day_asks_for_no_word_the_material_lacks(tmp_path):
    # "back" is the dictionaries' "tilbage", "day" their "dag": words of no answer about the founding.
    net = _write_wordnet(tmp_path, {"verb": ["found establish"]})
    mapper = _mapper({"stiftet", "organisation"}, FOUNDERS, net)
    for question in ("Who founded your organisation back in the day?", "Who founded the organisation back then?",
                     "Who founded the organisation back in those days?"):
        danish = [d for t in mapper.translate(english_words(question)) for d in t.danish]
        assert danish == ["stiftet", "organisation"], question


def test_back_as_a_direction_is_still_read(tmp_path):
    # Only the phrases that say "in the past" are dropped: "come back to the meeting" keeps "back".
    net = _write_wordnet(tmp_path, {"verb": ["found establish"]})
    mapper = _mapper({"tilbage", "stiftet"}, FOUNDERS, net)
    danish = [d for t in mapper.translate(english_words("Can I come back in the autumn?")) for d in t.danish]
    assert "tilbage" in danish
