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

from .analysis import Analyzer, surface_words

LANGUAGE = "da"


@lru_cache(maxsize=1)
def _simplemma():
    # Imported on first use: its Danish table takes a second or two to load.
    import simplemma
    return simplemma


@lru_cache(maxsize=65536)
def is_danish_word(word: str) -> bool:
    """Whether the lemmatiser's Danish data holds the word as written (an inflected form too)."""
    return bool(_simplemma().is_known(word.casefold(), lang=LANGUAGE))


@lru_cache(maxsize=65536)
def lemma_stem(analyzer: Analyzer, word: str) -> str | None:
    """The stem of the word's dictionary form; None for a word the lemmatiser does not know (a
    typo, a name) or the analyser does not keep."""
    word = word.casefold()
    if not is_danish_word(word):
        return None
    terms = analyzer.document_terms(_simplemma().lemmatize(word, lang=LANGUAGE))
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


def asked_lemma_stems(analyzer: Analyzer, question: str) -> dict[str, set[str]]:
    """Query term -> the lemma stems of the question's words with that term; a term with a word
    the lemmatiser does not know (a typo, a name) is left out: there is nothing to tell apart."""
    out: dict[str, set[str]] = {}
    unknown: set[str] = set()
    for word in surface_words(question):
        found = lemma_stem(analyzer, word)
        for term in analyzer.query_terms(word):
            if found is None:
                unknown.add(term)
            else:
                out.setdefault(term, set()).add(found)
    return {term: stems for term, stems in out.items() if term not in unknown}


def same_words(terms: list[str], term: str, known: set[str] | None,
               lemmas: dict[str, frozenset[str]]) -> list[str]:
    """A query term's expansions less those the material holds only as other words (see
    collides); a compound part or extension of the term is kept. `known`: the lemma stems
    of the question's words of the term, None where the lemmatiser does not know one."""
    if not known:
        return terms
    return [m for m in terms
            if not collides(m, known, lemmas) or (m != term and (m in term or term in m))]


def without_collisions(terms: frozenset[str], lemma_stems: frozenset[str],
                       lemmas: dict[str, frozenset[str]]) -> frozenset[str]:
    """A synonym set's terms less those whose words in the material are other words: "stiftet"'s
    set holds "grundlagt", whose stem the noun "grundlag" has too."""
    return frozenset(t for t in terms if not collides(t, lemma_stems, lemmas))
