"""Choose the decline threshold: coverage of the best passage for answerable vs unanswerable questions.

Usage: python benchmarks/calibrate_decline.py [QUESTIONS.tsv ...] [--index PATH]
Default question set: tests/data/questions_bundled.tsv over the bundled corpus (built in a temp dir).
Prints each question's best coverage and, for every candidate threshold, how many questions it gets
right (answerable at or above it, unanswerable below it).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.answer import MIN_COVERAGE  # noqa: E402
from assistant.build import build_and_save  # noqa: E402
from assistant.config import REPO_ROOT  # noqa: E402
from assistant.evaluation import read_question_file  # noqa: E402
from assistant.index import load_index  # noqa: E402
from assistant.retrieve import analyse_query, search_query  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", nargs="*",
                        default=[REPO_ROOT / "tests" / "data" / "questions_bundled.tsv"])
    parser.add_argument("--index", help="index file (default: build the bundled corpus)")
    args = parser.parse_args()
    if args.index:
        index = load_index(Path(args.index))
    else:
        path = Path(tempfile.mkdtemp()) / "index.bm25"
        build_and_save(REPO_ROOT / "corpus", path)
        index = load_index(path)
    rows = []
    for file in args.questions:
        for item in read_question_file(Path(file)):
            hits = search_query(index, analyse_query(index, item.question), 1)
            rows.append((hits[0].coverage if hits else 0.0, item.expected is not None, item.question))
    for coverage, answerable, question in sorted(rows):
        print(f"{coverage:6.3f}  {'svar ' if answerable else 'afvis'}  {question}")
    print()
    print("threshold  right  answerable-declined  unanswerable-answered")
    for threshold in sorted({round(c, 2) for c, _, _ in rows} | {MIN_COVERAGE}):
        missed = sum(a and c < threshold for c, a, _ in rows)
        wrong = sum((not a) and c >= threshold for c, a, _ in rows)
        mark = "  <- shipped" if threshold == MIN_COVERAGE else ""
        print(f"{threshold:9.2f}  {len(rows) - missed - wrong:5d}  {missed:19d}  {wrong:21d}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
