"""Every question of every question file in tests/data, answered from each fixture material.

The recorded answers (tests/data/answers_recorded.json) are what the assistant said when the
answer path was made faster; tests/answer/test_answers_unchanged.py asks again and compares text and
citations, so a speed-up that changes a single answer fails. When a change is meant to alter
answers, record them again from the repository root:

  .venv/bin/python -m tests.support.answer_snapshot --write
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from assistant.answer.conversation import ask
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


def questions() -> list[str]:
    """Each question once, in file order."""
    seen: dict[str, None] = {}
    for path in question_files():
        for entry in read_question_file(path):
            seen.setdefault(entry.question, None)
    return list(seen)


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


def current_answers(indexes: dict[str, Index]) -> dict[str, dict[str, dict]]:
    items = questions()
    return {name: {q: answer_record(ask(q, index, ())) for q in items}
            for name, index in indexes.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record the answers given now")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        answers = current_answers(build_materials(Path(folder)))
    if args.write:
        RECORDED.write_text(json.dumps(answers, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{sum(len(a) for a in answers.values())} answers written to {RECORDED}")
    else:
        same = answers == json.loads(RECORDED.read_text(encoding="utf-8"))
        print("unchanged" if same else "CHANGED")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
