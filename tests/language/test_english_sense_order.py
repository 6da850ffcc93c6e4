"""A treasurer asks "When does the club send out the bill for the dues?". Read backwards, the
Danish-English dictionary has "bill" under "næb" (beak, bill) and "regning" (account, bill,
calculation), and the headword of fewer senses came first: the question asked for a beak. WordNet
lists "bill" as a draft law first, then as "bill, account, invoice", and as a beak only later:
"regning" shares "account" with a common sense, so it names the word as the question means it."""
from __future__ import annotations

from assistant.language.english import EnglishToDanish
from assistant.language.english_sense_order import UNSHARED, likeliest_headwords, sense_rank
from tests.language.test_language_english_phrases import _write_wordnet

BILL = {"næb": ["beak", "bill"], "regning": ["account", "bill", "calculation"]}
SENSES = {"noun": ["measure bill", "bill account invoice", "bill note banknote", "other_thing bill",
                   "beak bill neb"]}


def _mapper(vocabulary, net) -> EnglishToDanish:
    return EnglishToDanish(vocabulary, glossary={}, eng_dan={}, dan_eng=BILL, neighbours={}, synonyms=net)


def test_the_bill_for_the_dues_is_an_invoice_not_a_beak(tmp_path):
    mapper = _mapper({"næb", "regning"}, _write_wordnet(tmp_path, SENSES))
    assert mapper.to_danish(["bill"]) == ["regning"]


def test_without_wordnet_the_headword_of_fewest_senses_still_comes_first():
    assert _mapper({"næb", "regning"}, None).to_danish(["bill"]) == ["næb"]


def test_a_headword_ranks_by_the_first_common_sense_it_shares_a_synonym_with(tmp_path):
    rank = sense_rank("bill", BILL, _write_wordnet(tmp_path, SENSES))
    assert rank("regning") == 2          # "account": the second sense
    assert rank("næb") == UNSHARED       # "beak": only the fifth sense, past the common ones
    assert rank("ukendt") == UNSHARED    # a headword the dictionary lacks


def test_a_word_mostly_of_another_part_of_speech_keeps_the_dictionarys_order(tmp_path):
    # "firm" is one noun sense and two adjective ones: no word list tells which the question uses.
    net = _write_wordnet(tmp_path, {"noun": ["firm house"], "adj": ["firm steady", "firm strong"]})
    rank = sense_rank("firm", {"fast": ["steady", "firm"], "firma": ["house", "firm"]}, net)
    assert rank("fast") == rank("firma") == UNSHARED


def test_a_common_sense_does_not_put_a_rarer_danish_word_first(tmp_path):
    # "way" is first "manner, mode", and "maner" lists "manner"; but a word the material lacks counts
    # against every answer, a rare one most: the dictionary's everyday "vej" stays first.
    net = _write_wordnet(tmp_path, {"noun": ["way manner mode", "way road", "way direction"]})
    dan_eng = {"maner": ["manner", "way"], "vej": ["road", "way"]}
    assert likeliest_headwords(["maner", "vej"], "way", ["way"], dan_eng, net)[0] == "vej"
