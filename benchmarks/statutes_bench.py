"""Measure statute handling: chunking cost, question latency and the share of member questions cited right.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.statutes_bench [--copies N] [--rounds N]

Baselines are measured in the same run: statute-aware chunking against plain section chunking of the
same documents, and the statute-aware `ask` against the plain pipeline it extends (BM25 top-k,
explain, compose: no § look-up, no § title boost). The corpus is the fictional association's
statutes (page and PDF), a member organisation's statutes, an events page and the bundled corpus.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from assistant.answer.compose import CANDIDATES, DEFAULT_CONTACT_URL, ask, compose
from assistant.answer.retrieve import analyse_query, explain
from assistant.config import REPO_ROOT
from assistant.documents import read_corpus
from assistant.index.chunking import chunk_document, chunk_section
from tests.support.statutes import (
    EVENTS_HTML,
    EVENTS_URL,
    MEMBER_QUESTIONS,
    ODENSE_HTML,
    ODENSE_URL,
    STATUTES_HTML,
    STATUTES_TITLE,
    STATUTES_URL,
    build_index,
    html_document,
    pdf_document,
)

REPO = Path(__file__).resolve().parents[1]


def plain_ask(question: str, index):
    """The pipeline before statutes: BM25 top-k, explain, compose."""
    query = replace(analyse_query(index, question), reference=None)
    hits = [explain(index, query, cid, score) for cid, score in index.top(query.terms, CANDIDATES)]
    return compose(index, question, query, hits, DEFAULT_CONTACT_URL)


def timed(fn, rounds: int) -> float:
    """Median seconds of `rounds` calls."""
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=50, help="statute documents chunked per round")
    parser.add_argument("--rounds", type=int, default=5, help="repetitions; the median is reported")
    args = parser.parse_args(argv)

    page, pdf = html_document(STATUTES_HTML, STATUTES_URL), pdf_document()
    docs = [replace(d, url=f"{d.url}?kopi={i}") for i in range(args.copies) for d in (page, pdf)]
    aware = timed(lambda: [chunk_document(d) for d in docs], args.rounds)
    plain = timed(lambda: [chunk_section(d, s) for d in docs for s in d.sections], args.rounds)
    print(f"chunking {len(docs)} statute documents: {aware * 1000:.1f} ms "
          f"(plain sections {plain * 1000:.1f} ms, ratio {aware / plain:.2f})")

    corpus = [page, pdf, html_document(ODENSE_HTML, ODENSE_URL), html_document(EVENTS_HTML, EVENTS_URL),
              *read_corpus(REPO_ROOT / "corpus")]
    with tempfile.TemporaryDirectory() as folder:
        index = build_index(Path(folder), corpus)
    questions = [q for q, _, _ in MEMBER_QUESTIONS]
    aware = timed(lambda: [ask(q, index) for q in questions], args.rounds) / len(questions)
    plain = timed(lambda: [plain_ask(q, index) for q in questions], args.rounds) / len(questions)
    print(f"answering {len(questions)} member questions over {index.n_chunks} passages: "
          f"{aware * 1000:.2f} ms each (plain pipeline {plain * 1000:.2f} ms, ratio {aware / plain:.2f})")

    n = len(MEMBER_QUESTIONS)
    for name, answer_of in (("statute-aware", ask), ("plain pipeline", plain_ask)):
        first_right = anywhere = 0
        for question, paragraph, stk in MEMBER_QUESTIONS:
            cited = [c for c in answer_of(question, index).citations if c.title == STATUTES_TITLE
                     or c.paragraph == ""]
            right = [c.paragraph == paragraph and (not stk or c.stk == stk) for c in cited]
            first_right += bool(right) and right[0]
            anywhere += any(right)
        print(f"{name}: the association's first citation is the right § {first_right}/{n} "
              f"= {first_right / n:.0%}, cited at all {anywhere}/{n} = {anywhere / n:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
