"""A member asks "If I want to suggest something for the meeting, what's the deadline?": "suggest" is
"propose" (the statutes' "forslag"), not "angive", whose first senses are to accuse and denounce and
whose noun sends the question to § 8's "angivelse af dagsorden". A verb's Danish headword counts only
in the verb's commonest sense; nouns and everyday verbs keep the dictionary's word."""
from __future__ import annotations

from assistant.language.english import EnglishToDanish, Translation, english_words
from assistant.language.english_commonest import stray_sense
from tests.language.test_language_english_phrases import _write_wordnet

ANGIVE = {"angive": ["accuse", "denounce", "indicate", "suggest"]}


def _mapper(vocabulary, dan_eng, net, glossary=None) -> EnglishToDanish:
    return EnglishToDanish(vocabulary, glossary=glossary or {}, eng_dan={}, dan_eng=dan_eng,
                           neighbours={}, synonyms=net)


def test_suggest_something_for_the_meeting_looks_for_a_proposal_not_a_denunciation(tmp_path):
    net = _write_wordnet(tmp_path, {"verb": ["suggest propose advise"]})
    mapper = _mapper({"angivelse", "forslag", "dagsorden"}, ANGIVE, net, glossary={"propose": ["forslag"]})
    words = english_words("If I want to suggest something for the meeting, what's the deadline?")
    translations = mapper.translate(words)
    assert Translation("suggest", ("forslag",), "dan-eng") in translations
    assert "angivelse" not in mapper.to_danish(words)


def test_the_past_tense_is_read_the_same_way(tmp_path):
    net = _write_wordnet(tmp_path, {"verb": ["suggest propose advise"]})
    mapper = _mapper({"angivelse", "forslag"}, ANGIVE, net, glossary={"propose": ["forslag"]})
    assert mapper.to_danish(["suggested"]) == ["forslag"]


def test_where_no_synonym_reaches_the_material_the_dictionarys_word_stays(tmp_path):
    # Nothing better to search: the material's word of the headword is still the likeliest.
    net = _write_wordnet(tmp_path, {"verb": ["suggest propose advise"]})
    mapper = _mapper({"angivelse"}, ANGIVE, net, glossary={"propose": ["forslag"]})
    assert mapper.to_danish(["suggest"]) == ["angivelse"]


def test_a_headword_that_lists_a_synonym_of_the_commonest_sense_is_kept(tmp_path):
    # "hjælpe" names "assist" as "aid", a word of WordNet's commonest sense of the verb: the right word.
    net = _write_wordnet(tmp_path, {"verb": ["assist aid"]})
    dan_eng = {"hjælpe": ["help", "assist", "aid"], "bistå": ["aid"]}
    mapper = _mapper({"hjælpe", "bistået"}, dan_eng, net)
    assert mapper.to_danish(["assist"]) == ["hjælpe"]


def test_a_noun_keeps_the_dictionarys_word(tmp_path):
    # A noun's first WordNet sense is often not the asker's: "neighbourhood" is first "vicinity".
    net = _write_wordnet(tmp_path, {"noun": ["neighbourhood vicinity locality"]})
    dan_eng = {"kvarter": ["quarter", "neighbourhood"], "nærhed": ["vicinity"]}
    mapper = _mapper({"kvarteret", "nærheden"}, dan_eng, net)
    assert mapper.to_danish(["neighbourhood"]) == ["kvarteret"]


def test_an_everyday_verb_keeps_the_dictionarys_word(tmp_path):
    # "take" has dozens of senses: its first one says little about the question's.
    net = _write_wordnet(tmp_path, {"verb": ["take occupy"]})
    dan_eng = {"tage": ["seize", "take"], "optage": ["occupy"]}
    mapper = _mapper({"tage", "optaget"}, dan_eng, net)
    assert mapper.to_danish(["take"]) == ["tage"]


def test_a_headword_strays_only_past_its_first_sense_and_without_a_shared_synonym():
    assert stray_sense(["suggest"], "angive", ANGIVE, ["propose", "advise"])
    assert not stray_sense(["suggest"], "foreslå", {"foreslå": ["suggest", "propose"]}, ["propose"])
    assert not stray_sense(["assist"], "hjælpe", {"hjælpe": ["help", "assist", "aid"]}, ["aid"])
    assert not stray_sense(["suggest"], "angive", ANGIVE, [])  # WordNet has no synonym: no evidence
