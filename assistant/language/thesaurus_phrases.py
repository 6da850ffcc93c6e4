"""Fixed phrases of a question that the thesaurus lists, read as one unit: "bakke op" is "støtte".

A visitor says "Bakker I op om …?" where the page says "støtte op om", and "Hvad laver I om?" where
it says "ændre". Word by word the question's "bakker" is a hill ("bakke": "bank", "høj") and "lave"
is "make"; only the phrase means what is asked. mythes-da (thesaurus.py) lists such phrases, as
headwords ("bakke op": "støtte", "gå ind for") or as a one-word headword's synonym ("lave om" under
"ændre", "handle om" under "omhandle"). Here a question holds a phrase when its first word's lemma
(or the word itself) is the phrase's first word and the phrase's other words follow in order, with
at most MAX_BETWEEN words before each: Danish puts the subject and an adverb between a verb and its
particle in a question ("går jeres arbejde egentlig ud på").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache, partial
from pathlib import Path

from . import table_cache
from .analysis import DANISH_STOPWORDS
from .lemmas import lemma_of
from .particle_verbs import PARTICLES
from .thesaurus import DEFAULT_PATH, Thesaurus, load

# Words that may stand before each further word of a phrase: a subject of two words and an adverb.
MAX_BETWEEN = 3
# Phrases of two or three words: longer entries are idioms a question seldom quotes whole.
MAX_WORDS = 3


def phrase_table(thesaurus: Thesaurus) -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """First word -> (the phrase's words, its one-word synonyms) for each phrase of 2–3 words.

    A headword phrase gives its one-word synonyms; a phrase listed under a one-word headword gives
    that headword (its entry's other words are that headword's senses, not the phrase's)."""
    found: dict[tuple[str, ...], set[str]] = {}
    for head, words in thesaurus.broad.items():
        if " " in head:
            parts = _parts(head)
            if parts:
                found.setdefault(parts, set()).update(w for w in words if w.isalpha())
            continue
        if not head.isalpha():
            continue
        for word in words:
            parts = _parts(word) if " " in word else None
            if parts:
                found.setdefault(parts, set()).add(head)
    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for parts, synonyms in found.items():
        if synonyms:
            table.setdefault(parts[0], []).append((parts, tuple(sorted(synonyms))))
    return {first: tuple(sorted(entries)) for first, entries in table.items()}


def _parts(phrase: str) -> tuple[str, ...] | None:
    """A verb with its particles or prepositions ("bakke op", "gå ud på", "handle om"): led by a
    word of meaning, followed by words of Danish's closed classes only. A phrase led by a function
    word ("i dag", "for det") is grammar; one of two words of meaning ("politisk parti") is a
    thing the passage must name, not a way of saying a relation."""
    parts = tuple(phrase.split())
    ok = 2 <= len(parts) <= MAX_WORDS and all(p.isalpha() for p in parts) and parts[0] not in DANISH_STOPWORDS \
        and all(p in DANISH_STOPWORDS or p in PARTICLES for p in parts[1:])
    return parts if ok else None


@lru_cache(maxsize=4)
def phrases(path: Path = DEFAULT_PATH) -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """The thesaurus's phrase table, built once (kept in the table cache beside the thesaurus)."""
    return table_cache.cached("thesaurus-phrases", partial(_build, path), sources=[path])


def _build(path: Path):
    return phrase_table(load(path))


def question_phrases(question: str, table=None) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(the question's words of a phrase, the phrase's one-word synonyms) for each thesaurus phrase
    the question holds: "Bakker I op om et parti?" holds "bakke op" by ("bakker", "op")."""
    table = phrases() if table is None else table
    words = re.findall(r"[^\W\d_]+", question.casefold())
    out: dict[tuple[str, ...], set[str]] = {}
    for i, word in enumerate(words):
        for first in dict.fromkeys((word, lemma_of(word) or word)):
            for parts, synonyms in table.get(first, ()):
                said = _rest(words, i, parts[1:])
                if said is not None:
                    out.setdefault((word, *said), set()).update(synonyms)
    return [(said, tuple(sorted(synonyms))) for said, synonyms in out.items()]


def _rest(words: list[str], start: int, rest: Iterable[str]) -> list[str] | None:
    """The question's words for the phrase's further words, each among the MAX_BETWEEN + 1 words
    after the one before it (said as the phrase says it, or as a form of it); None if one is missing."""
    said, at = [], start
    for part in rest:
        for j in range(at + 1, min(len(words), at + MAX_BETWEEN + 2)):
            if words[j] == part or lemma_of(words[j]) == part:
                said.append(words[j])
                at = j
                break
        else:
            return None
    return said
