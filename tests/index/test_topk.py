"""The fast top-k gives exactly the passages, order and scores of scoring every passage and sorting.

The corpus is invented: meeting notes of the fictional association "Foreningen Grønne Byer", drawn
from a small Zipf-like vocabulary so that frequent words, rare words and equal scores all occur.
"""
from __future__ import annotations

import numpy as np
import pytest

from assistant.documents import Chunk
from assistant.index import topk
from assistant.index.bm25 import build_index
from tests.support.words import Words

WORDS = ["cykelsti", "byhave", "træer", "bænke", "regnvand", "gårdmiljø", "kompost", "solceller",
         "busrute", "legeplads", "tagterrasse", "bytorv", "fortov", "beplantning", "bier", "grønt",
         "møde", "bestyrelse", "budget", "medlem"] + [f"sjældent{i}" for i in range(60)]




def _notes(n: int, seed: int) -> list[Chunk]:
    rng = np.random.default_rng(seed)
    p = 1.0 / np.arange(1, len(WORDS) + 1)
    texts = [" ".join(rng.choice(WORDS, size=int(rng.integers(3, 30)), p=p / p.sum())) for _ in range(n)]
    # Copies of one note score alike for every query: ties that only the chunk order can break.
    texts += [texts[0]] * 15
    return [Chunk(doc_url=f"https://groenne-byer.example/referat-{i}/", url=f"https://groenne-byer.example/referat-{i}/",
                  title="Referat", heading="", anchor="", text=text) for i, text in enumerate(texts)]


def _reference(index, terms, k, weights=None):
    """Every passage scored, sorted by score then chunk order: what `top` must equal."""
    scores = index.scores(terms, weights)
    ranked = sorted((i for i in range(len(scores)) if scores[i] != 0), key=lambda i: (-scores[i], i))
    return [(i, float(scores[i])) for i in ranked[:k]]


@pytest.fixture(autouse=True, params=["maxscore", "all at once"])
def prune_small_indexes_too(monkeypatch, request):
    # Pruning applies at every size (PRUNE_FROM_CHUNKS, set here should it rise again). Questions
    # with few postings in all are scored at once: every test runs both ways.
    monkeypatch.setattr(topk, "PRUNE_FROM_CHUNKS", 0)
    monkeypatch.setattr(topk, "FEW_POSTINGS", 0 if request.param == "maxscore" else 10 ** 9)


@pytest.fixture(scope="module")
def index():
    return build_index(_notes(3000, seed=16), Words())


def _queries(seed: int, n: int) -> list[list[str]]:
    rng = np.random.default_rng(seed)
    vocabulary = WORDS + ["ukendt", "findesikke"]
    return [list(rng.choice(vocabulary, size=int(rng.integers(1, 7)))) for _ in range(n)]


@pytest.mark.parametrize("k", [1, 3, 10, 50])
def test_top_equals_scoring_every_passage_on_random_questions(index, k):
    for terms in _queries(seed=k, n=150):
        assert index.top(terms, k) == _reference(index, terms, k), terms


def test_weighted_terms_give_the_same_top_as_scoring_every_passage(index):
    rng = np.random.default_rng(7)
    for terms in _queries(seed=99, n=150):
        weights = list(rng.choice([0.25, 0.5, 1.0, 2.0], size=len(terms)))
        assert index.top(terms, 10, weights) == _reference(index, terms, 10, weights), terms


def test_a_repeated_word_counts_each_time_as_in_rank_bm25(index):
    for terms in (["cykelsti", "cykelsti"], ["møde", "sjældent3", "møde", "møde"], ["bier"] * 5):
        assert index.top(terms, 10) == _reference(index, terms, 10)
    assert index.top(["bier", "bier"], 1)[0][1] == pytest.approx(2 * index.top(["bier"], 1)[0][1])


def test_a_frequent_word_beside_a_rare_one_still_ranks_the_rare_passages_right(index):
    # The frequent word is only looked up for the passages that can still win.
    for rare in (w for w in WORDS if w.startswith("sjældent")):
        terms = ["cykelsti", rare, "byhave"]
        assert index.top(terms, 10) == _reference(index, terms, 10)


def test_unknown_words_alone_find_nothing_and_beside_known_ones_change_nothing(index):
    assert index.top(["ukendt", "findesikke"], 10) == []
    assert index.top(["ukendt", "bestyrelse", "findesikke"], 10) == index.top(["bestyrelse"], 10)


def test_asking_for_more_than_match_returns_every_match_once(index):
    terms = ["sjældent59"]
    matches = index.doc_freq("sjældent59")
    top = index.top(terms, matches + 100)
    assert len(top) == matches
    assert top == _reference(index, terms, matches + 100)
    assert index.top(terms, 0) == []


def test_equal_scores_keep_the_order_of_the_passages(index):
    copies = range(3000, 3015)   # the 15 copies of note 0, appended after the 3000 notes
    first_word = index.chunk(0).text.split()[0]
    top = index.top([first_word], 3000)
    tied = [i for i, score in top if score == dict(top)[0]]
    assert tied == sorted(tied)
    assert set(copies) <= set(tied)


def test_zero_or_negative_weights_fall_back_and_still_match(index):
    for weights in ([0.0, 1.0], [-1.0, 1.0], [1.0, -0.5]):
        terms = ["grønt", "sjældent1"]
        assert index.top(terms, 10, weights) == _reference(index, terms, 10, weights)


def test_a_corpus_where_every_word_is_common_ranks_like_scoring_everything():
    # Words in nearly every passage get rank_bm25's epsilon idf, negative here: no pruning applies.
    chunks = [Chunk(doc_url=f"https://groenne-byer.example/{i}/", url=f"https://groenne-byer.example/{i}/",
                    title="", heading="", anchor="", text="møde budget" + " møde" * (i % 3)) for i in range(5)]
    index = build_index(chunks, Words())
    for terms in (["møde"], ["budget", "møde"], ["møde", "møde", "budget"]):
        assert index.top(terms, 3) == _reference(index, terms, 3)


def test_below_the_pruning_size_every_passage_is_scored_with_the_same_result(index, monkeypatch):
    pruned = [index.top(terms, 10) for terms in _queries(seed=5, n=50)]
    monkeypatch.setattr(topk, "PRUNE_FROM_CHUNKS", index.n_chunks + 1)
    assert [index.top(terms, 10) for terms in _queries(seed=5, n=50)] == pruned


def test_a_small_associations_index_is_searched_by_the_fast_top_k_too(monkeypatch):
    # A few hundred passages: a question's few postings summed by the compiled loop cost less than
    # an array of scores over every passage, searched for those above zero (docs/benchmarks.md).
    monkeypatch.undo()
    small = build_index(_notes(200, seed=23), Words())
    searched = []
    fast = topk.top_k
    monkeypatch.setattr(topk, "top_k", lambda *args: searched.append(args[2]) or fast(*args))
    for terms in _queries(seed=23, n=20):
        assert small.top(terms, 5) == _reference(small, terms, 5)
    assert len(searched) == sum(any(t in small.term_ids for t in terms) for terms in _queries(seed=23, n=20))
