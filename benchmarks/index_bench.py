"""Index speed: build, load and query times at 1,000 / 10,000 / 100,000 generated chunks vs rank_bm25.

Usage: python -m benchmarks.index_bench [--sizes 1000 10000 100000] [--queries 200] [--seed 7]

For each size it generates Danish-looking passages (a Zipf-distributed vocabulary), then measures in
the same run:
  build    our build_index vs rank_bm25.BM25Okapi(...), both from the same chunks with the same
           whitespace term extraction (title + heading + text), so only indexing differs; plus our
           full build with the Danish analyser, for information
  load     load_index of the saved file
  query    median and p95 ms of our scoring (Index.scores) and of scoring + top 10 (Index.top),
           and of BM25Okapi.get_scores for the same queries; the ratio is theirs / ours
It also checks that both score the same (max abs difference).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi

from assistant.documents import Chunk
from assistant.index.bm25 import EPSILON, K1, B, build_index, chunk_terms
from assistant.index.storage import load_index, save_index
from assistant.language.analysis import default_analyzer

SYLLABLES = ("ba", "lan", "ce", "dan", "mark", "kom", "mu", "ne", "ud", "lig", "ning", "sor",
             "vik", "ling", "for", "en", "ing", "sted", "by", "land", "skab", "hed", "er", "ord",
             "stat", "re", "gion", "al", "vækst", "ar", "bejd", "plads", "ud", "dan", "nel")


@dataclass(frozen=True)
class WhitespaceAnalyzer:
    """Splits on whitespace: lets our build and BM25Okapi's index the very same tokens."""

    def document_terms(self, text: str) -> list[str]:
        return text.split()

    def query_terms(self, text: str) -> list[str]:
        return text.split()

    def signature(self) -> str:
        return "whitespace"


def make_vocabulary(rng: np.random.Generator, size: int) -> list[str]:
    words = set()
    while len(words) < size:
        n = int(rng.integers(2, 5))
        words.add("".join(SYLLABLES[int(i)] for i in rng.integers(0, len(SYLLABLES), n)))
    return sorted(words)


def make_chunks(n: int, rng: np.random.Generator, vocabulary: list[str]) -> list[Chunk]:
    return list(iter_chunks(n, rng, vocabulary))


def iter_chunks(n: int, rng: np.random.Generator, vocabulary: list[str],
                batch: int = 1000) -> Iterator[Chunk]:
    """make_chunks' chunks one at a time: a build can read them as the indexer reads documents.

    The words are drawn in batches, which gives the very same draws (one double per word), so the
    chunks and the generator's state afterwards equal make_chunks'.
    """
    ranks = np.arange(1, len(vocabulary) + 1)
    p = 1.0 / ranks
    p /= p.sum()
    lengths = rng.integers(40, 140, n)
    for first in range(0, n, batch):
        part = lengths[first:first + batch]
        words = rng.choice(len(vocabulary), size=int(part.sum()), p=p)
        start = 0
        for i, length in enumerate(part, first):
            text = " ".join(vocabulary[w] for w in words[start:start + length])
            start += length
            yield Chunk(doc_url=f"https://bench.example/side-{i // 5}/", title=f"Side {i // 5}",
                        heading=f"Afsnit {i % 5}", anchor=f"afsnit-{i % 5}", text=text,
                        url=f"https://bench.example/side-{i // 5}/#afsnit-{i % 5}")


def make_queries(n: int, rng: np.random.Generator, vocabulary: list[str]) -> list[list[str]]:
    # Mostly mid-frequency words, like real question terms; some frequent ones among them.
    out = []
    for _ in range(n):
        k = int(rng.integers(2, 6))
        picks = rng.integers(20, min(len(vocabulary), 20000), k)
        if rng.random() < 0.3:
            picks[0] = rng.integers(0, 20)
        out.append([vocabulary[int(i)] for i in picks])
    return out


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def ms_stats(seconds: list[float]) -> tuple[float, float]:
    ms = sorted(s * 1000 for s in seconds)
    return statistics.median(ms), ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]


def run(size: int, n_queries: int, seed: int) -> dict:
    rng = np.random.default_rng(seed)
    vocabulary = make_vocabulary(rng, 60000)
    chunks = make_chunks(size, rng, vocabulary)
    analyzer = WhitespaceAnalyzer()

    def their_build(chunks):
        # The same input and the same term extraction as ours, so only the indexing differs.
        return BM25Okapi([chunk_terms(c, analyzer) for c in chunks], k1=K1, b=B, epsilon=EPSILON)

    ours, build_s = timed(build_index, chunks, analyzer)
    theirs, their_build_s = timed(their_build, chunks)
    _, danish_build_s = timed(build_index, chunks, default_analyzer())

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.bm25"
        save_index(ours, path)
        size_mb = path.stat().st_size / 1e6
        loaded, load_s = timed(load_index, path, analyzer)

    queries = make_queries(n_queries, rng, vocabulary)
    score_s, top_s, their_s, diffs = [], [], [], []
    their_queries = queries[: max(20, n_queries // (1 if size <= 10000 else 4))]
    for q in queries:
        scores, s = timed(loaded.scores, q)
        score_s.append(s)
        _, s = timed(loaded.top, q, 10)
        top_s.append(s)
    for q in their_queries:
        reference, s = timed(theirs.get_scores, q)
        their_s.append(s)
        diffs.append(float(np.max(np.abs(loaded.scores(q) - reference))))
    return {
        "size": size, "build_s": build_s, "their_build_s": their_build_s,
        "danish_build_s": danish_build_s, "load_s": load_s, "file_mb": size_mb,
        "score_ms": ms_stats(score_s), "top_ms": ms_stats(top_s), "their_ms": ms_stats(their_s),
        "max_diff": max(diffs), "vocabulary": len(loaded.vocabulary),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print("chunks   vocab  build s (ours / rank_bm25 = ratio)  Danish build s  load s  file MB  "
          "score ms med/p95  top10 ms med/p95  rank_bm25 ms med/p95  speed-up (median)  max |diff|")
    for size in args.sizes:
        r = run(size, args.queries, args.seed)
        print(f"{r['size']:>7}  {r['vocabulary']:>6}  {r['build_s']:7.2f} / {r['their_build_s']:6.2f} = "
              f"{r['build_s'] / r['their_build_s']:4.2f}x"
              f"  {r['danish_build_s']:14.2f}  {r['load_s']:6.3f}  {r['file_mb']:7.1f}  "
              f"{r['score_ms'][0]:7.3f}/{r['score_ms'][1]:6.3f}  {r['top_ms'][0]:7.3f}/{r['top_ms'][1]:6.3f}"
              f"  {r['their_ms'][0]:9.2f}/{r['their_ms'][1]:8.2f}  "
              f"{r['their_ms'][0] / r['score_ms'][0]:7.0f}x scores, "
              f"{r['their_ms'][0] / r['top_ms'][0]:5.0f}x top10  {r['max_diff']:.1e}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
