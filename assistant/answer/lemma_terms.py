"""The material's index terms by dictionary form, read once when an index is warmed.

phrase_heads.py looks for the question's word right before a compound in the compound's passages,
and takes a passage word for the question's where the two share an index term, differ by an
adjective's neuter "-t", or have one dictionary form ("bedre" and "bedst" are forms of "god", with
other index terms). A passage that holds none of those terms cannot have the word before the
compound, so phrase_heads reads only the passages that hold one (postings, no text): reading every
passage of a new compound (decoding it and its normal form) was most of what a new question cost
at 10,000 passages (runde treogtredive, docs/benchmarks.md). The terms of one dictionary form are
the material's own: every word of every passage, read as phrase_heads reads a passage (its normal
form, its \\w+ runs, the analyser's words and terms), is looked up once here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language.lemmas import lemma_of
from ..language.word_runs import normal_forms

LEMMA_TERMS = "lemma_terms"
# Passages normalised in one call (word_runs.normal_forms): the steps run once per batch.
_BATCH = 256
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1 << 16)
def token_terms(analyzer, token: str) -> tuple[tuple[str, str], ...]:
    """A token's (word, index term) pairs ("" for a word without a term), as phrase_heads reads the
    words of a question and of a passage. Words repeat (Zipf): each is analysed once."""
    return tuple((word, analyzer.document_term(word) if word.isalpha() else "") for word in analyzer.words(token))


def prepare_lemma_terms(index: Index) -> dict[str, frozenset[str]]:
    """Dictionary form -> the index terms of the material's words of it (in the index's memo)."""
    table = index.memo[LEMMA_TERMS] = _lemma_terms(index)
    return table


def terms_of_lemma(index: Index, lemma: str) -> frozenset[str]:
    """The index terms the material writes words of `lemma` as (none for a lemma it lacks). An
    index the warm-up has not read is read now."""
    table = index.memo.get(LEMMA_TERMS)
    if table is None:
        table = prepare_lemma_terms(index)
    return table.get(lemma, frozenset())


def _lemma_terms(index: Index) -> dict[str, frozenset[str]]:
    analyzer = index.analyzer
    tokens: set[str] = set()
    for start in range(0, index.n_chunks, _BATCH):
        texts = [index.chunk(i).text for i in range(start, min(start + _BATCH, index.n_chunks))]
        for norm in normal_forms(texts, analyzer.unicode_form, analyzer.ascii_fold, analyzer.strip_accents):
            tokens.update(_WORD.findall(norm))
    found: dict[str, set[str]] = {}
    for token in tokens:
        for word, term in token_terms(analyzer, token):
            # A word without an index term is never the word phrase_heads keeps before a compound.
            lemma = lemma_of(word) if term else None
            if lemma is not None:
                found.setdefault(lemma, set()).add(term)
    return {lemma: frozenset(terms) for lemma, terms in found.items()}
