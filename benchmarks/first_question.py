"""A question asked first in a fresh server process against the same question asked again.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.first_question [--size 10000] [--runs 3] [QUESTION ...]

The index of ask_peer_bench.py (the corpus and synthetic passages, --size in all) is built once;
then for each question, --runs fresh processes each do what a server process does before it
answers (ask_peer_bench.served_index: the shared tables, the index loaded and warmed up) and ask it:
its CPU time as the first question, then the median of 10 repeats (warm, the baseline measured in
the same process). Printed per question: the medians over the runs and first ÷ warm. A ratio well
above the novel-question level (~2x: a first question's own words are looked up for the first time)
points at a table the warm-up leaves for the first question that reads it.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# A Danish question, an English one, and an English question of when something ended (the
# time gate's end words and the Danish-English dictionary read backwards, gate_ending.py).
QUESTIONS = ("Hvad er Balance Danmark?", "What is the name of the publication with your recommendations?",
             "When did Balance Danmark end?")
REPEATS = 10


def probe(index_path: str, question: str) -> None:
    from assistant.answer import ask
    from benchmarks.ask_peer_bench import cpu_timings, served_index
    index = served_index(Path(index_path))
    spent = cpu_timings(lambda q: ask(q, index), [question], 1 + REPEATS)
    print(spent[0], statistics.median(spent[1:]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", nargs="*", default=list(QUESTIONS))
    parser.add_argument("--size", type=int, default=10_000, help="passages (default 10,000)")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per question")
    parser.add_argument("--probe", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        probe(*args.probe)
        return 0
    from benchmarks.ask_peer_bench import corpus, write_index
    with tempfile.TemporaryDirectory() as folder:
        index_path = Path(folder) / "index.bm25"
        write_index(corpus(args.size), index_path)
        print(f"{args.size} afsnit, {args.runs} nye processer pr. spørgsmål (CPU ms, median)")
        for question in args.questions:
            runs = [[float(x) for x in subprocess.run(
                [sys.executable, "-m", "benchmarks.first_question", "--probe", str(index_path), question],
                capture_output=True, text=True, cwd=REPO, check=True).stdout.split()] for _ in range(args.runs)]
            first = statistics.median(r[0] for r in runs) * 1000
            warm = statistics.median(r[1] for r in runs) * 1000
            print(f"  {question!r}: først {first:.2f}, igen {warm:.2f}, først ÷ igen {first / warm:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
