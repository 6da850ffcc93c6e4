"""Measure follow-up questions on the conversation sets: context where it belongs, nowhere else.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.conversations_eval [--split dev|dev2|…|dev20|dev21|test|holdout] [--gate] [--verbose]

Each conversation (tests/data/conversations/<split>.jsonl) is asked turn by turn through the core
mechanism (`assistant.answer.conversation.ask`), every turn with the turns before it as history. Figures,
over the turns after the first:
  elliptic      follow-ups answered with the expected source first (and the share the same
                questions reach when asked alone: the baseline without context);
  switch        clear new questions answered exactly as if asked alone (same [1], same outcome);
  unanswerable  follow-ups the material cannot answer that are declined.
With --gate the script exits 1 when a figure is below its threshold (elliptic ≥ 0.9, switch ≥ 0.95,
unanswerable = 1.0). The bundled corpus is corpus/; the statutes are the fictional association's
(tests/data/statutes/groenne-byer-vedtaegter.html) at https://groenne-byer.example/vedtaegter/; the
publication is its recommendations as a PDF (tests/support/publication.py).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from assistant.answer.compose import ask as ask_alone
from assistant.answer.conversation import ask
from assistant.answer.result import Answer
from assistant.documents import write_document
from assistant.index.bm25 import Index
from assistant.index.build import build_and_save
from assistant.index.storage import load_index
from assistant.language.analysis import default_analyzer
from assistant.quality.evaluation import Source, matches
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, html_document

REPO = Path(__file__).resolve().parents[1]

DATA = REPO / "tests" / "data" / "conversations"
STATUTES_URL = "https://groenne-byer.example/vedtaegter/"
SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
          "dev12", "dev13", "dev14", "dev15", "dev16",
          "dev17", "dev18", "dev19", "dev20", "dev21", "test", "holdout")
THRESHOLDS = {"elliptic": 0.9, "switch": 0.95, "unanswerable": 1.0}


@dataclass(frozen=True)
class Turn:
    """One later turn of a conversation and what became of it."""

    conversation: str
    kind: str
    question: str
    expected: str | None
    answer: Answer
    alone: Answer

    @property
    def right(self) -> bool:
        if self.kind == "switch":
            return first_source(self.answer) == first_source(self.alone) and \
                self.answer.answered == self.alone.answered
        if self.expected is None:
            return not self.answer.answered
        return self.answer.answered and expected_first(self.expected, self.answer)

    @property
    def right_alone(self) -> bool:
        if self.expected is None:
            return not self.alone.answered
        return self.alone.answered and expected_first(self.expected, self.alone)


def first_source(answer: Answer) -> Source | None:
    c = answer.citations[0] if answer.citations else None
    return Source(c.url, c.paragraph, c.stk) if c else None


def expected_first(expected: str, answer: Answer) -> bool:
    source = first_source(answer)
    return source is not None and matches(expected, source)


def read_conversations(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def build_indexes(folder: Path) -> dict[str, Index]:
    """The three corpora the conversations are about."""
    write_document(folder / "statutes", html_document(STATUTES_HTML, STATUTES_URL))
    write_document(folder / "publication", publication_document())
    sources = {"bundled": REPO / "corpus", "statutes": folder / "statutes",
               "publication": folder / "publication"}
    analyzer = default_analyzer()
    indexes = {}
    for name, source in sources.items():
        build_and_save(source, folder / f"{name}.bm25")
        indexes[name] = load_index(folder / f"{name}.bm25", analyzer)
    return indexes


def run(conversations: list[dict], indexes: dict[str, Index]) -> list[Turn]:
    turns = []
    for conversation in conversations:
        index = indexes[conversation["corpus"]]
        asked: list[str] = []
        for n, turn in enumerate(conversation["turns"]):
            answer = ask(turn["q"], index, asked[-5:])
            asked.append(turn["q"])
            if n == 0:
                continue
            expected = None if turn["expected"] == "NONE" else turn["expected"]
            turns.append(Turn(conversation["id"], conversation["kind"], turn["q"], expected,
                              answer, ask_alone(turn["q"], index)))
    return turns


def figures(turns: list[Turn]) -> dict[str, dict]:
    out = {}
    for kind in THRESHOLDS:
        # An unanswerable conversation is measured on its turns that must be declined.
        mine = [t for t in turns if t.kind == kind and (kind != "unanswerable" or t.expected is None)]
        out[kind] = {"turns": len(mine), "right": sum(t.right for t in mine),
                     "right_alone": sum(t.right_alone for t in mine),
                     "context_used": sum(t.answer.context_used for t in mine)}
    return out


def describe(answer: Answer) -> str:
    source = first_source(answer)
    if not answer.answered or source is None:
        return "(afvist)"
    return source.url + (f" § {source.paragraph}" if source.paragraph else "") + \
        (f", stk. {source.stk}" if source.stk else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=SPLITS)
    parser.add_argument("--gate", action="store_true", help="exit 1 below a threshold")
    parser.add_argument("--verbose", action="store_true", help="list every turn, not only misses")
    args = parser.parse_args(argv)
    path = DATA / f"{args.split}.jsonl"
    if not path.exists():
        print(f"Samtalesættet {path} findes ikke.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        turns = run(read_conversations(path), build_indexes(Path(folder)))
    result = figures(turns)
    print(f"Samtaler, split={args.split}: {len(turns)} opfølgende spørgsmål")
    print("| slags | spørgsmål | rigtige | andel | alene (uden historik) | kontekst brugt | krav |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    failed = []
    for kind, r in result.items():
        share = r["right"] / r["turns"] if r["turns"] else 1.0
        alone = r["right_alone"] / r["turns"] if r["turns"] else 1.0
        print(f"| {kind} | {r['turns']} | {r['right']} | {share:.3f} | {alone:.3f} | "
              f"{r['context_used']} | ≥ {THRESHOLDS[kind]} |")
        if share < THRESHOLDS[kind]:
            failed.append(f"{kind} {share:.3f} < {THRESHOLDS[kind]}")
    for t in turns:
        if args.verbose or not t.right:
            mark = "ok " if t.right else "FEJL"
            print(f"{mark} {t.conversation} {t.kind:<12} {t.question!r}: {describe(t.answer)} "
                  f"(forventet {t.expected or 'afvisning'}; alene: {describe(t.alone)}; "
                  f"kontekst: {t.answer.context_used})")
    if args.gate and failed:
        print("KRAV IKKE OPFYLDT: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
