"""A process starts in a fraction of the time: its language tables come from the machine's table cache.

Every process used to build the thesaurus's term table, the spelling tables, the language
identifier and the translator's dictionaries (~7 s of CPU) before its first answer. Each is now
built once per machine, stored under a key of everything it is built from, and read back by every
later process; a damaged file or a folder that cannot be written changes nothing but the time.
"""
from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant.answer.reading import _build_general_corrector
from assistant.language import table_cache
from assistant.language.analysis import Analyzer, default_analyzer
from assistant.language.background import VocabularyTable
from assistant.language.english_detect import _build_identifier
from assistant.language.spelling import SpellingCorrector
from assistant.language.thesaurus import _build_term_table, _read
from tests.support.corpus import REPO_ROOT

# A thesaurus in the MyThes format, written for the fictional association Foreningen Grønne Byer.
GROENNE_DAT = """utf-8
cykelsti|2
|cykelbane|cykelvej
|supercykelsti (underbegreb)
forening|1
|sammenslutning|klub (daglig tale)|organisation
"""


@pytest.fixture
def thesaurus_file(tmp_path) -> Path:
    path = tmp_path / "th_da_DK.dat"
    path.write_text(GROENNE_DAT, encoding="utf-8")
    return path


class Builds:
    """A table's build, counting how often a process had to run it."""

    def __init__(self, build):
        self.build, self.count = build, 0

    def __call__(self):
        self.count += 1
        return self.build()


def read_thesaurus(path: Path, folder: Path, builds: Builds | None = None):
    build = builds or Builds(lambda: _read(path))
    return table_cache.cached("thesaurus", build, sources=[path], parts=[path], cache_folder=folder)


def test_a_second_process_reads_the_table_the_first_built(tmp_path, thesaurus_file):
    folder = tmp_path / "cache"
    first, later = Builds(lambda: _read(thesaurus_file)), Builds(lambda: _read(thesaurus_file))
    built = read_thesaurus(thesaurus_file, folder, first)
    read = read_thesaurus(thesaurus_file, folder, later)
    assert (first.count, later.count) == (1, 0)
    assert read == built == _read(thesaurus_file)
    assert read.synonyms("forening") == {"sammenslutning", "klub", "organisation"}


def test_cached_tables_equal_fresh_builds(tmp_path, thesaurus_file):
    """The thesaurus's term table, the spelling corrector, the everyday words' values and the
    language identifier answer from the cache exactly as freshly built."""
    folder = tmp_path / "cache"
    analyzer = default_analyzer()
    for _ in range(2):   # the first call builds and stores, the second reads
        terms = table_cache.cached("terms", lambda: _build_term_table(analyzer, thesaurus_file),
                                   sources=[thesaurus_file], parts=[analyzer], cache_folder=folder)
    assert terms == _build_term_table(analyzer, thesaurus_file) and terms

    counts = {"vedtægter": 40, "medlemmer": 30, "kontingent": 12, "generalforsamling": 9}
    stored = table_cache.cached("corrector", lambda: SpellingCorrector(counts), cache_folder=folder)
    corrector = table_cache.cached("corrector", lambda: None, cache_folder=folder)
    for word in ("vedtaegter", "medlemer", "kontigent", "generalforsamlin", "vedtægter"):
        assert corrector.suggest(word) == stored.suggest(word) == SpellingCorrector(counts).suggest(word)

    words = ["forening", "kontingent", "cykelsti", "erhvervsbygninger", "members", "haabe"]
    table_cache.cached("words", lambda: VocabularyTable(words, len(words)), cache_folder=folder)
    read = table_cache.cached("words", lambda: None, cache_folder=folder)
    fresh = VocabularyTable(words, len(words))
    assert (read.zipf, read.known, read.count) == (fresh.zipf, fresh.known, fresh.count)

    table_cache.cached("identifier", _build_identifier, cache_folder=folder)
    identifier = table_cache.cached("identifier", lambda: None, cache_folder=folder)
    for text in ("What is the purpose of the association?", "Hvornår er der generalforsamling?"):
        assert identifier.rank(text) == _build_identifier().rank(text)


def test_the_general_corrector_from_the_cache_corrects_as_a_fresh_one(tmp_path):
    folder = tmp_path / "cache"
    table_cache.cached("general", _build_general_corrector, cache_folder=folder)
    read = table_cache.cached("general", lambda: None, cache_folder=folder)
    fresh = _build_general_corrector()
    assert len(read) == len(fresh) and read.vocabulary == fresh.vocabulary
    for word in ("skiftde", "medlemer", "forenig", "betalle", "fodbold", "hjaelpe"):
        assert read.suggest(word) == fresh.suggest(word)


def test_a_changed_resource_is_never_served_from_an_older_table(tmp_path, thesaurus_file):
    folder = tmp_path / "cache"
    read_thesaurus(thesaurus_file, folder)
    thesaurus_file.write_text(GROENNE_DAT + "by|1\n|kommune|bykommune\n", encoding="utf-8")
    builds = Builds(lambda: _read(thesaurus_file))
    changed = read_thesaurus(thesaurus_file, folder, builds)
    assert builds.count == 1 and changed.synonyms("by") == {"kommune", "bykommune"}
    # The older table's file is gone: it would never be read again.
    assert len(list(folder.glob("thesaurus-*.table"))) == 1


def test_other_analyzer_settings_or_package_versions_make_another_table(thesaurus_file):
    key = table_cache.table_key("terms", [thesaurus_file], ["wordfreq"], parts=[default_analyzer()])
    assert key == table_cache.table_key("terms", [thesaurus_file], ["wordfreq"], parts=[default_analyzer()])
    assert key != table_cache.table_key("terms", [thesaurus_file], ["wordfreq"],
                                        parts=[Analyzer(stem=False)])
    assert key != table_cache.table_key("terms", [thesaurus_file], ["wordfreq", "simplemma"],
                                        parts=[default_analyzer()])
    assert table_cache.table_key("terms", [thesaurus_file.with_name("mangler.dat")]) is None


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "empty", "not a table"])
def test_a_damaged_cache_file_is_rebuilt_with_a_log_line(tmp_path, thesaurus_file, caplog, damage):
    folder = tmp_path / "cache"
    built = read_thesaurus(thesaurus_file, folder)
    (path,) = folder.glob("thesaurus-*.table")
    data = path.read_bytes()
    damaged = {"flipped byte": data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:],
               "truncated": data[:len(data) // 2], "empty": b"", "not a table": b"x" * 100}[damage]
    path.write_bytes(damaged)
    builds = Builds(lambda: _read(thesaurus_file))
    with caplog.at_level(logging.WARNING, logger="assistant.language.table_cache"):
        again = read_thesaurus(thesaurus_file, folder, builds)
    assert again == built and builds.count == 1
    assert [r.getMessage() for r in caplog.records if "beskadiget" in r.getMessage()]
    # Stored anew: the next process reads it.
    later = Builds(lambda: _read(thesaurus_file))
    assert read_thesaurus(thesaurus_file, folder, later) == built and later.count == 0


def test_a_folder_that_cannot_be_written_leaves_the_process_working(tmp_path, thesaurus_file, caplog):
    blocked = tmp_path / "en fil"
    blocked.write_text("ikke en mappe", encoding="utf-8")
    folder = blocked / "cache"
    with caplog.at_level(logging.WARNING, logger="assistant.language.table_cache"):
        first = read_thesaurus(thesaurus_file, folder)
        second = table_cache.cached("other", lambda: {"a": 1}, cache_folder=folder)
    assert first == _read(thesaurus_file) and second == {"a": 1}
    lines = [r.getMessage() for r in caplog.records if "kan ikke skrives" in r.getMessage()]
    assert len(lines) == 1 and "i hukommelsen" in lines[0]


def test_a_table_that_cannot_be_stored_is_still_served(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="assistant.language.table_cache"):
        table = table_cache.cached("guarded", lambda: {"lock": threading.Lock()}, cache_folder=tmp_path)
    assert table["lock"].acquire(blocking=False) and not list(tmp_path.glob("*.table"))
    assert any("kan ikke gemmes" in r.getMessage() for r in caplog.records)


def test_without_a_cache_folder_tables_are_built_in_memory(thesaurus_file, monkeypatch):
    monkeypatch.setattr(table_cache, "_folder", None)
    builds = Builds(lambda: _read(thesaurus_file))
    for _ in range(2):
        assert table_cache.cached("thesaurus", builds, sources=[thesaurus_file]) == _read(thesaurus_file)
    assert builds.count == 2


# Started twice at once on one empty cache folder: each builds, writes and answers.
TWO_AT_ONCE = """
import sys
from pathlib import Path
from assistant.answer import ask
from assistant.answer.warm_up import prepare_process
from assistant.index.storage import load_index
from assistant.language.analysis import default_analyzer
analyzer = default_analyzer()
prepare_process(analyzer, Path(sys.argv[1]))
answer = ask("Hvad er Balance Danmarks vision?", load_index(Path(sys.argv[2]), analyzer))
print(answer.answered, answer.answer)
"""


def test_two_processes_starting_at_once_on_an_empty_cache_both_answer(tmp_path, bundled_index_path):
    folder = tmp_path / "cache"
    command = [sys.executable, "-c", TWO_AT_ONCE, str(folder), str(bundled_index_path)]
    both = [subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in both]
    assert [p.returncode for p in both] == [0, 0], outputs
    answers = [out.strip() for out, _ in outputs]
    assert answers[0] == answers[1] and answers[0].startswith("True ")
    assert "beskadiget" not in "".join(err for _, err in outputs)
    # What they stored is whole (renamed into place, no temporary file left behind).
    assert {p.name.split("-")[0] for p in folder.glob("*.table")} >= {"thesaurus", "general", "simplemma"}
    assert not list(folder.glob(".*.tmp"))
