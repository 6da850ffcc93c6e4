"""Every question of every question file in tests/data, answered from each fixture material.

The recorded answers (tests/data/answers_recorded.json) are what the assistant said when the
answer path was made faster; tests/answer/test_answers_unchanged.py asks again and compares text and
citations, so a speed-up that changes a single answer fails. When a change is meant to alter
answers, record them again from the repository root:

  .venv/bin/python -m tests.support.answer_snapshot --write

Without --write it checks the recorded answers; --served also asks every question through a
server's prepared tables and answer cache (the suite asks those two passes of served_sample() only).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zlib
from pathlib import Path

from assistant.answer.conversation import ask
from assistant.answer.warm_up import prepare_answering
from assistant.config import REPO_ROOT
from assistant.documents import read_corpus, write_document
from assistant.index.bm25 import Index
from assistant.index.build import build_and_save
from assistant.index.storage import load_index
from assistant.quality.question_file import read_question_file
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, html_document

TESTS = REPO_ROOT / "tests"
DATA = TESTS / "data"
RECORDED = DATA / "answers_recorded.json"
STATUTES_URL = "https://groenne-byer.example/vedtaegter/"


def question_files() -> list[Path]:
    return sorted(DATA.glob("*.tsv")) + sorted((DATA / "realistic").glob("*.tsv"))


def is_dev_file(path: Path) -> bool:
    return "_dev" in path.stem


def questions(whole_only: bool = False) -> list[str]:
    """Each question once, in file order; with whole_only, those of the hand-written, test and
    holdout files only (not the realistic dev sets)."""
    seen: dict[str, None] = {}
    for path in question_files():
        if whole_only and is_dev_file(path):
            continue
        for entry in read_question_file(path):
            seen.setdefault(entry.question, None)
    return list(seen)


def served_sample() -> list[str]:
    """The questions the suite asks through a server's prepared tables and answer cache: every
    hand-written, test and holdout question, and the dev sets' questions whose checksum falls in a
    fixed third (the same third in every run and on every machine)."""
    whole = set(questions(whole_only=True))
    return [q for q in questions() if q in whole or zlib.crc32(q.encode("utf-8")) % 3 == 0]


def write_materials(folder: Path) -> dict[str, Path]:
    """The index files of the bundled corpus ("om"), and of the fictional association's statutes
    page with its publication ("association"): one index per organisation, as deployed."""
    materials = {"om": list(read_corpus(REPO_ROOT / "corpus")),
                 "association": [html_document(STATUTES_HTML, STATUTES_URL), publication_document()]}
    paths = {}
    for name, documents in materials.items():
        for doc in documents:
            write_document(folder / name / "corpus", doc)
        paths[name] = folder / name / "index.bm25"
        build_and_save(folder / name / "corpus", paths[name])
    return paths


def build_materials(folder: Path) -> dict[str, Index]:
    """The two materials of write_materials, loaded."""
    return {name: load_index(path) for name, path in write_materials(folder).items()}


def answer_record(answer) -> dict:
    """What a reader sees of an answer: its text and citations (not its random id)."""
    data = answer.to_json()
    return {key: data[key] for key in ("answered", "answer", "citations", "top_score",
                                        "small_talk")}


def current_answers(indexes: dict[str, Index], items: list[str] | None = None) -> dict[str, dict[str, dict]]:
    items = questions() if items is None else items
    return {name: {q: answer_record(ask(q, index, ())) for q in items}
            for name, index in indexes.items()}


def served_passes(indexes: dict[str, Index]) -> list[dict[str, dict[str, dict]]]:
    """Every question asked of indexes prepared as a server prepares them, then asked again last
    first (what the answer cache hands out instead)."""
    for index in indexes.values():
        prepare_answering(index)
    first = current_answers(indexes)
    again = {name: {q: answer_record(ask(q, index, ())) for q in reversed(questions())}
             for name, index in indexes.items()}
    return [first, again]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record the answers given now")
    parser.add_argument("--served", action="store_true",
                        help="also ask every question through a server's prepared tables and answer cache")
    args = parser.parse_args(argv)
    if args.write and args.served:
        parser.error("--served kontrollerer de optagne svar og kan ikke bruges sammen med --write")
    with tempfile.TemporaryDirectory() as folder:
        answers = current_answers(build_materials(Path(folder) / "cold"))
        served = served_passes(build_materials(Path(folder) / "served")) if args.served else []
    if args.write:
        RECORDED.write_text(json.dumps(answers, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{sum(len(a) for a in answers.values())} answers written to {RECORDED}")
    else:
        recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
        same = all(got == recorded for got in [answers, *served])
        print("unchanged" if same else "CHANGED")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
