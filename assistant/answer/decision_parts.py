"""A compound question word the passage says in its two parts counts as held, for the answer/decline decision.

Visitors join what a text keeps apart: "Hvor længe sidder et bestyrelsesmedlem?" of § 6's "en
bestyrelse på fem til syv medlemmer", "How many of the board members must show up …?" (read as
"bestyrelsesmedlem") of "når mindst halvdelen af dens medlemmer er til stede" in a § about
"Bestyrelsen". Where the material writes the compound itself somewhere (the agenda's "Valg af
bestyrelsesmedlemmer"), search takes it as a word of the material and no longer stands its parts in
for it, so the decision weighed § 6 as lacking the question's most telling word, and declined. Here
a query term that is a compound of two words the material knows (phrase_compounds.compound_split:
"bestyrelsesmedlem" → "bestyr" + "medlem") counts as held by a passage that holds both parts. Only
the decision reads this; search and its ranking are untouched. A passage holding one part only
still lacks the compound: statutes on "medlem" say nothing of an "æresmedlem" (compound_focus.py).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..index.bm25 import Index
from ..language.phrase_compounds import compound_split
from .retrieve import Hit, Query, passage_has


def parts_held(index: Index, query: Query, hits: Sequence[Hit]) -> list[Hit]:
    """The hits with each compound query term whose two parts a passage holds counted as matched
    by that passage, and its coverage recomputed; the other hits as they were."""
    splits = {g.term: parts for g in query.groups
              if (parts := compound_split(index.analyzer, g.term, index.term_ids)) is not None}
    if not splits:
        return list(hits)
    total = query.total_weight

    def joined(hit: Hit) -> Hit:
        held = {term for term, parts in splits.items() if term not in hit.matched
                and all(passage_has(index, hit.chunk_id, part) for part in parts)}
        if not held:
            return hit
        matched = hit.matched | held
        covered = sum(g.weight for g in query.groups if g.term in matched)
        return replace(hit, matched=matched, coverage=covered / total if total > 0 else 0.0)

    return [joined(h) for h in hits]
