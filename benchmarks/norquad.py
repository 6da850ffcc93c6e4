"""Measure analyser variants on the NorQuAD retrieval benchmark with the shared eval.py's BM25Okapi protocol.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.norquad [--data default|full|DIR] [--split all|train|test|validation]
                                         [--domain all|news|wikipedia] [--variants steps|all|a,b,...]
                                         [--list] [--json FILE]

The benchmark folder is NORQUAD_DIR or benchmarks/norquad (a copy of the public benchmark); without
it the script says so and exits 0. Every passage (title + "\\n" + text) goes through the variant's
document analysis into rank_bm25.BM25Okapi with its defaults (k1=1.5, b=0.75, epsilon=0.25); each query
through its query analysis and, for expanding variants, expand_query against sorted(bm25.idf). Metrics
and tie-breaking are those of the shared eval.py (its `evaluate` gives the same figures for the two
baselines, which are imported from its baseline_tokenizers). Variants are in norquad_variants.py.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import sys
import time
from pathlib import Path
from types import ModuleType

import numpy as np
from rank_bm25 import BM25Okapi

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = Path(__file__).resolve().parent / "norquad"
KS = (1, 5, 10)
COLUMNS = ("Recall@1", "Recall@5", "Recall@10", "MRR@10", "nDCG@10")


def benchmark_dir() -> Path:
    """The benchmark folder: NORQUAD_DIR if set, else the copy in benchmarks/norquad."""
    return Path(os.environ.get("NORQUAD_DIR") or DEFAULT_DIR)


def read_jsonl(path: Path) -> list[dict]:
    """One JSON object per non-empty line."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(variant, passages: list[dict], queries: list[dict]) -> dict:
    """Index the passages with the variant and score every query exactly as the shared eval.py does."""
    docs = [p["title"] + "\n" + p["text"] for p in passages]
    index_of = {p["id"]: i for i, p in enumerate(passages)}
    t0 = time.perf_counter()
    bm25 = BM25Okapi([list(variant.document_terms(d)) for d in docs])
    build_s = time.perf_counter() - t0
    vocabulary = tuple(sorted(bm25.idf)) if variant.expands else None

    recall = {k: 0.0 for k in KS}
    mrr = ndcg = 0.0
    query_s = 0.0
    empty = 0
    ranks: list[int] = []
    for q in queries:
        rel = {index_of[r] for r in q["relevant"]}
        s = time.perf_counter()
        terms = list(variant.query_terms(q["query"]))
        if vocabulary is not None:
            terms = variant.expand_query(terms, vocabulary)
        scores = bm25.get_scores(terms)
        ranking = np.argsort(-scores, kind="stable")[:max(KS)].tolist()
        query_s += time.perf_counter() - s
        empty += not terms
        for k in KS:
            recall[k] += len(rel.intersection(ranking[:k])) / min(len(rel), k)
        first = next((rank for rank, doc in enumerate(ranking[:10], 1) if doc in rel), 0)
        ranks.append(first)
        mrr += 1.0 / first if first else 0.0
        dcg = sum(1.0 / math.log2(rank + 1) for rank, doc in enumerate(ranking[:10], 1) if doc in rel)
        idcg = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(rel), 10) + 1))
        ndcg += dcg / idcg
    n = len(queries)
    return {
        **{f"Recall@{k}": recall[k] / n for k in KS},
        "MRR@10": mrr / n,
        "nDCG@10": ndcg / n,
        "ms_per_query": 1000.0 * query_s / n,
        "index_build_s": build_s,
        "vocabulary": len(bm25.idf),
        "empty_queries": empty,
        "first_relevant_rank": ranks,
    }


def sign_test(base: list[int], other: list[int]) -> tuple[int, int, float]:
    """Queries right at rank 1 only with `other` / only with `base`, and the two-sided sign-test p."""
    wins = sum(1 for a, b in zip(base, other) if b == 1 and a != 1)
    losses = sum(1 for a, b in zip(base, other) if a == 1 and b != 1)
    n = wins + losses
    if n == 0:
        return 0, 0, 1.0
    tail = sum(math.comb(n, i) for i in range(0, min(wins, losses) + 1)) / 2 ** n
    return wins, losses, min(1.0, 2 * tail)


def load_benchmark_module(folder: Path, name: str) -> ModuleType:
    """A module of the shared benchmark (its baselines, its scorer), loaded from its folder by path.

    Registered under its own name, so `import baseline_tokenizers` finds it afterwards.
    """
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    """Run the chosen variants and print one table (baselines measured in the same run)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="default", help="default, full, or a folder with the two .jsonl files")
    ap.add_argument("--split", choices=("all", "test", "validation", "train"), default="all")
    ap.add_argument("--domain", choices=("all", "news", "wikipedia"), default="all")
    ap.add_argument("--variants", default="steps",
                    help="'steps' (baselines, each step added, = shipped), 'all' (also the alternatives"
                         " and the shipped analyser without each step), or names a,b,... (see --list)")
    ap.add_argument("--list", action="store_true", help="list the variants and exit")
    ap.add_argument("--compare-to", default="stem_da", help="variant for the rank-1 sign test column")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args(argv)

    bench = benchmark_dir()
    if not (bench / "baseline_tokenizers.py").is_file():
        print(f"NorQuAD benchmark not found at {bench}; set NORQUAD_DIR to its folder. Nothing to do.")
        return 0
    load_benchmark_module(bench, "baseline_tokenizers")
    from benchmarks import norquad_variants  # imports baseline_tokenizers, loaded just above

    variants = norquad_variants.variants()
    if args.list:
        for name, v in variants.items():
            print(f"{name:<24} {v.description}")
        return 0
    if args.variants == "all":
        chosen = list(variants)
    elif args.variants == "steps":
        chosen = [name for name in variants if not name.startswith(("alt:", "shipped-"))]
    else:
        chosen = args.variants.split(",")
    unknown = [name for name in chosen if name not in variants]
    if unknown:
        raise SystemExit(f"unknown variant(s) {', '.join(unknown)}; see --list")
    if args.compare_to in variants and args.compare_to not in chosen:
        chosen.insert(0, args.compare_to)

    data = {"default": bench, "full": bench / "full"}.get(args.data, Path(args.data))
    passages = read_jsonl(data / "passages.jsonl")
    queries = [q for q in read_jsonl(data / "queries.jsonl")
               if args.split in ("all", q.get("split")) and args.domain in ("all", q.get("domain"))]
    if not queries:
        raise SystemExit("no queries match the filters")
    print(f"data {data}: {len(passages)} passages, {len(queries)} queries "
          f"(split={args.split}, domain={args.domain}); BM25Okapi k1=1.5 b=0.75 epsilon=0.25")
    header = ("variant", "R@1", "R@5", "R@10", "MRR@10", "nDCG@10", "ms/query", "vocab",
              f"+/- vs {args.compare_to} @1 (p)")
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    results: dict[str, dict] = {}
    for name in chosen:
        r = results[name] = evaluate(variants[name], passages, queries)
        base = results.get(args.compare_to)
        versus = ""
        if base is not None and name != args.compare_to:
            wins, losses, p = sign_test(base["first_relevant_rank"], r["first_relevant_rank"])
            versus = f"+{wins} / -{losses} ({p:.2g})"
        print(f"| {name} | " + " | ".join(f"{r[c]:.4f}" for c in COLUMNS)
              + f" | {r['ms_per_query']:.2f} | {r['vocabulary']} | {versus} |", flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"data": str(data), "split": args.split, "domain": args.domain,
                       "results": {k: {m: v for m, v in r.items() if m != "first_relevant_rank"}
                                   for k, r in results.items()}}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
