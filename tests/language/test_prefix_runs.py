"""The words of the material beginning with some letters are read as one run of the sorted list: an
English word's Danish translation is checked against the material's compounds and inflections of it,
and a question word against its derivations, without testing the next 64 words one by one
(language/prefix_runs.py, runde fyrre)."""
from __future__ import annotations

import random
import sys
from bisect import bisect_left

from assistant.language.derivation import derived_terms
from assistant.language.english_fallback import MAX_SCAN, MaterialParts
from assistant.language.prefix_runs import prefix_end
from tests.support.slices import MeasuredSlices

# A material's words: a few that begin with "kort", and many after them in the sorted list.
WORDS = ["kort", "kortdata", "kortlagt", "kortlægningen", *(f"kultur{i:03d}" for i in range(100)),
         "bestyrelse", "beslutning"]


def _scanned(words: list[str], prefix: str, start: int, scan: int) -> list[str]:
    """The reading before: each of the next `scan` words tested one by one."""
    return [w for w in words[start:start + scan] if w.startswith(prefix)]


def test_the_words_a_translation_begins_are_read_as_their_run_alone():
    parts = MaterialParts(WORDS)
    parts._forwards = MeasuredSlices(parts._forwards)
    assert parts.starting("kort") == ["kort", "kortdata", "kortlagt", "kortlægningen"]
    assert parts.starts("kor") is False   # shorter than a compound's first part
    assert parts.starting("kulturzzz") == []
    assert parts._forwards.copied == [4, 0]


def test_a_mapping_reads_landkort_as_the_material_s_kort_compounds_as_before():
    parts = MaterialParts(WORDS)
    assert parts.starts("kort") is False   # the material's own word: no compound it starts
    assert MaterialParts(WORDS[1:]).starts("kort") is True   # "kort|data", "kort|lagt"
    assert MaterialParts(["kortxyz", *WORDS[1:2]]).starts("kort") is True


def test_a_question_word_s_derivations_are_read_as_their_run_alone():
    vocabulary = MeasuredSlices(sorted(["beslut", "beslutning", "beslutningsdyg", *(f"besøg{i:03d}" for i in range(90))]))
    assert "beslutning" in derived_terms("beslut", vocabulary, set(vocabulary))
    assert vocabulary.copied and max(vocabulary.copied) <= 3   # not the next 50 words


def test_the_run_is_the_scan_s_own_answer_on_any_sorted_list():
    rng = random.Random(40)
    letters = "abeæøå" + chr(sys.maxunicode)
    for _ in range(2000):
        words = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(0, 6)))
                        for _ in range(rng.randint(0, 150))})
        prefix = "".join(rng.choice(letters) for _ in range(rng.randint(0, 3)))
        start = bisect_left(words, prefix)
        for scan in (1, 3, MAX_SCAN):
            assert words[start:prefix_end(words, prefix, start, start + scan)] == _scanned(words, prefix, start, scan)
