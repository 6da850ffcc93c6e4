"""The assistant's own analyser and retriever on NorQuAD, beside the baselines measured in the same run.

Usage (from the repository root):
  python -m benchmarks.norquad_retrieval                           # report: default set, 944 questions
  python -m benchmarks.norquad_retrieval --data full --split train # tuning set, 3,808 questions
  python -m benchmarks.norquad_retrieval --data full --split train --grid   # second-pass settings

The benchmark lives in benchmarks/norquad (or NORQUAD_DIR); without it the script says
so and exits 0. Every passage becomes one chunk (title = the passage's first line, text = the rest) of
a real assistant index (`build_index`), and each question goes through `analyse_query` and
`search_query`, exactly as a visitor's question does. Metrics follow the shared eval.py: Recall@k
(capped), MRR@10, nDCG@10 with binary gains, ties in passage order.
Rows: plain and stem_da are the shared baselines (rank_bm25, via the shared eval.py); "analyser" is
our analyser with plain BM25Okapi scoring; "retriever, one pass" adds the term groups (compounds,
word families, synonyms) but not the sentence pass; "retriever" is what ships.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

from assistant.answer import retrieve
from assistant.answer.retrieve import analyse_query, search_query
from assistant.documents import Chunk
from assistant.index.bm25 import build_index
from assistant.language.analysis import default_analyzer
from benchmarks.norquad import load_benchmark_module

REPO = Path(__file__).resolve().parent.parent

KS = (1, 5, 10)


def bench_dir() -> Path | None:
    candidates = [os.environ.get("NORQUAD_DIR"), REPO / "benchmarks" / "norquad"]
    return next((Path(c) for c in candidates if c and (Path(c) / "eval.py").exists()), None)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def metrics(rankings: list[list[int]], relevant: list[set[int]], seconds: float) -> dict:
    """The shared eval.py's figures for ranked passage indexes (best first)."""
    n = len(rankings)
    out = {f"Recall@{k}": sum(len(rel & set(r[:k])) / min(len(rel), k)
                              for r, rel in zip(rankings, relevant)) / n for k in KS}
    mrr = ndcg = 0.0
    for ranking, rel in zip(rankings, relevant):
        mrr += next((1.0 / i for i, d in enumerate(ranking[:10], 1) if d in rel), 0.0)
        dcg = sum(1.0 / math.log2(i + 1) for i, d in enumerate(ranking[:10], 1) if d in rel)
        ndcg += dcg / sum(1.0 / math.log2(i + 1) for i in range(1, min(len(rel), 10) + 1))
    out.update({"MRR@10": mrr / n, "nDCG@10": ndcg / n, "ms/query": 1000 * seconds / n})
    return out


def run_retriever(index, queries: list[dict], *, second_pass: bool) -> tuple[list[list[int]], float]:
    saved = retrieve.SENTENCE_WEIGHT
    retrieve.SENTENCE_WEIGHT = saved if second_pass else 0.0
    try:
        started = time.perf_counter()
        rankings = [[h.chunk_id for h in search_query(index, analyse_query(index, q["query"]), 10)]
                    for q in queries]
        return rankings, time.perf_counter() - started
    finally:
        retrieve.SENTENCE_WEIGHT = saved


def run_analyser_only(index, queries: list[dict]) -> tuple[list[list[int]], float]:
    analyzer = index.analyzer
    started = time.perf_counter()
    rankings = [[cid for cid, _ in index.top(
        analyzer.expand_query(analyzer.query_terms(q["query"]), index.vocabulary), 10)]
        for q in queries]
    return rankings, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="", help="'' for the default set, 'full' for full/")
    parser.add_argument("--split", default="all", choices=("all", "test", "validation", "train"))
    parser.add_argument("--grid", action="store_true", help="also try other second-pass settings")
    args = parser.parse_args()
    root = bench_dir()
    if root is None:
        print("NorQuAD-benchmarket findes ikke (benchmarks/norquad eller NORQUAD_DIR); "
              "springer over.")
        return 0
    data = root / args.data if args.data else root
    passages = read_jsonl(data / "passages.jsonl")
    queries = [q for q in read_jsonl(data / "queries.jsonl") if args.split in ("all", q["split"])]
    position = {p["id"]: i for i, p in enumerate(passages)}
    relevant = [{position[r] for r in q["relevant"]} for q in queries]

    shared_eval = load_benchmark_module(root, "eval")
    baselines = load_benchmark_module(root, "baseline_tokenizers")
    rows = {name: shared_eval.evaluate(getattr(baselines, name), passages, queries)
            for name in ("plain", "stem_da")}

    chunks = [Chunk(doc_url=f"norquad:{p['id']}", title=p["title"], heading="", anchor="",
                    text=p["text"], url=f"norquad:{p['id']}") for p in passages]
    started = time.perf_counter()
    index = build_index(chunks, default_analyzer())
    build_s = time.perf_counter() - started
    ranked, seconds = run_analyser_only(index, queries)
    rows["analyser (BM25Okapi)"] = metrics(ranked, relevant, seconds)
    ranked, seconds = run_retriever(index, queries, second_pass=False)
    rows["retriever, one pass"] = metrics(ranked, relevant, seconds)
    ranked, seconds = run_retriever(index, queries, second_pass=True)
    rows[f"retriever (shipped: weight {retrieve.SENTENCE_WEIGHT}, depth {retrieve.RERANK_DEPTH})"] = \
        metrics(ranked, relevant, seconds)
    if args.grid:
        shipped = (retrieve.SENTENCE_WEIGHT, retrieve.RERANK_DEPTH)
        for weight in (0.25, 0.5, 0.75, 1.0, 1.5):
            for depth in (10, 20, 30):
                retrieve.SENTENCE_WEIGHT, retrieve.RERANK_DEPTH = weight, depth
                ranked, seconds = run_retriever(index, queries, second_pass=True)
                rows[f"  weight {weight}, depth {depth}"] = metrics(ranked, relevant, seconds)
        retrieve.SENTENCE_WEIGHT, retrieve.RERANK_DEPTH = shipped

    print(f"NorQuAD {args.data or 'default'} split={args.split}: {len(passages)} passages, "
          f"{len(queries)} questions; our index built in {build_s:.2f} s")
    names = ("Recall@1", "Recall@5", "Recall@10", "MRR@10", "nDCG@10", "ms/query")
    print(f"| variant | {' | '.join(names)} |")
    print("| --- |" + " --- |" * len(names))
    for name, r in rows.items():
        ms = r.get("ms/query", r.get("ms_per_query", 0.0))
        print(f"| {name} | " + " | ".join(f"{r[k]:.4f}" for k in names[:-1]) + f" | {ms:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
