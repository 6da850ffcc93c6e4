"""Every server process tells English from Danish with one copy of the language model per machine.

py3langid's tokeniser is an automaton of ~9.8 million entries (an array of ~39 MB) and two tables of
~105,000 entries (lists). english_detect stores them as arrays in the machine's table cache and reads
them memory-mapped: pages a machine's processes share, not ~45 MB copied into each. A visitor's
question must be scored exactly as py3langid's own model scores it.
"""
from __future__ import annotations

import csv
from pathlib import Path

import py3langid.langid as langid
import pytest

from assistant.language import english_detect, table_cache
from assistant.language.english_detect import LANGUAGES, detect_language

REALISTIC = Path(__file__).resolve().parents[1] / "data" / "realistic"


def _questions() -> list[str]:
    out = []
    for path in sorted(REALISTIC.glob("*.tsv"))[::5]:
        with path.open(encoding="utf-8") as file:
            out += [row[0] for row in csv.reader((line for line in file if not line.startswith("#")),
                                                  delimiter="\t") if row and row[0] != "question"]
    return out


@pytest.fixture
def identifier_from_cache(tmp_path, monkeypatch):
    """The identifier as a later process of the machine has it: read back from the table cache."""
    monkeypatch.setattr(table_cache, "_folder", tmp_path)
    english_detect._identifier.cache_clear()
    try:
        english_detect._identifier()  # the first process builds and stores it
        english_detect._identifier.cache_clear()
        yield english_detect._identifier()
    finally:
        english_detect._identifier.cache_clear()


def test_a_later_process_reads_the_automaton_from_the_cache_file(identifier_from_cache):
    # Read-only views of the file's mapped pages, not the process's own lists and array.
    for table in (identifier_from_cache.tk_nextmove, identifier_from_cache._rowbase, identifier_from_cache.tk_output):
        assert isinstance(table, memoryview) and table.readonly
    assert len(identifier_from_cache.tk_nextmove) > 9_000_000


def test_visitors_questions_are_scored_as_py3langids_own_model_scores_them(identifier_from_cache):
    own = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    own.set_languages(list(LANGUAGES))
    questions = _questions()
    assert len(questions) > 1000
    for question in questions:
        assert identifier_from_cache.rank(question) == own.rank(question), question


def test_an_english_question_is_told_from_a_danish_one_with_the_shared_model(identifier_from_cache):
    assert detect_language("I read your report, what does it say about green roofs in the suburbs?") == "en"
    assert detect_language("Jeg har læst jeres rapport, hvad siger den om grønne tage?") == "da"
