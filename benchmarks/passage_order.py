"""Would a second-stage order of the best few passages put the answering one first? Trained on NorQuAD.

Usage (from the repository root):
  python -m benchmarks.passage_order                    # train on NorQuAD train, measure, report
  python -m benchmarks.passage_order --depth 5          # re-order the best five instead of three
  python -m benchmarks.passage_order --corpora small    # train on small corpora only

BM25 sometimes puts first a passage that matches a word the material uses often but that says
little in ordinary Danish ("betalt", "medlem") ahead of the one holding the question's rarest word
("kortlægningen"). This measures a pairwise logistic model over each of the best `depth` passages:
its BM25 share (score over the best candidate's), whether it holds the question's word rarest in
general language, and the answerability signals that describe a passage by itself (coverage weighed
by corpus and by general-language rarity, the best sentence's coverage, the kind of fact asked
present; assistant/answer/answerability.py). Trained on NorQuAD's train questions, asked both of
the whole set as one corpus (every passage one chunk, as in norquad_retrieval.py) and of small
corpora of one to four articles chunked by the assistant's chunker (the size of one organisation's
site; there a passage is right when it holds NorQuAD's answer). Measured on NorQuAD's validation
questions and, at the passage level, on the realistic dev sets (is the expected passage first
before and after); the test questions are not used. It ships only if it wins on both: see
docs/benchmarks.md. Without the NorQuAD benchmark the script says so and exits 0.
"""
from __future__ import annotations

import argparse
import math
import random
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.answer.answerability import FEATURES as SIGNALS
from assistant.answer.answerability import asked_types, focus_term, name_terms, signals
from assistant.answer.asked_kinds import AskedTypes
from assistant.answer.compose import distinct_hits, find_hits
from assistant.answer.reading import read_question
from assistant.answer.retrieve import Hit, Query, analyse_query, search_query
from assistant.documents import Chunk
from assistant.index.bm25 import build_index
from assistant.language.analysis import default_analyzer
from assistant.language.background import term_rarity
from assistant.quality.evaluation import Source, matches
from assistant.quality.question_file import read_question_file
from benchmarks.answerability_train import article_chunks
from benchmarks.norquad_retrieval import bench_dir, read_jsonl

LANG = "nb"   # NorQuAD is Norwegian: its words are weighed by Norwegian frequencies
DEPTH = 3
# How many articles a small corpus holds: one (a single page in sections) to a few.
SMALL_SIZES = (1, 2, 3, 4)
# The answerability signals that describe a passage by itself; its margin and lead over the
# others and the number of query terms say nothing about which of them answers.
PASSAGE_SIGNALS = tuple(s for s in SIGNALS if s not in ("margin", "lead", "terms"))
FEATURES = ("score_share", "focus_matched", *PASSAGE_SIGNALS)


@dataclass(frozen=True)
class OrderModel:
    """A pairwise logistic score w · x / scale; only its order among a question's candidates counts."""

    weights: tuple[float, ...]
    scale: tuple[float, ...]

    def score(self, row: Sequence[float]) -> float:
        return math.fsum(w * x / s for w, x, s in zip(self.weights, row, self.scale))

    def order(self, rows: Sequence[Sequence[float]]) -> list[int]:
        """The candidates' positions, best first (ties keep BM25's order)."""
        return sorted(range(len(rows)), key=lambda i: (-self.score(rows[i]), i))


def candidate_rows(index, query: Query, hits: Sequence[Hit], depth: int, rarity: dict[str, float],
                   names: frozenset[str], asks: AskedTypes) -> list[tuple[float, ...]]:
    """The features (FEATURES order) of the first `depth` hits."""
    general = {g.term: rarity.get(g.term, 1.0) for g in query.groups}
    focus = focus_term(query.groups, general)
    best = max((h.score for h in hits[:depth]), default=0.0)
    rows = []
    for rank, hit in enumerate(hits[:depth]):
        values = signals(index, query, hits, rank, rarity, names, asks, focus=False).as_dict()
        rows.append((hit.score / best if best > 0 else 1.0,
                     1.0 if focus is not None and focus.term in hit.matched else 0.0,
                     *(values[name] for name in PASSAGE_SIGNALS)))
    return rows


def norquad_examples(index, queries: list[dict], depth: int, by_answer: bool = False):
    """Per question: (feature rows, labels, chunk ids in BM25 order, relevant chunk ids). A relevant
    chunk is the question's own passage, or with `by_answer` any chunk that holds its answer."""
    out = []
    for q in queries:
        query = analyse_query(index, q["query"])
        hits = search_query(index, query, max(depth, 10)) if query.groups else []
        rows = candidate_rows(index, query, hits, depth, term_rarity(index.analyzer, q["query"], LANG),
                              name_terms(index.analyzer, q["query"]), asked_types(q["query"]))
        if by_answer:
            needle = q["answer"].casefold()
            relevant = {h.chunk_id for h in hits if needle in h.chunk.text.casefold()}
        else:
            relevant = set(q["relevant_chunks"])
        out.append((rows, [int(h.chunk_id in relevant) for h in hits[:len(rows)]],
                    [h.chunk_id for h in hits], relevant))
    return out


def small_examples(passages: list[dict], queries: list[dict], depth: int, seed: int = 7):
    """The questions asked of small corpora the size of one organisation's site: one to four
    articles, each chunked by the assistant's own chunker into passages of the length ours have."""
    rng = random.Random(seed)
    chunks = article_chunks(passages)
    by_article: dict[str, list[dict]] = {}
    for q in queries:
        by_article.setdefault(q["relevant"][0], []).append(q)
    articles = sorted(by_article)
    rng.shuffle(articles)
    analyzer = default_analyzer()
    out = []
    while articles:
        size = rng.choice(SMALL_SIZES)
        chosen, articles = articles[:size], articles[size:]
        index = build_index([c for a in chosen for c in chunks[a]], analyzer)
        out += norquad_examples(index, [q for a in chosen for q in by_article[a]], depth, by_answer=True)
    return out


def pairs(data) -> tuple[np.ndarray, np.ndarray]:
    """Each question's own passage against each other candidate, both ways round: a pairwise model
    learns which of two passages answers, which is all an order needs."""
    diffs = [np.subtract(rows[i], rows[j]) for rows, labels, _, _ in data
             for i, yes in enumerate(labels) if yes for j, no in enumerate(labels) if not no]
    return np.asarray(diffs + [-d for d in diffs]), np.asarray([1] * len(diffs) + [0] * len(diffs))


def fit(data, c: float = 1.0) -> OrderModel:
    """Pairwise logistic regression without intercept."""
    from sklearn.linear_model import LogisticRegression

    x, y = pairs(data)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    clf.fit(x / scale, y)
    return OrderModel(tuple(float(w) for w in clf.coef_[0]), tuple(float(s) for s in scale))


def first_places(data, model: OrderModel | None) -> tuple[float, int, int]:
    """(share with a right passage first, first places won, first places lost) with the model's
    order of each question's candidates (None: BM25's)."""
    right = won = lost = 0
    for rows, _, ids, relevant in data:
        before = bool(ids) and ids[0] in relevant
        order = ids if model is None or len(rows) < 2 else [ids[i] for i in model.order(rows)]
        after = bool(order) and order[0] in relevant
        right += after
        won += after and not before
        lost += before and not after
    return right / len(data), won, lost


def holds_expected(expected: str, hit: Hit) -> bool:
    """Whether a passage is the expected source; a passage of a whole § holds each of its stk."""
    stks = [hit.chunk.stk] if hit.chunk.stk else [hit.chunk.stk, *(str(n) for n in range(1, 10))]
    return any(matches(expected, Source(hit.chunk.url, hit.chunk.paragraph, stk)) for stk in stks)


def realistic_examples(depth: int):
    """The realistic dev sets' answerable questions, read and analysed as the assistant does, with
    their candidates after merging near-duplicates: is the expected passage first?"""
    from benchmarks.realistic_eval import association_index, index_for, om_index, question_files

    folder = Path(tempfile.mkdtemp())
    indexes = {"om": om_index(folder), "association": association_index(folder)}
    out = []
    for path in question_files("alle-dev"):
        index = index_for(path, indexes)
        for item in read_question_file(path):
            if item.expected is None:
                continue
            reading = read_question(index, item.question)
            query = analyse_query(index, reading.text, reading.alternatives, reading.put)
            hits = distinct_hits(index, find_hits(index, query))
            asks = asked_types(reading.text).either(asked_types(item.question))
            rows = candidate_rows(index, query, hits, depth, term_rarity(index.analyzer, reading.text),
                                  name_terms(index.analyzer, reading.text), asks)
            relevant = {i for i, h in enumerate(hits) if holds_expected(item.expected, h)}
            out.append((rows, [int(i in relevant) for i in range(len(rows))], list(range(len(hits))), relevant))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depth", type=int, default=DEPTH, help="how many of the best passages are re-ordered")
    parser.add_argument("--corpora", choices=("large", "small", "both"), default="both",
                        help="train on the whole set as one corpus, on small corpora of one to four "
                             "articles, or on both")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args(argv)
    root = bench_dir()
    if root is None:
        print("NorQuAD-benchmarket findes ikke (benchmarks/norquad eller NORQUAD_DIR); springer over.")
        return 0
    passages = read_jsonl(root / "full" / "passages.jsonl")
    position = {p["id"]: i for i, p in enumerate(passages)}
    chunks = [Chunk(doc_url=f"norquad:{p['id']}", title=p["title"], heading="", anchor="",
                    text=p["text"], url=f"norquad:{p['id']}") for p in passages]
    index = build_index(chunks, default_analyzer())
    measured: dict[str, list] = {}
    for split in ("train", "validation"):
        queries = [dict(q, relevant_chunks=[position[r] for r in q["relevant"]])
                   for q in read_jsonl(root / "full" / "queries.jsonl") if q["split"] == split]
        measured[f"NorQuAD, ét korpus, {split}"] = norquad_examples(index, queries, args.depth)
        measured[f"NorQuAD, små korpora, {split}"] = small_examples(passages, queries, args.depth)
    trained_on = [data for name, data in measured.items() if name.endswith("train")
                  and (args.corpora == "both" or ("små" in name) == (args.corpora == "small"))]
    model = fit([row for data in trained_on for row in data], args.c)
    measured["realistiske dev-sæt (alle-dev), passageniveau"] = realistic_examples(args.depth)
    print(f"dybde {args.depth}, trænet på {args.corpora}, C={args.c}")
    print("| spørgsmål | antal | rigtig først, BM25 | rigtig først, omordnet | vundet | tabt |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, data in measured.items():
        before, _, _ = first_places(data, None)
        after, won, lost = first_places(data, model)
        print(f"| {name} | {len(data)} | {before:.4f} | {after:.4f} | {won} | {lost} |")
    print("vægte: " + ", ".join(f"{f}={w / s:+.2f}" for f, w, s in zip(FEATURES, model.weights, model.scale)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
