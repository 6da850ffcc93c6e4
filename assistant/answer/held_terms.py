"""Which of a question's candidate passages hold a term: the term's postings searched once for all.

A search explains each of its candidate passages (retrieve.explain: which query terms it holds), and
asked passage by passage, each passage's test of a term sliced and searched the term's postings
again: the same few terms for eight passages. Here a term's postings are searched for all the
candidates at once, when a passage first asks about the term; the answers are the same as
retrieve.passage_has gives passage by passage (tests/answer/test_passage_has.py).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from ..index.bm25 import Index


class HeldTerms:
    """The passages among some candidates that hold each index term, found once per term."""

    def __init__(self, index: Index, chunk_ids: Iterable[int]):
        self._index = index
        self._ids = np.unique(np.fromiter(chunk_ids, dtype=np.int64))
        self._held: dict[str, frozenset[int]] = {}

    def holders(self, term: str) -> frozenset[int]:
        """The candidates whose passage holds the index term."""
        found = self._held.get(term)
        if found is None:
            found = self._held[term] = self._holders(term)
        return found

    def has(self, chunk_id: int) -> Callable[[str], bool]:
        """passage_has for one of the candidates: whether its passage holds a term."""
        return lambda term: chunk_id in self.holders(term)

    def _holders(self, term: str) -> frozenset[int]:
        index = self._index
        t = index.term_ids.get(term)
        if t is None or not len(self._ids):
            return frozenset()
        docs = index.post_docs[index.offsets[t]:index.offsets[t + 1]]
        ids = self._ids.astype(docs.dtype)
        pos = docs.searchsorted(ids)
        inside = pos < len(docs)
        ids = ids[inside]
        return frozenset(ids[docs[pos[inside]] == ids].tolist())
