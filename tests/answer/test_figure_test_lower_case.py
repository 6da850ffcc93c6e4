"""The figure test reads a text in lower case, and finds exactly the figures the IGNORECASE patterns find.

A visitor asking "hvor mange …?" is only answered by a sentence stating a figure; the test that says so
runs on every sentence of every passage a new question reads, so it reads the text lower-cased with
case-sensitive patterns. These tests pin its answers on tricky texts and check it against the
IGNORECASE reading it replaces, character by character and on the material's own texts.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from assistant.answer import figures
from assistant.answer.figures import has_figure

ROOT = Path(__file__).resolve().parents[2]


def ignorecase_reading(text: str) -> bool:
    """The figure test as the IGNORECASE patterns read it on the text as written."""
    return bool(figures._NUMBER.search(figures._STATUTE_NUMBERING.sub(" ", text))
                or figures._ONE_UNIT.search(text))


@pytest.mark.parametrize("text, figure", [
    ("Bestyrelsen består af fem til syv medlemmer.", True),
    ("TO medlemmer vælges hvert år.", True),
    ("Tre år i træk.", True),
    ("Der er ÉN formand og Ét kontor.", True),
    ("Halvdelen af bestyrelsen er på valg.", True),
    ("Foreningen har 1.412 medlemmer.", True),
    ("Medlemmer optages for et år ad gangen.", True),
    ("Udmeldelse sker med EN MÅNEDS varsel.", True),
    # Number words inside compounds and longer words are no figures: "tolvhundrede", "tilbage", "nike".
    ("Huset hedder tolvhundrede og ligger tilbage for vejen.", False),
    ("Femten er ikke på listen, og fireårig heller ikke.", False),
    ("Foreningen er sikret årligt tilskud.", False),
    ("En forening for alle.", False),
    # A statute's numbering is an address, in either case.
    ("§ 3a. Foreningens formål.", False),
    ("STK. 2. Lokalforeninger kan optages.", False),
    ("Jf. § 12, stk. 3.", False),
    # Removing the numbering "stk2" leaves "to" a word of its own, as the IGNORECASE reading does.
    ("Se stk2to.", True),
    # Letters IGNORECASE matches apart from lower-casing: dotted capital İ, dotless ı, long ſ.
    ("Nİ dage.", True),
    ("Tı dage.", True),
    ("ſeks dage.", True),
    ("Nıce dage.", False),
    # The Kelvin sign lower-cases to k, as IGNORECASE matches it; "²" is not a digit, "٣" is.
    ("Et \u212avartal.", True),
    ("Arealet er m² stort.", False),
    ("Der er \u0663 pladser.", True),
])
def test_a_figure_is_found_in_any_case_and_only_as_a_word(text, figure):
    assert has_figure(text) is figure
    assert ignorecase_reading(text) is figure


def test_lower_casing_keeps_every_character_the_patterns_can_tell_apart():
    # The lower-case reading is exact when each character lower-cases to one character that the
    # case-sensitive patterns treat as IGNORECASE treats the original: same letter, word, digit, space.
    letters = re.compile("[a-zæøåé§]", re.IGNORECASE)
    classes = [re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s")]
    apart = set()
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        if (len(lower) != 1 or bool(letters.fullmatch(char)) != (lower in "abcdefghijklmnopqrstuvwxyzæøåé§")
                or any(bool(c.fullmatch(char)) != bool(c.fullmatch(lower)) for c in classes)):
            apart.add(char)
    assert apart == set(figures._CASE_APART)


def material_texts() -> list[str]:
    texts: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            texts.extend(part for part in re.split(r"(?<=[.!?])\s+|\n+", value) if part.strip())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted((ROOT / "corpus").glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "tests/data/realistic").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            texts.extend(field for field in line.split("\t") if field.strip())
    for path in sorted((ROOT / "tests/data/statutes").glob("*.html")):
        walk(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
    return texts


def test_the_material_and_the_questions_have_the_same_figures_either_way():
    texts = material_texts()
    assert len(texts) > 5_000
    differ = [text for text in texts if has_figure(text) != ignorecase_reading(text)]
    assert differ == []
    assert 500 < sum(map(has_figure, texts)) < len(texts) - 500
