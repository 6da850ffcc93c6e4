"""Sentence-level evidence: which of a passage's sentences hold the question, and how closely."""
from __future__ import annotations

from typing import Sequence

from .chunking import split_sentences
from .index import Index

# Passages whose sentences a loaded index remembers (analysing them again costs ~0.1 ms each).
SENTENCE_MEMO_SIZE = 20_000
# Two query terms side by side, in the question's order, add this share of the lighter one's weight.
ADJACENCY_WEIGHT = 0.5

Group = tuple[frozenset[str], float]   # the index terms that stand for a query term, and its weight


def sentences(index: Index, chunk_id: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A passage's sentences with their terms, analysed once per loaded index."""
    memo = index.memo.setdefault("sentences", {})
    found = memo.get(chunk_id)
    if found is None:
        if len(memo) >= SENTENCE_MEMO_SIZE:
            memo.clear()
        found = memo[chunk_id] = tuple(
            (s, tuple(index.analyzer.document_terms(s)))
            for s in split_sentences(index.chunk(chunk_id).text))
    return found


def sentence_weight(terms: Sequence[str], groups: Sequence[Group]) -> float:
    """The weight of the query terms a sentence holds, plus a bonus for those that stand together."""
    present = set(terms)
    weight = sum(w for members, w in groups if present & members)
    for (a, wa), (b, wb) in zip(groups, groups[1:]):
        if any(x in a and y in b for x, y in zip(terms, terms[1:])):
            weight += ADJACENCY_WEIGHT * min(wa, wb)
    return weight


def best_sentence_weight(index: Index, chunk_id: int, groups: Sequence[Group]) -> float:
    """How well the passage's best sentence answers the question (0 when none holds a term)."""
    return max((sentence_weight(terms, groups) for _, terms in sentences(index, chunk_id)),
               default=0.0)
