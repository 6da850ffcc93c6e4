"""The material's words that stand right before "af", read once when an index is warmed.

An English who-question's verb is searched as the material's verb that names its doer with "af"
(english_agent_verbs.py), found by reading the passages that hold each of the verb's Danish terms.
A common verb's passages are most of a large material: "Who sits on the board …?" read 10,000
passages for "sidde" (0.5-0.8 s CPU at 10,000 passages, inside the visitor's question), and each new
verb read its own. The warm-up reads every passage once instead and keeps, per index term, the word
the per-term reading would find: the first passage's (in index order, as postings are) first word
before "af" whose document terms are that term alone.
"""
from __future__ import annotations

from ..index.bm25 import Index
from ..language.analysis import normalize, surface_words
from .english_agent_verbs import DOER, DOER_TABLE


def prepare_doer_words(index: Index) -> dict[str, str]:
    """Index term -> the material's word written before "af" (kept in the index's memo, where
    english_agent_verbs.doer_word reads it)."""
    table = index.memo[DOER_TABLE] = doer_words(index)
    return table


def doer_words(index: Index) -> dict[str, str]:
    table: dict[str, str] = {}
    terms_of: dict[str, list[str]] = {}   # a word's document terms, once per word
    document_terms = index.analyzer.document_terms
    for chunk_id in range(index.n_chunks):
        text = index.chunk(chunk_id).text
        if DOER not in normalize(text):
            continue   # no "af" in the words surface_words reads (it normalises first): nothing to split
        words = [w.casefold() for w in surface_words(text)]
        for word, after in zip(words, words[1:]):
            if after != DOER:
                continue
            terms = terms_of.get(word)
            if terms is None:
                terms = terms_of[word] = document_terms(word)
            if len(terms) == 1:
                table.setdefault(terms[0], word)
    return table
