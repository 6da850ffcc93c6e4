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
from typing import NamedTuple

from . import table_cache
from .analysis import DANISH_STOPWORDS
from .lemmas import lemma_of
from .letter_runs import letter_runs
from .particle_verbs import PARTICLES
from .thesaurus import DEFAULT_PATH, Thesaurus, load

# Words that may stand before each further word of a phrase: a subject of two words and an adverb.
MAX_BETWEEN = 3
# Phrases of two or three words: longer entries are idioms a question seldom quotes whole.
MAX_WORDS = 3
# The question words a stranded preposition may govern ("Hvad handler … om?", "Hvor holder … til?",
# "Hvem skal jeg skrive til?"); "hvordan", "hvornår" and "hvorfor" are adverbs and govern none.
# Each has a test in tests/language/test_language_thesaurus_phrases.py.
QUESTION_OBJECTS = frozenset(("hvad", "hvem", "hvor", "hvilken", "hvilket", "hvilke"))
# Particles that join their verb in front into a verb of its own ("sige op" / "opsige", "smide ud",
# "stille op"): such a phrase at a clause's end is that verb, not a preposition the question word
# governs. ("om" and "til" both join and govern: "omhandle", "tilmelde"; they stay.)
PARTICLES_IN_FRONT = frozenset(p for p in PARTICLES if p not in ("om", "til"))
# A clause ends at a comma, a full stop, a question or exclamation mark, a colon or a dash.
CLAUSE_END = re.compile(r"[,.;:?!\u2013\u2014]|\s-\s")


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


class Phrase(NamedTuple):
    """A thesaurus phrase as a question says it."""

    said: tuple[str, ...]      # the question's words of it ("bakker", "op")
    synonyms: tuple[str, ...]  # the phrase's one-word synonyms ("støtte")
    # Whether its last word, a preposition, ends a clause that the question word it governs opens:
    # "Hvad handler jeres analyser om?" asks "… handler om hvad?", and the phrase only says how the
    # question word relates to the clause's other words.
    stranded: bool


def question_phrases(question: str, table=None) -> list[Phrase]:
    """Each thesaurus phrase the question holds within one of its clauses: "Bakker I op om et
    parti?" holds "bakke op" by ("bakker", "op")."""
    table = phrases() if table is None else table
    out: dict[tuple[str, ...], tuple[set[str], bool]] = {}
    for clause in CLAUSE_END.split(question.casefold()):
        words = letter_runs(clause)
        for i, word in enumerate(words):
            for first in dict.fromkeys((word, lemma_of(word) or word)):
                for parts, synonyms in table.get(first, ()):
                    at = _rest(words, i, parts[1:])
                    if at is None:
                        continue
                    said = (word, *(words[j] for j in at))
                    stranded = bool(at) and at[-1] == len(words) - 1 and words[0] in QUESTION_OBJECTS \
                        and parts[-1] not in PARTICLES_IN_FRONT
                    found, was = out.setdefault(said, (set(), False))
                    found.update(synonyms)
                    out[said] = (found, was or stranded)
    return [Phrase(said, tuple(sorted(found)), stranded) for said, (found, stranded) in out.items()]


def _rest(words: list[str], start: int, rest: Iterable[str]) -> list[int] | None:
    """The positions of the question's words for the phrase's further words, each among the
    MAX_BETWEEN + 1 words after the one before it (said as the phrase says it, or as a form of it);
    None if one is missing."""
    said, at = [], start
    for part in rest:
        for j in range(at + 1, min(len(words), at + MAX_BETWEEN + 2)):
            if words[j] == part or lemma_of(words[j]) == part:
                said.append(j)
                at = j
                break
        else:
            return None
    return said
