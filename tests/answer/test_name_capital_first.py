"""A name read from a passage (gate_past_event) is found as before, with the capital scanned for first."""
from __future__ import annotations

import re
from pathlib import Path

from assistant.answer import gate_past_event

ROOT = Path(__file__).parents[2]
# The pattern as it was written: the look at what precedes the name first, tried at every position.
BEFORE = re.compile(r"(?<![\w.])[A-ZÆØÅ][\wæøå]+(?:(?:\s+[a-zæøå]{1,4}){0,2}\s+[A-ZÆØÅ][\wæøå]+)+")


def texts() -> list[str]:
    material = [p for f in [*ROOT.glob("corpus/**/*.md"), *ROOT.glob("tests/data/statutes/*.html")]
                for p in f.read_text(encoding="utf-8").split("\n\n")]
    questions = [line.split("\t")[0] for f in ROOT.glob("tests/data/realistic/*.tsv")
                 for line in f.read_text(encoding="utf-8").splitlines() if "\t" in line]
    edges = ["Oprør fra Udkanten", "x.Oprør fra Udkanten", "aOprør fra Udkanten", "Grønne Byer", ".Grønne Byer",
             "«Grønne Byer»", "ÆbleØ Å", "I 2019 stiftede Anna Hansen og Bo foreningen Grønne Byer i Vejle."]
    return material + questions + edges


def test_the_names_found_are_the_same_as_the_pattern_as_written_finds():
    assert len(texts()) > 1000
    for text in texts():
        assert [m.span() for m in gate_past_event._NAME.finditer(text)] == [m.span() for m in BEFORE.finditer(text)]


def test_a_capital_after_a_letter_or_a_stop_begins_no_name():
    assert gate_past_event._NAME.findall("stiftet af Grønne Byer og x.Anna Hansen") == ["Grønne Byer"]
