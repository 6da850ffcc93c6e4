"""Sentence-level evidence: which of a passage's sentences hold the question, and how closely."""
from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache, partial

from ..index.bm25 import Index
from ..index.chunking import split_sentences
from ..language.analysis import Analyzer
from .sentence_table import MAX_TERMS, Sentences, SentenceTable, sentence_table

# Passages whose analysed sentences a loaded index keeps, least recently used dropped first
# (analysing them again costs ~0.1 ms each; a whole-memo reset made every next question cold).
SENTENCE_MEMO_SIZE = 4096
# Two query terms side by side, in the question's order, add this share of the lighter one's weight.
ADJACENCY_WEIGHT = 0.5

Group = tuple[frozenset[str], float]   # the index terms that stand for a query term, and its weight
# Questions whose QueryTerms are kept for the passages weighed next (several threads answer at once).
RECENT_QUERIES = 16


def sentences(index: Index, chunk_id: int) -> Sentences:
    """A passage's sentences with their terms, analysed once per loaded index."""
    analysed = index.memo.get("sentences")
    if analysed is None:
        analysed = index.memo.setdefault("sentences", lru_cache(SENTENCE_MEMO_SIZE)(
            partial(_analyse_sentences, index)))
    return analysed(int(chunk_id))


def _analyse_sentences(index: Index, chunk_id: int) -> Sentences:
    text = index.chunk(chunk_id).text
    table = index.memo.get("sentence_table")
    found = None if table is None else table.sentences(chunk_id, text)
    return _analysed(index.analyzer, text) if found is None else found


def _analysed(analyzer: Analyzer, text: str) -> Sentences:
    return tuple((s, tuple(analyzer.document_terms(s))) for s in split_sentences(text))


def prepare_sentences(index: Index, max_terms: int = MAX_TERMS) -> SentenceTable:
    """Analyse the passages' sentences into the index's compact table now (sentence_table.py), in
    the index's order up to `max_terms` terms, so a first question about them need not."""
    def passages():
        for i in range(index.n_chunks):
            text = index.chunk(i).text
            yield text, _analysed(index.analyzer, text)

    table = index.memo["sentence_table"] = sentence_table(passages(), max_terms)
    return table


class QueryTerms:
    """A question's term groups, indexed for scoring many sentences fast."""

    def __init__(self, groups: Sequence[Group]):
        self.weights = [w for _, w in groups]
        self.group_of: dict[str, list[int]] = {}
        for i, (members, _) in enumerate(groups):
            for term in members:
                self.group_of.setdefault(term, []).append(i)
        # Two neighbouring query terms found side by side earn the lighter one's weight share.
        self.pair_bonus = [ADJACENCY_WEIGHT * min(a, b) for a, b in zip(self.weights, self.weights[1:])]
        # Passage -> its best sentence's weight, for the one index the question is asked of: the
        # search's second pass and the answerability signals weigh the same passages.
        self.best: dict[int, float] = {}
        self.best_of: Index | None = None

    def sentence_weight(self, terms: Sequence[str]) -> float:
        """The weight of the query terms a sentence holds, plus a bonus for those that stand together."""
        if self.group_of.keys().isdisjoint(terms):
            return 0   # what the sums below give for a sentence without a query term
        # map and filter run in C; the sets are built in the same order as ever, so the float sums
        # (and every tie between sentences) stay the same.
        positions = list(map(self.group_of.get, terms))
        held = {i for found in filter(None, positions) for i in found}
        if len(positions) - positions.count(None) < 2:
            return sum(self.weights[i] for i in held)   # no two query terms side by side
        pairs = {i for a, b in zip(positions, positions[1:]) if a and b for i in a if i + 1 in b}
        return sum(self.weights[i] for i in held) + sum(self.pair_bonus[i] for i in pairs)

    def groups_held(self, terms: Sequence[str]) -> int:
        """How many of the question's term groups a sentence's index terms hold."""
        return len({i for term in terms for i in self.group_of.get(term, ())})


def best_sentence_weight(index: Index, chunk_id: int, query: QueryTerms) -> float:
    """How well the passage's best sentence answers the question (0 when none holds a term);
    remembered with the question's terms."""
    if query.best_of is not index:
        query.best, query.best_of = {}, index
    best = query.best.get(chunk_id)
    if best is None:
        best = query.best[chunk_id] = max((query.sentence_weight(terms) for _, terms in
                                           sentences(index, chunk_id)), default=0.0)
    return best


_recent: dict[tuple[int, tuple[float, ...]], tuple[object, QueryTerms]] = {}
_recent_lock = threading.Lock()


def shared_query_terms(groups: Sequence, weights: Sequence[float]) -> QueryTerms:
    """QueryTerms of a question's term groups (each with `members`) with these weights, built once
    for all the passages a question weighs: the answerability signals built two per passage.
    Only a tuple (a question's, which cannot change) is kept; it is held, so its id is not reused."""
    key = (id(groups), tuple(weights))
    found = _recent.get(key)
    if found is not None and found[0] is groups:
        return found[1]
    terms = QueryTerms([(frozenset(g.members), w) for g, w in zip(groups, weights)])
    if not isinstance(groups, tuple):
        return terms
    with _recent_lock:
        while len(_recent) >= RECENT_QUERIES:
            del _recent[next(iter(_recent))]
        _recent[key] = (groups, terms)
    return terms
