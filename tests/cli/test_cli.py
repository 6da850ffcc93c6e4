"""Staff build the index and ask questions from a terminal."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import REPO_ROOT
from tests.support.corpus import BUNDLED_CORPUS


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=REPO_ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def test_build_prints_a_summary_and_ask_prints_the_answer_with_numbered_sources(tmp_path):
    index = tmp_path / "index.bm25"
    built = run("indexer.py", "build", "--corpus", str(BUNDLED_CORPUS), "--index", str(index))
    assert built.returncode == 0, built.stderr
    for label in ("dokumenter:   1", "afsnit:", "ordforråd:", "tid:"):
        assert label in built.stdout
    asked = run("-m", "assistant", "ask", "Hvornår blev Balance Danmark stiftet?", "--index", str(index))
    assert asked.returncode == 0, asked.stderr
    lines = asked.stdout.splitlines()
    assert lines[0].startswith("Balance Danmark startede i 2014") and lines[0].endswith("[1]")
    assert "Kilder:" in lines
    assert "[1] Om Balance Danmark › Vores historie" in lines
    assert "    https://balance-danmark.dk/om/#vores-historie" in lines


@pytest.fixture(scope="module")
def built_index(tmp_path_factory) -> Path:
    """The bundled corpus built once from the terminal, for the tests that only ask it."""
    index = tmp_path_factory.mktemp("built") / "index.bm25"
    built = run("indexer.py", "build", "--index", str(index))
    assert built.returncode == 0, built.stderr
    return index


def test_ask_json_prints_the_answer_contract(built_index):
    index = built_index
    asked = run("-m", "assistant", "ask", "hvem er medlemmerne", "--json",
                env={"ASSISTANT_INDEX": str(index)})
    data = json.loads(asked.stdout)
    assert data["answered"] is True
    assert data["citations"][0]["url"] == "https://balance-danmark.dk/om/#vores-medlemmer"


def test_ask_answers_two_questions_in_one_message_as_the_chat_does(built_index):
    index = built_index
    asked = run("-m", "assistant", "ask", "Hvornår skiftede I navn, og hvad er jeres vision?", "--json",
                "--index", str(index))
    data = json.loads(asked.stdout)
    assert [c["url"].split("#")[1] for c in data["citations"]] == ["vores-historie", "vores-vision"]


def test_build_if_stale_skips_an_up_to_date_index_and_rebuilds_a_changed_corpus(tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "index.bm25"
    corpus.mkdir()
    for path in BUNDLED_CORPUS.glob("*.json"):
        (corpus / path.name).write_bytes(path.read_bytes())
    args = ("indexer.py", "build", "--if-stale", "--corpus", str(corpus), "--index", str(index))
    assert "Indeks bygget" in run(*args).stdout
    assert "intet at bygge" in run(*args).stdout
    doc = next(corpus.glob("*.json"))
    doc.write_text(doc.read_text(encoding="utf-8").replace("Vores kamp", "Vores indsats"),
                   encoding="utf-8")
    assert "Indeks bygget" in run(*args).stdout
    index.write_bytes(b"broken")
    assert "Indeks bygget" in run(*args).stdout


def test_asking_without_an_index_says_how_to_build_one(tmp_path):
    asked = run("-m", "assistant", "ask", "Hvad er jeres vision?", "--index", str(tmp_path / "none"))
    assert asked.returncode == 1
    assert "findes ikke" in asked.stderr and "python indexer.py build" in asked.stderr
    assert "Traceback" not in asked.stderr


def test_an_empty_question_is_refused_in_danish(built_index):
    asked = run("-m", "assistant", "ask", "   ", "--index", str(built_index))
    assert asked.returncode == 1 and "Skriv et spørgsmål" in asked.stderr


def test_a_broken_corpus_file_stops_the_build_and_keeps_the_old_index(tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "index.bm25"
    corpus.mkdir()
    for path in BUNDLED_CORPUS.glob("*.json"):
        (corpus / path.name).write_bytes(path.read_bytes())
    assert run("indexer.py", "build", "--corpus", str(corpus), "--index", str(index)).returncode == 0
    before = index.read_bytes()
    (corpus / "zz-broken.json").write_text("{ not json", encoding="utf-8")
    built = run("indexer.py", "build", "--corpus", str(corpus), "--index", str(index))
    assert built.returncode == 1
    assert "zz-broken.json" in built.stderr and "Traceback" not in built.stderr
    assert index.read_bytes() == before
    assert sorted(p.name for p in Path(tmp_path).iterdir() if not p.name.endswith(".lock")) == [
        "corpus", "index-versions", "index.bm25"]
    assert len(list((tmp_path / "index-versions").iterdir())) == 1, "no half-written version is left"


def test_ask_from_a_terminal_keeps_the_language_tables_in_the_machines_table_cache(tmp_path, built_index):
    """A staff member asking twice from a terminal waits seconds for the language tables only the
    first time: the first call builds them into ASSISTANT_TABLE_CACHE, the second reads them there
    and answers the same."""
    tables = tmp_path / "tabeller"
    env = {"ASSISTANT_INDEX": str(built_index), "ASSISTANT_TABLE_CACHE": str(tables)}
    first = run("-m", "assistant", "ask", "Hvornår skiftede de navn?", env=env)
    assert first.returncode == 0, first.stderr
    stored = {path.name for path in tables.glob("*.table")}
    assert {name.split("-")[0] for name in stored} >= {"thesaurus", "general", "simplemma"}
    second = run("-m", "assistant", "ask", "Hvornår skiftede de navn?", env=env)
    assert second.stdout == first.stdout
    assert {path.name for path in tables.glob("*.table")} == stored
