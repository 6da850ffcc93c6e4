"""How common a word is in general Danish is worked out once per material word, in bounded memory.

A server asks the same few thousand words again and again: the material's own words get their
values in one table when an index is prepared, and only other words pass through memos, each
bounded in entries of a documented size.
"""
from __future__ import annotations

import tracemalloc

import pytest
import wordfreq

from assistant.answer import ask
from assistant.answer.warm_up import prepare_answering, prepare_process
from assistant.language import background
from tests.support.corpus import make_document

GARDEN_TEXT = ("Foreningen Grønne Byer passer fælleshaver og kompostbunker. Medlemmerne mødes hver "
               "torsdag i drivhuset, og kontingentet betales i marts.")


@pytest.fixture
def gardens(index_of):
    return index_of([make_document("https://groenne-byer.example/haver/", "Haverne",
                                   [("Fælleshaver", GARDEN_TEXT)])])


def uncached(word: str) -> tuple[float, float]:
    english = lambda w: wordfreq.zipf_frequency(w, "en")  # noqa: E731
    return background._zipf(word), background._known_zipf(word, background._zipf, english)


def test_the_material_words_get_their_values_once_when_the_index_is_prepared(gardens, monkeypatch):
    # As a server process starts: its shared tables (the everyday words among them), then the index.
    prepare_process(gardens.analyzer)
    prepare_answering(gardens)
    background.clear_memos()
    lookups = []
    original = wordfreq.zipf_frequency
    monkeypatch.setattr(wordfreq, "zipf_frequency", lambda *a, **k: lookups.append(a) or original(*a, **k))
    ask("Hvornår betales kontingentet for fælleshaver?", gardens)
    assert lookups == [], "a question in the material's words looks nothing up in wordfreq"
    for word in ("kontingentet", "fælleshaver", "kompostbunker", "drivhuset", "torsdag"):
        assert (background.zipf(word), background.known_zipf(word)) == uncached(word)


def test_table_values_equal_wordfreqs_for_compounds_english_and_ascii_spellings():
    words = ["erhvervsbygninger", "vedtaegter", "membership", "risalamande", "og", "xqzvbn", "café"]
    table = background.VocabularyTable(words)
    assert [(table.zipf[w], table.known[w]) for w in words] == [uncached(w) for w in words]
    background.use_vocabulary([])
    background.clear_memos()
    assert [(background.zipf(w), background.known_zipf(w)) for w in words] == [uncached(w) for w in words], \
        "words outside the material get the same values through the memos"


def test_words_outside_the_material_fill_memos_no_larger_than_their_bound():
    background.use_vocabulary([])
    background.clear_memos()
    for n in range(background.MEMO_SIZE + 50):
        background.zipf(f"ukendtord{n}")
    assert background._zipf_memo.cache_info().currsize == background.MEMO_SIZE
    assert background.zipf("ukendtord0") == background._zipf("ukendtord0")


def test_a_memo_entry_costs_no_more_than_documented():
    background.use_vocabulary([])
    background.clear_memos()
    n = 3000
    words = [f"fremmedord{i}" for i in range(n)]   # made before measuring: a question's own strings
    background.known_zipf("fremmedord")              # wordfreq's lists, read once per process
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for word in words:
        background.known_zipf(word)
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    # known_zipf's entries and the parts it tried in zipf's memo (capped by MEMO_SIZE entries each).
    entries = background._zipf_memo.cache_info().currsize + background._known_zipf_memo.cache_info().currsize
    assert grown <= entries * background.MEMO_ENTRY_BYTES
    background.clear_memos()


def test_wordfreqs_own_memo_stays_small():
    background.clear_memos()
    for n in range(3 * background.WORDFREQ_MEMO_SIZE):
        background.zipf(f"andetord{n}")
    assert len(wordfreq._wf_cache) <= background.WORDFREQ_MEMO_SIZE


def test_everyday_words_a_question_adds_to_the_material_are_worked_out_once_per_process(gardens, monkeypatch):
    # "håber", "gerne" and "vide" are no words of the garden page, but everyday Danish.
    background.use_general_words(2000)
    # As a server process starts: its shared tables (the everyday words among them), then the index.
    prepare_process(gardens.analyzer)
    prepare_answering(gardens)
    background.clear_memos()
    lookups = []
    original = wordfreq.zipf_frequency
    monkeypatch.setattr(wordfreq, "zipf_frequency", lambda *a, **k: lookups.append(a) or original(*a, **k))
    ask("Hvem ved, hvornår kontingentet betales? Jeg håber gerne at vide det.", gardens)
    assert lookups == [], f"an everyday word is looked up in the process's table, not in wordfreq: {lookups}"
    monkeypatch.undo()
    for word in ("håber", "gerne", "vide", "hvem"):
        assert (background.zipf(word), background.known_zipf(word)) == uncached(word)
    background.use_general_words(0)
    assert (background.zipf("håber"), background.known_zipf("håber")) == uncached("håber")


def test_a_question_word_is_analysed_once_for_its_lemma_and_both_rarities(monkeypatch):
    from assistant.language.analysis import Analyzer, default_analyzer
    from assistant.language.lemmas import asked_lemmas, question_word
    analyzer = default_analyzer()
    question = "Hvornår mødes haveejerne i drivhuset?"
    expected = (background.term_rarity(analyzer, question), background.unknown_term_rarity(analyzer, question))
    question_word.cache_clear()
    analysed = []
    original = Analyzer.query_terms
    monkeypatch.setattr(Analyzer, "query_terms", lambda self, text: analysed.append(text) or original(self, text))
    asked_lemmas(analyzer, question)
    got = (background.term_rarity(analyzer, question), background.unknown_term_rarity(analyzer, question))
    assert got == expected
    assert sorted(analysed) == sorted(["hvornår", "mødes", "haveejerne", "i", "drivhuset"])
