"""Sentence choice: the 1–3 sentences of the retrieved passages that together answer a question."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..index.bm25 import Index
from .retrieve import Hit, Query
from .sentence_evidence import sentences

MAX_ANSWER_SENTENCES = 3
# A further sentence must add query terms worth this share of the question's weight.
MIN_ADDED_WEIGHT = 0.2


@dataclass(frozen=True)
class _Candidate:
    """A sentence of a retrieved passage and the query terms it answers."""

    rank: int                 # the passage's rank among the hits
    pos: int                  # the sentence's position in the passage
    hit: Hit
    sentence: str
    own: frozenset[str]       # query terms in the sentence itself
    weight: float             # weight of `own` plus the terms of the passage's heading
    own_weight: float = 0.0   # weight of `own` alone


def _candidates(index: Index, query: Query, hits: list[Hit]) -> list[_Candidate]:
    """Every sentence of the passages that holds a query term itself or through its heading.

    A heading speaks for its sentences: under "Vores vision" every sentence is about the vision.
    """
    weight_of = {g.term: g.weight for g in query.groups}
    out = []
    for rank, hit in enumerate(hits):
        heading_terms = set(index.analyzer.document_terms(hit.chunk.heading))
        context = {g.term for g in query.groups if heading_terms.intersection(g.members)}
        for pos, (sentence, sentence_terms) in enumerate(sentences(index, hit.chunk_id)):
            terms = set(sentence_terms)
            own = frozenset(g.term for g in query.groups if terms.intersection(g.members))
            weight = sum(weight_of[t] for t in own | context)
            if weight > 0:
                out.append(_Candidate(rank, pos, hit, sentence, own, weight,
                                      sum(weight_of[t] for t in own)))
    return out


def pick_sentences(index: Index, query: Query, hits: list[Hit],
                   prefer: str | None = None) -> list[tuple[Hit, str, int]]:
    """Choose up to MAX_ANSWER_SENTENCES (hit, sentence, position) that together answer the question.

    The first sentence is the best one of the best passage (BM25 already weighed title and heading).
    More follow only when they add something: a sentence of the same passage that holds query terms
    the chosen ones lack (or continues the first one), or a sentence of another passage that holds
    a query term the best passage lacks altogether. `prefer` names a sentence of the best passage
    that must come first (the one defining what a definitional question asks about).
    """
    candidates = _candidates(index, query, hits)
    first = [c for c in candidates if c.rank == 0]
    if not first:
        return []
    best = next((c for c in first if c.sentence == prefer), None) if prefer else None
    if best:
        # A definition answers by itself; the passage's other sentences only share its words.
        return [(best.hit, best.sentence, best.pos)]
    # Among sentences the heading makes equal, the one that holds the words itself answers: under
    # "§ 1 Navn og hjemsted", "hvor ligger foreningen hjemme?" is answered by stk. 2's "hjemsted".
    # Still tied, the question's own small words decide ("Fra hvornår er jeg medlem?" → "… gælder
    # fra den dag …"): stop words are not searched for, but they are how a sentence is put.
    asked = {w for w in re.findall(r"\w+", query.text.casefold())
             if not index.analyzer.query_terms(w)}
    best = max(first, key=lambda c: (c.weight, c.own_weight,
                                     len(asked.intersection(re.findall(r"\w+", c.sentence.casefold()))),
                                     -c.pos))
    picks = [best]
    covered = set(best.own)
    weight_of = {g.term: g.weight for g in query.groups}
    for c in sorted(candidates, key=lambda c: (-c.weight, c.rank, c.pos)):
        if len(picks) == MAX_ANSWER_SENTENCES:
            break
        if c is best or not c.own or c.weight < 0.6 * best.weight:
            continue
        if c.rank == 0:
            gain = sum(weight_of[t] for t in c.own - covered)
            useful = gain >= MIN_ADDED_WEIGHT * query.total_weight or c.pos == best.pos + 1
        else:
            useful = bool(c.own - best.hit.matched)
        if useful:
            picks.append(c)
            covered |= c.own
    # Read in passage order, then sentence order, so the answer flows like the source.
    picks.sort(key=lambda c: (c.rank, c.pos))
    return [(c.hit, c.sentence, c.pos) for c in picks]
