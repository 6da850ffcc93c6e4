"""The §§ among retrieved passages ordered by the statutes' own summary of them: their titles."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from ..index.bm25 import K1, Index

if TYPE_CHECKING:
    from .retrieve import Hit, Query

# A § whose title holds a query term ("Kontingent") gains that term's weight this many times over.
STATUTE_TITLE_BOOST = 1.0


def passage_has(index: Index, chunk_id: int, term: str) -> bool:
    """Whether a passage contains an index term (binary search in the term's postings)."""
    t = index.term_ids.get(term)
    if t is None:
        return False
    docs = index.post_docs[index.offsets[t]:index.offsets[t + 1]]
    pos = int(np.searchsorted(docs, chunk_id))
    return pos < len(docs) and int(docs[pos]) == chunk_id


def boost_statute_titles(index: Index, query: Query, hits: list[Hit]) -> list[Hit]:
    """Re-rank §§: one whose title names the question's topic (kontingent → § Kontingent) rises.

    A title match counts like a full-strength match of the term (idf × (k1 + 1)), judged by the
    question's own word, so a common word's rare synonym in a title ("medlem" → "Medlemskab")
    weighs little; it is scaled by the share of the title's words the question holds, so for
    "generalforsamlingen" § Generalforsamling beats § Ekstraordinær generalforsamling. Among
    themselves §§ are then ordered by how much of the question they hold: §§ are short and alike
    in length, so one more matched word beats one more repetition.
    """
    boosted, named_share = [], {}
    for hit in hits:
        title = hit.chunk.paragraph_title if hit.chunk.paragraph else None
        if title:
            terms = set(index.analyzer.document_terms(title))
            bonus, named = 0.0, set()
            for g in query.groups:
                found = terms.intersection(g.members)
                if found:
                    own = index.term_ids.get(g.term)
                    ids = [own] if own is not None else [index.term_ids[m] for m in found]
                    bonus += max(float(index.idf[t]) for t in ids) * (K1 + 1) * g.scale
                    named |= found
            bonus *= len(named) / len(terms) if terms else 0.0
            named_share[hit.chunk_id] = round(len(named) / len(terms), 6) if terms else 0.0
            hit = replace(hit, score=hit.score + STATUTE_TITLE_BOOST * bonus) if bonus else hit
        boosted.append(hit)
    boosted.sort(key=lambda h: (-h.score, h.chunk_id))
    statutes = iter(sorted((h for h in boosted if h.chunk.paragraph),
                           key=lambda h: (-round(h.coverage, 6), -named_share.get(h.chunk_id, 0.0),
                                          -own_forms(index, query, h.chunk_id), -h.score, h.chunk_id)))
    return [next(statutes) if h.chunk.paragraph else h for h in boosted]


def own_forms(index: Index, query: Query, chunk_id: int) -> float:
    """The weight of the question's words a passage holds in the question's own form, not only in
    another form of the word (statute_stems): between §§ that hold as much of the question, the one
    that says "Dagsordenen" answers "… om dagsordenen?" before the one that says "dagsorden"."""
    return round(sum(g.weight for g in query.groups
                     if any(passage_has(index, chunk_id, m) for m in g.members if m not in g.other_stems)), 6)
