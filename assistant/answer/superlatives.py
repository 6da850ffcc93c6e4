"""An English superlative searched as the material's superlative: "biggest" → "største", not "store".

The dictionaries translate an English word's base form ("biggest" → "big" → "stor"), so "What does the
biggest cost item amount to?" found "Tabet er størst i de store byer" before "Den største post er …".
Danish makes the superlative with -st / -ste / -este (størst, største, højeste, bedste); simplemma's
lemmas tell which of the material's words are a translation's superlatives ("største" → "stor"), so no
list of Danish forms is kept here.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..language.english_forms import english_lemma
from ..language.lemmas import lemma_of

# The endings of a Danish superlative; a word with one is looked up only once per material.
DANISH_ENDINGS = ("st", "ste")


def is_superlative(english: str) -> bool:
    """Whether an English word is a superlative: an -est form of another word ("biggest", "best";
    not "interest", "west")."""
    word = english.casefold()
    return word.endswith("est") and english_lemma(word) != word


def superlatives_by_lemma(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The material's words that may be superlatives, by their dictionary form ("stor" → ("størst",
    "største")); a word is its own lemma when it is no superlative ("først" is "først")."""
    table: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        if word.endswith(DANISH_ENDINGS) and (lemma := lemma_of(word)) and lemma != word.casefold():
            table.setdefault(lemma, []).append(word.casefold())
    return {lemma: tuple(dict.fromkeys(found)) for lemma, found in table.items()}


def material_superlatives(table: dict[str, tuple[str, ...]], danish: Iterable[str]) -> tuple[str, ...]:
    """The material's superlatives of a translation's Danish words (empty when it has none)."""
    return tuple(dict.fromkeys(w for d in danish for w in table.get(lemma_of(d) or d.casefold(), ())))
