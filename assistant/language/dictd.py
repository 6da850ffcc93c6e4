"""Bilingual word lists: Debian's FreeDict dictionaries (Danish, Norwegian, Swedish) and our glossary.

The dictd format: a text index "headword<TAB>offset<TAB>length" (numbers in dictd's base-64 digits)
into a dictzip file, which Python's gzip module reads as plain gzip. An entry is the headword line
("medlem /ˈmεðlεm/ <n>") and then translations, comma-separated, numbered "1. …" by sense, with
notes in square brackets. The English-Norwegian dictionary follows each sense's translations with an
English explanation on a line of its own ("playground <n>\n1. skolegård\nopen-air space …"): read
"glossed", only the line after the headword and the numbered lines are translations.
"""
from __future__ import annotations

import gzip
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache, partial
from pathlib import Path

from . import table_cache

log = logging.getLogger(__name__)

DICTD_DIR = Path("/usr/share/dictd")
# The organisation's own words, where the dictionaries fall short (one entry a line, tested).
GLOSSARY_PATH = Path(__file__).with_name("glossary_en_da.tsv")
DANISH_ENGLISH = "freedict-dan-eng"
ENGLISH_DANISH = "freedict-eng-dan"
ENGLISH_NORWEGIAN = "freedict-eng-nor"
ENGLISH_SWEDISH = "freedict-eng-swe"
SWEDISH_ENGLISH = "freedict-swe-eng"
# Dictionaries whose entries explain each sense in English after its translations.
GLOSSED = frozenset({ENGLISH_NORWEGIAN})
_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_DIGIT = {c: i for i, c in enumerate(_DIGITS)}
_SENSE = re.compile(r"^\s*\d+\.\s*")
# A sense number left at the end of a translation line ("lekeplass 2.").
_TRAILING_SENSE = re.compile(r"\s+\d+\.\s*$")
_NOTE = re.compile(r"\[[^\]]*\]|\([^)]*\)")
# Entries about the database itself, not words.
_META = "00database"
# A Danish headword with more than this many times the senses of the likeliest one (counted as at
# least two) is another sense of the English word ("grow": vokse, 2 senses, not "ske", 6: happen,
# occur, spoon). On alle-dev: ratio 2 +1 hit and +1 correct decline; 1.5 loses another answer; 3
# wins the decline only; without the floor of two, "go" (gå, 3 senses, after "fare", 1) loses "gå".
SENSE_RATIO = 2
SENSE_FLOOR = 2


def dictd_number(digits: str) -> int:
    """A dictd index number ("nW" -> 1686)."""
    value = 0
    for c in digits:
        value = value * 64 + _DIGIT[c]
    return value


def parse_entry(text: str, glossed: bool = False) -> list[str]:
    """The translations of one entry, in order, without pronunciation, senses or notes.

    glossed: only the first line after the headword and the lines that start a numbered sense
    hold translations; the others explain the sense in English.
    """
    out: list[str] = []
    for n, line in enumerate(text.splitlines()[1:]):
        if glossed and n > 0 and not _SENSE.match(line):
            continue
        line = _TRAILING_SENSE.sub("", line)
        for item in _NOTE.sub("", _SENSE.sub("", line)).split(","):
            item = " ".join(item.split()).casefold()
            if item and item not in out:
                out.append(item)
    return out


def entries(index: Path, data: Path) -> Iterator[tuple[str, str]]:
    """(headword, entry text) for each entry of a dictd index and its (dictzip) data file, in index order."""
    with gzip.open(data, "rb") as f:
        raw = f.read()
    for line in index.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[0].startswith(_META):
            continue
        start, length = dictd_number(parts[1]), dictd_number(parts[2])
        yield parts[0], raw[start:start + length].decode("utf-8", errors="replace")


def read_dictd(index: Path, data: Path, glossed: bool = False) -> dict[str, list[str]]:
    """Headword (case-folded) -> translations, from a dictd index and its (dictzip) data file."""
    table: dict[str, list[str]] = {}
    for headword, entry in entries(index, data):
        translations = table.setdefault(headword.casefold(), [])
        translations += [t for t in parse_entry(entry, glossed) if t not in translations]
    return table


@lru_cache(maxsize=8)
def load(name: str, directory: Path = DICTD_DIR) -> dict[str, list[str]]:
    """A FreeDict dictionary by name, read once; empty (one log line) when it is missing."""
    try:
        files = (directory / f"{name}.index", directory / f"{name}.dict.dz")
        return table_cache.cached(f"dictd-{name}", partial(read_dictd, *files, name in GLOSSED),
                                  sources=files, parts=[name in GLOSSED])
    except (OSError, ValueError, KeyError, EOFError) as error:
        package = "dict-" + name
        log.warning("Ordbogen %s kunne ikke læses (%s); den bruges ikke. Installér Debian-pakken %s.",
                    name, error, package)
        return {}


_TAG = re.compile(r"<([a-z]+)>")


def read_tags(index: Path, data: Path) -> dict[str, str]:
    """Headword (case-folded) -> the part of speech its entry's first line tags ("gave <n>": "n"),
    for the headwords that have one (~half of the Danish-English dictionary's)."""
    table: dict[str, str] = {}
    for headword, entry in entries(index, data):
        if tag := _TAG.search(entry.partition("\n")[0]):
            table.setdefault(headword.casefold(), tag.group(1))
    return table


@lru_cache(maxsize=2)
def tags(name: str = DANISH_ENGLISH, directory: Path = DICTD_DIR) -> dict[str, str]:
    """A FreeDict dictionary's parts of speech by headword (read_tags), read once; empty when missing."""
    try:
        files = (directory / f"{name}.index", directory / f"{name}.dict.dz")
        return table_cache.cached(f"dictd-tags-{name}", partial(read_tags, *files), sources=files)
    except (OSError, ValueError, KeyError, EOFError):
        return {}  # load() has said so already


def inverted(table: dict[str, list[str]]) -> dict[str, list[str]]:
    """Translation -> headwords that have it: a Danish-English dictionary read English-Danish."""
    out: dict[str, list[str]] = {}
    for head, translations in table.items():
        for translation in translations:
            heads = out.setdefault(translation, [])
            if head not in heads:
                heads.append(head)
    return out


def likeliest_headwords(danish: Sequence[str], form: str, verb: bool, table: dict[str, list[str]],
                        zipf: Callable[[str, str], float],
                        sense: Callable[[str], int] = lambda headword: 0) -> list[str]:
    """The Danish headwords whose senses name an English word, likeliest first, the unsure left out.

    The Danish-English dictionary read backwards lists every headword with the English word
    among its senses, in alphabetical order: "attend" -> besøge, passe, pleje; "go" -> fare,
    gå, køre. A headword of few senses means the English word most surely ("besøge", 4 senses,
    not "passe", 10), and among equals the everyday word (zipf: wordfreq's Danish list: "gå", not
    "køre"). On the dev sets: English hit@1 +2 questions, no decline lost; by frequency alone +1
    and one decline lost. A headword spelt as the English word ("plan") is the same word in both
    languages; an English verb form ("tied", verb) is a Danish verb, whose infinitive ends in -e
    ("binde", not the noun "bånd").
    """
    ranked = sorted(danish, key=lambda d: (d != form, verb and not d.endswith("e"), sense(d),
                                           len(table.get(d, ())), -zipf(d, "da")))
    return surest_senses(ranked, table)


def surest_senses(ranked: list[str], table: dict[str, list[str]], ratio: float = SENSE_RATIO) -> list[str]:
    """The Danish headwords, likeliest first, that mean an English word about as surely as the first.

    ranked: the headwords with the English word among their senses, likeliest first; table: the
    Danish-English dictionary. A headword of many senses names the English word only in passing
    ("set": serie, 2 senses, not "gruppe", 6: bevy, herd, heap); where the material lacks the
    likeliest word, such a one is not searched in its place.
    """
    if len(ranked) < 2:
        return ranked
    most = ratio * max(SENSE_FLOOR, len(table.get(ranked[0], ())))
    return [d for d in ranked if len(table.get(d, ())) <= most]


def read_glossary(path: Path = GLOSSARY_PATH) -> dict[str, list[str]]:
    """English word or phrase -> Danish words, from a TSV file ("#" starts a comment)."""
    table: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        english, _, danish = line.partition("\t")
        words = [w.strip().casefold() for w in danish.split(",") if w.strip()]
        if english.strip() and words:
            table.setdefault(english.strip().casefold(), []).extend(words)
    return table
