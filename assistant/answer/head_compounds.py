"""A question word the material has on its own, also matched in the compounds it heads.

The publication says "park" once or twice, but where it answers "Hvor langt må der højst være til en
park?" it says "lommeparker": a Danish compound is a kind of its last part, so the passages that
name the thing only inside compounds hold the word too. The analyser looks for a word's compounds
only where the material lacks the word (language/compound_heads.py); here a word it has also gets
them, on three conditions, measured on the realistic dev sets and NorQuAD (docs/benchmarks.md,
round nineteen):
- the material writes the thing mostly in compounds: they stand in at least as many passages as
  the word alone ("lommeparker" in four, "park" in three). Where the word itself is the common
  form ("medlem" in 13 passages, "bestyrelsesmedlem" in a few), its compounds are other things:
  a board member is no answer to what a member gets;
- the word is not an everyday word (query_words.everyday_terms): such a word has many senses, and
  its compounds take any of them ("sted" in "hjemsted", "område" in "indsatsområde");
- no other word of the question already holds the compound (its own group speaks for it).
A compound then scores only in passages that lack the word, and below it (HEAD_SCALE): a passage
that says both is not counted twice, and one that says the word itself comes first.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

import numpy as np

from ..index.bm25 import Index
from ..language.background import zipf
from ..language.compound_heads import MIN_KNOWN_HEAD, backwards_vocabulary, compounds_with_head
from .query_words import EVERYDAY_ZIPF

# A compound's share of its head word's BM25 weight: chosen on the realistic dev sets (hit@1 0.701
# at 0.5, 0.75 and 1.0) and NorQuAD's training questions (Recall@1 0.8939 / 0.8931 / 0.8926 at
# 0.5 / 0.75 / 1.0; 0.8936 without compounds).
HEAD_SCALE = 0.5


def holding(index: Index, terms: Sequence[str]) -> np.ndarray:
    """A mask over the passages (chunk ids): True where any of the index terms stands. Marking
    each term's postings (ascending, each passage once) in one array costs no sort, where the
    union of the postings by np.unique and each compound's difference by np.setdiff1d sorted them
    again for every term of every new question."""
    held = np.zeros(index.n_chunks, dtype=bool)
    for term in terms:
        t = index.term_ids.get(term)
        if t is not None:
            held[index.post_docs[index.offsets[t]:index.offsets[t + 1]]] = True
    return held


def postings(index: Index, term: str) -> np.ndarray:
    """The passages (chunk ids, ascending) that hold an index term; none for another word."""
    t = index.term_ids.get(term)
    return np.zeros(0, dtype=np.int64) if t is None else index.post_docs[index.offsets[t]:index.offsets[t + 1]]


def known_word_heads(index: Index, term: str, own: Sequence[str], everyday: Collection[str],
                     taken: Collection[str]) -> tuple[str, ...]:
    """The compounds a query term the material has (in the forms `own`) heads, where the material
    writes the thing mostly in them; () otherwise, and for an everyday word. A compound the term's
    group already holds (`taken`), or whose passages all say the word itself, adds nothing."""
    if term not in index.term_ids or term in everyday:
        return ()
    # The vocabulary's compounds first (a binary search): most words head none the group lacks,
    # and then no passage need be looked at.
    candidates = [c for c in compounds_with_head(term, backwards_vocabulary(index), MIN_KNOWN_HEAD)
                  if c not in taken]
    if not candidates:
        return ()
    held = holding(index, own)
    found = [c for c in candidates if not held[postings(index, c)].all()]
    if not found or np.count_nonzero(holding(index, found)) < np.count_nonzero(held):
        return ()
    # The stem as a word ("maal" of "målet"), looked up last: it is rarely needed, and it is no word
    # of the material's table (language/background.py).
    return () if zipf(term) >= EVERYDAY_ZIPF else tuple(found)


def without_shared_heads(groups: list) -> list:
    """The term groups, each without the head compounds another group of the question holds as its
    own member (the question's "bestyrelsesmedlemmer" is that word, not a kind of its "medlem")."""
    out = []
    for g in groups:
        shared = {m for o in groups if o is not g for m in o.members if m not in o.heads}.intersection(g.heads)
        if shared:
            g = replace(g, members=tuple(m for m in g.members if m not in shared),
                        heads=tuple(m for m in g.heads if m not in shared))
        out.append(g)
    return out


def top_with_heads(index: Index, query, k: int) -> list[tuple[int, float]]:
    """The k best passages for a retrieve.Query, best first (as Index.top): a head compound scores
    HEAD_SCALE of its weight, and only in the passages that lack its group's own word."""
    groups = query.groups
    if not any(g.heads for g in groups):
        return index.top(query.terms, k, query.weights)
    plain = [(m, g.scale) for g in groups for m in g.members if m not in g.heads]
    scores = index.scores([m for m, _ in plain], [w for _, w in plain])
    for g in groups:
        if g.heads:
            extra = index.scores(g.heads, [g.scale * HEAD_SCALE] * len(g.heads))
            extra[holding(index, [m for m in g.members if m not in g.heads])] = 0.0
            if g.narrowing:   # a compound's first part the passage (or its §) must say too (head_kind.py)
                where = np.zeros(index.n_chunks, dtype=bool)
                where[list(g.narrowed)] = True
                extra[~where] = 0.0
            scores += extra
    candidates = np.flatnonzero(scores)
    order = np.lexsort((candidates, -scores[candidates]))[:k]
    return [(int(candidates[i]), float(scores[candidates[i]])) for i in order]
