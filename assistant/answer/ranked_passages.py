"""A question's analysed terms and its ranked passages: what a search hands the answer's steps.

TermGroup, Query and Hit are shared by every step after the search; term_weight says how telling a
term is, passage_has and explain which of the query's terms a passage holds.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import partial

from ..documents import Chunk
from ..index.bm25 import Index
from ..statutes.references import ParagraphRef
from .head_compounds import HEAD_SCALE
from .opposite_particles import Opposed, holds_group


@dataclass(frozen=True)
class TermGroup:
    """One query term and the index terms that stand for it (itself, compound parts, prefixes)."""

    term: str
    members: tuple[str, ...]
    weight: float  # how telling the term is (term_weight of its rarest member)
    scale: float = 1.0  # its members' share in BM25 scoring (below 1: carried over from earlier)
    other_stems: tuple[str, ...] = ()  # members that are the word in another form (statute_stems)
    opposed: Opposed = ((), ())  # a particle verb's asked and opposite acts (opposite_particles.py)
    heads: tuple[str, ...] = ()  # compounds a word the material has heads ("park": head_compounds.py)
    narrowing: tuple[str, ...] = ()  # terms a passage must hold for `heads` to count there ("år": head_kind.py)
    narrowed: frozenset[int] = frozenset()  # the passages where they count: those and their §'s other stk.


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its BM25 score and which query terms it contains."""

    chunk_id: int
    score: float
    chunk: Chunk
    matched: frozenset[str]   # TermGroup.term values found in the passage
    coverage: float           # share of the query's term weight the passage contains


@dataclass(frozen=True)
class Query:
    """An analysed question: its term groups and the flat term list that is scored."""

    groups: tuple[TermGroup, ...]
    reference: ParagraphRef | None = None   # the § (and stk.) the question names, if any
    text: str = ""   # the text analysed: how the question puts what it asks
    put: str = ""    # the question as put, when `text` is its reading in other words (English)
    scene: frozenset[str] = frozenset()  # terms only the story before the question says (asked_coverage.py)

    @property
    def terms(self) -> list[str]:
        return [m for g in self.groups for m in g.members]

    @property
    def weights(self) -> list[float] | None:
        """Per-term BM25 scale matching `terms`; None when every term counts fully."""
        if all(g.scale == 1.0 and not g.heads for g in self.groups):
            return None
        return [g.scale * (HEAD_SCALE if m in g.heads else 1.0) for g in self.groups for m in g.members]

    @property
    def total_weight(self) -> float:
        return sum(g.weight for g in self.groups)


def term_weight(n_chunks: int, doc_freq: int) -> float:
    """How telling a term is, always positive: log(1 + (N - n + .5) / (n + .5)).

    BM25Okapi's own idf turns negative for terms in most passages of a small corpus, which makes
    it useless for asking "how much of the question does this passage hold?".
    """
    return math.log(1.0 + (n_chunks - doc_freq + 0.5) / (doc_freq + 0.5))


def passage_has(index: Index, chunk_id: int, term: str) -> bool:
    """Whether a passage contains an index term (binary search in the term's postings)."""
    t = index.term_ids.get(term)
    if t is None:
        return False
    docs = index.post_docs[index.offsets[t]:index.offsets[t + 1]]
    # The id in the postings' type: a Python int made numpy cast all the postings first (~10 µs).
    pos = int(docs.searchsorted(docs.dtype.type(chunk_id)))
    return pos < len(docs) and int(docs[pos]) == chunk_id


def _members_here(chunk_id: int, group: TermGroup) -> tuple[str, ...]:
    """The group's members that count in a passage: its heads only where the passage (or another
    stk. of its §) holds one of the group's narrowing terms, when it has any (head_kind.py)."""
    if not group.narrowing or chunk_id in group.narrowed:
        return group.members
    return tuple(m for m in group.members if m not in group.heads)


def explain(index: Index, query: Query, chunk_id: int, score: float, has=None) -> Hit:
    """A Hit for one passage: which query terms it holds (`has`: passage_has) and their weight's share."""
    has = has or partial(passage_has, index, chunk_id)
    matched = frozenset(g.term for g in query.groups if holds_group(has, g.term, _members_here(chunk_id, g), g.opposed))
    total = query.total_weight
    covered = sum(g.weight for g in query.groups if g.term in matched)
    return Hit(chunk_id=chunk_id, score=score, chunk=index.chunk(chunk_id), matched=matched,
               coverage=covered / total if total > 0 else 0.0)
