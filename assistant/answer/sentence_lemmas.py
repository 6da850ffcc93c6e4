"""A question word a sentence holds in another form of the same word: "offentliggjort" in "… et grønt
byregnskab, som offentliggøres på foreningens årsmøde".

The search reads a word by its stem, and an irregular verb's forms have several ("offentliggjort" /
"offentliggør"): where the material never writes the question's form, a sentence that holds the
word in another form looks no better than its neighbour, which shares only the noun ("Det første
byregnskab udkommer i 2026."), and the fact beside the words is lost. The lemmatiser gives both forms
one dictionary form. A form the material writes is left to the search's own reading (its stem already
holds it, or the question reads it otherwise on purpose: "glemt at betale" is held only by "restance",
statutes.references.negated_acts). Only the sentence's words that begin like the question word's
dictionary form are looked up (a lookup costs about 0.1 ms), and each sentence's once per process.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language.analysis import Analyzer
from ..language.lemmas import asked_lemmas, lemma_of
from ..statutes.references import negated_acts

# The letters a form must share with the dictionary form to be looked up: "offe" of "offentliggøre"
# in "offentliggøres", "vælg" of "vælge" in "vælges" (not the noun "valg").
PREFIX = 4
_WORD = re.compile(r"[^\W\d_]+")


def _question_lemmas(index: Index, question: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The question's terms the material never writes, with their words' dictionary forms."""
    return tuple((term, frozenset(lemmas)) for term, lemmas in _asked(index.analyzer, question)
                 if term not in index.term_ids)


@lru_cache(maxsize=1024)  # asked of the same question for each sentence of its passages
def _asked(analyzer: Analyzer, question: str) -> tuple[tuple[str, frozenset[str]], ...]:
    negated = negated_acts(analyzer, question)
    return tuple((term, frozenset(lemmas)) for term, lemmas in asked_lemmas(analyzer, question).items()
                 if term not in negated and all(len(lemma) >= PREFIX for lemma in lemmas))


@lru_cache(maxsize=8192)  # a passage's sentences are read again by each question that finds them
def _lemmas_from(sentence: str, prefix: str) -> frozenset[str]:
    return frozenset(lemma for word in _WORD.findall(sentence.casefold())
                     if word.startswith(prefix) and (lemma := lemma_of(word)))


def lemma_held(index: Index, question: str, sentence: str, held: frozenset[str]) -> frozenset[str]:
    """The query terms of the question (beside `held`, those the sentence holds already) that the
    material never writes and whose word the sentence has in another form of the same dictionary word."""
    return frozenset(term for term, lemmas in _question_lemmas(index, question) if term not in held
                     and any(lemmas & _lemmas_from(sentence, lemma[:PREFIX]) for lemma in lemmas))


@lru_cache(maxsize=8192)  # one lemma's stems, read again for every sentence that writes the word
def _stems(analyzer: Analyzer, lemma: str) -> frozenset[str]:
    return frozenset(analyzer.document_terms(lemma))


def member_form_held(index: Index, members: dict[str, frozenset[str]], sentence: str,
                     held: frozenset[str]) -> frozenset[str]:
    """The query terms (beside `held`) one of whose stems (`members`: term -> the stems that hold it)
    the sentence writes in another form of the same dictionary word: "lokalt" for the "lokal" of
    "lokalsamfundene" ("Vi igangsætter konkrete udviklingsprojekter … regionalt og lokalt."). The stemmer
    reads an adjective's neuter or adverb in -t as a word of its own; the lemmatiser gives both one
    dictionary form."""
    return frozenset(term for term, stems in members.items() if term not in held
                     and any(stems & _stems(index.analyzer, lemma)
                             for stem in stems if len(stem) >= PREFIX
                             for lemma in _lemmas_from(sentence, stem[:PREFIX])))
