"""Lemmas (simplemma's Danish data) to tell apart two words the stemmer gives one stem.

Snowball cuts "grundlagt" (of "grundlægge") and the noun "grundlag" to the same stem, so a question
about when something was "grundlagt" finds "et solidt grundlag for debatten" and nothing that says
"startede". A word's lemma stem is the stem of its dictionary form ("grundlægge" -> "grundlaeg"):
where the material's words of a stem have none of the lemma stems a question word (or a synonym
set) has, the shared stem is a collision, not the same word.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .analysis import Analyzer

LANGUAGE = "da"


@lru_cache(maxsize=1)
def _simplemma():
    # Imported on first use: its Danish table takes a second or two to load.
    import simplemma
    return simplemma


@lru_cache(maxsize=65536)
def lemma_stem(analyzer: Analyzer, word: str) -> str | None:
    """The stem of the word's dictionary form; None for a word the lemmatiser does not know (a
    typo, a name) or the analyser does not keep."""
    word = word.casefold()
    lemmatiser = _simplemma()
    if not lemmatiser.is_known(word, lang=LANGUAGE):
        return None
    terms = analyzer.document_terms(lemmatiser.lemmatize(word, lang=LANGUAGE))
    return terms[0] if len(terms) == 1 else None


def material_lemma_stems(analyzer: Analyzer, words: Iterable[str]) -> dict[str, frozenset[str]]:
    """Stem -> the lemma stems of the material's words with that stem."""
    table: dict[str, set[str]] = {}
    for word in words:
        terms = analyzer.document_terms(word)
        if len(terms) != 1:
            continue
        found = lemma_stem(analyzer, word)
        table.setdefault(terms[0], set()).add(terms[0] if found is None else found)
    return {term: frozenset(stems) for term, stems in table.items()}


def collides(term: str, lemma_stems: Iterable[str], material: dict[str, frozenset[str]]) -> bool:
    """Whether the material's words of `term` are other words than the ones with `lemma_stems`.

    False where the material lacks the term or the lemmatiser leaves the asking word's stem alone
    (then there is nothing to tell apart): only a lemma that moves away from the shared stem, and
    that no word of the material has, marks a collision.
    """
    held = material.get(term)
    asked = frozenset(lemma_stems)
    if held is None or not asked or term in asked:
        return False
    return not held & asked
