"""What one answer costs: ask() against the bare search it is built on, measured in the same run.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.answer_latency [--rounds 5]

Two corpora: the bundled one (the Om page) and 10,000 synthetic passages (benchmarks/index_bench.py's
generator, with the Om page's sections among them). The questions are the realistic dev questions
(tests/data/realistic/*_dev.tsv: Danish, English, typos, chatty). For each corpus it prints the median
and p95 of
- search: analyse_query + search_query, the retrieval every answer starts from (the peer);
- read: the question read first (wrappers off, English mapped, typos corrected), then searched;
- ask: the whole answer (reading, search, answerability model, sentences, citations);
after one warm-up pass, plus the first question's cost on a freshly loaded index (the spelling and
translation tables are built then). Targets: ask under 3 ms median on the bundled corpus and under
10 ms at 10,000 passages.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from assistant.answer.compose import ask
from assistant.answer.reading import read_question
from assistant.answer.retrieve import analyse_query, search_query
from assistant.documents import read_corpus
from assistant.index.bm25 import build_index
from assistant.index.chunking import chunk_document
from assistant.index.storage import load_index, save_index
from assistant.language.analysis import default_analyzer
from assistant.quality.question_file import read_question_file
from benchmarks.index_bench import make_chunks, make_vocabulary

REPO = Path(__file__).resolve().parent.parent

QUESTIONS = REPO / "tests" / "data" / "realistic"


def questions() -> list[str]:
    return [e.question for path in sorted(QUESTIONS.glob("*_dev.tsv")) for e in read_question_file(path)]


def om_chunks() -> list:
    return [c for doc in read_corpus(REPO / "corpus") for c in chunk_document(doc)]


def fresh(chunks: list, folder: Path):
    """Build, save and load the index, as a server process would have it."""
    path = folder / "index.bm25"
    save_index(build_index(chunks, default_analyzer()), path)
    return load_index(path, default_analyzer())


def timings(fn, items: list, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        for q in items:
            start = time.perf_counter()
            fn(q)
            out.append(time.perf_counter() - start)
    return out


def ms(values: list[float]) -> str:
    median = statistics.median(values) * 1000
    p95 = float(np.percentile(values, 95)) * 1000
    return f"{median:7.3f} / {p95:7.3f}"


def measure(name: str, chunks: list, items: list[str], rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        index = fresh(chunks, Path(folder))
        start = time.perf_counter()
        ask(items[0], index)
        first = time.perf_counter() - start

        def search(q: str):
            return search_query(index, analyse_query(index, q), 8)

        def read(q: str):
            return search(read_question(index, q).text)

        for fn in (search, read, lambda q: ask(q, index)):
            timings(fn, items, 1)   # warm-up: memoised stems and sentences, as in a running server
        results = {label: timings(fn, items, rounds)
                   for label, fn in (("search", search), ("read", read),
                                     ("ask", lambda q: ask(q, index)))}
    base = statistics.median(results["search"])
    print(f"\n{name}: {index.n_chunks} passages, {len(items)} questions × {rounds}")
    print(f"  first question on a fresh index: {first * 1000:.0f} ms")
    print(f"  {'':8s} median / p95 ms   × search")
    for label, values in results.items():
        print(f"  {label:8s} {ms(values)}   {statistics.median(values) / base:5.1f}×")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size", type=int, default=10_000, help="passages in the large corpus")
    args = parser.parse_args(argv)
    items = questions()
    om = om_chunks()
    measure("bundled corpus", om, items, args.rounds)
    rng = np.random.default_rng(7)
    synthetic = make_chunks(args.size - len(om), rng, make_vocabulary(rng, 30_000))
    measure(f"{args.size:,} passages", om + synthetic, items, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
