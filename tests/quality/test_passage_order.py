"""The measurements of which passage an answer should start from: why the first one beat the
right one (benchmarks/top_passages.py) and whether a second-stage order would fix it
(benchmarks/passage_order.py)."""
from __future__ import annotations

import re

from assistant.answer.retrieve import Hit
from assistant.documents import Chunk
from benchmarks import passage_order, top_passages
from benchmarks.passage_order import OrderModel, first_places, fit, holds_expected
from benchmarks.top_passages import COMMON_WORD, DECLINED_FIRST, KIND_MISSING, LENGTH, MORE_WORDS, Candidate, why

STATUTES = "https://groenne-byer.example/vedtaegter/"


def _hit(text: str, matched: set[str], coverage: float, paragraph: str = "", stk: str = "") -> Hit:
    chunk = Chunk(doc_url=STATUTES, title="Vedtægter", heading="", anchor="", text=text, url=STATUTES,
                  paragraph=paragraph, stk=stk)
    return Hit(chunk_id=0, score=1.0, chunk=chunk, matched=frozenset(matched), coverage=coverage)


def _candidate(hit: Hit, gated: bool = False) -> Candidate:
    return Candidate(hit, probability=0.5, gated=gated, general=0.5, sentence=0.5, kinds="111")


def test_a_right_passage_that_lacks_the_asked_kind_of_fact_is_told_apart():
    first = _candidate(_hit("Kontingentet fastsættes af generalforsamlingen.", {"kontingent"}, 0.5))
    right = _candidate(_hit("Kontingentet er 250 kr.", {"kontingent"}, 0.5), gated=True)
    assert why([first, right], 1, "kontingent") == KIND_MISSING


def test_a_first_passage_without_the_questions_rarest_word_is_grouped_as_a_common_word_match():
    # "Hvem har betalt for kortlægningen?": [1] says "betalt", the right one "kortlægningen".
    first = _candidate(_hit("Medlemskabet gælder, når kontingentet er betalt.", {"betalt"}, 0.5))
    right = _candidate(_hit("Kortlægningen er finansieret af Fonden for Bynatur.", {"kortlaegning"}, 0.5))
    assert why([first, right], 1, "kortlaegning") == COMMON_WORD


def test_the_same_words_in_a_shorter_passage_is_length_normalisation_and_more_words_is_coverage():
    short = _candidate(_hit("Generalforsamlingen holdes i april.", {"generalforsamling", "hold"}, 1.0))
    long = _candidate(_hit("Ordinær generalforsamling holdes hvert år inden udgangen af april, "
                           "og den indkaldes med tre ugers varsel.", {"generalforsamling", "hold"}, 1.0))
    assert why([short, long], 1, "hold") == LENGTH
    fewer = _candidate(_hit("Generalforsamlingen vælger revisor.", {"generalforsamling"}, 0.4))
    assert why([short, fewer], 1, "hold") == MORE_WORDS


def test_a_question_declined_with_its_right_passage_first_is_its_own_group():
    right = _candidate(_hit("Bestyrelsen er beslutningsdygtig.", {"bestyrelse"}, 0.5))
    assert why([right], 0, "bestyrelse") == DECLINED_FIRST


def test_a_passage_of_a_whole_paragraph_holds_each_of_its_stk_but_not_another_paragraph():
    whole = _hit("§ 5. Kontingent. Stk. 1. … Stk. 3. …", {"kontingent"}, 1.0, paragraph="5")
    assert holds_expected(f"{STATUTES} § 5, stk. 3", whole)
    assert not holds_expected(f"{STATUTES} § 6, stk. 1", whole)
    one_stk = _hit("Stk. 2. Kontingentet er 250 kr.", {"kontingent"}, 1.0, paragraph="5", stk="2")
    assert not holds_expected(f"{STATUTES} § 5, stk. 3", one_stk)


def test_a_pairwise_model_learns_the_feature_that_marks_the_right_passage_and_wins_first_places():
    # Three questions; the right passage is never first by BM25 but always has the higher second feature.
    data = [([(1.0, 0.2), (0.9, 0.8), (0.5, 0.1)], [0, 1, 0], [10, 11, 12], {11}),
            ([(1.0, 0.1), (0.8, 0.9)], [0, 1], [20, 21], {21}),
            ([(1.0, 0.3), (0.7, 0.2), (0.6, 0.7)], [0, 0, 1], [30, 31, 32], {32})]
    model = fit(data)
    assert model.weights[1] > 0
    assert first_places(data, None) == (0.0, 0, 0)
    assert first_places(data, model) == (1.0, 3, 0)


def test_an_order_model_keeps_bm25s_order_between_candidates_it_scores_alike():
    assert OrderModel((1.0, 0.0), (1.0, 1.0)).order([(0.5, 1.0), (0.5, 9.0), (0.7, 0.0)]) == [2, 0, 1]


def test_without_the_norquad_benchmark_the_order_experiment_says_so_and_succeeds(monkeypatch, capsys):
    monkeypatch.setattr(passage_order, "bench_dir", lambda: None)
    assert passage_order.main([]) == 0
    assert "findes ikke" in capsys.readouterr().out


def test_the_misses_of_a_dev_split_are_counted_per_group(capsys):
    assert top_passages.main(["--split", "dev6b", "--groups"]) == 0
    out = capsys.readouterr().out
    counts = [int(n) for n in re.findall(r"^\S.*?\s(\d+)$", out, re.MULTILINE)]
    assert out.splitlines()[1].startswith("gruppe") and counts and all(n > 0 for n in counts)
