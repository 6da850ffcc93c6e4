"""A question's compound, said apart by the passage that answers it.

The statutes list "Valg af bestyrelsesmedlemmer" on the general meeting's agenda, but the § that says
how many board members there are says "en bestyrelse på fem til syv medlemmer": the question's
compound stands verbatim only in the rival. A compound the material has is therefore also held by a
passage that says both its parts close together ("medlemmer af bestyrelsen", "bestyrelse på fem til
syv medlemmer") and not the compound itself, and only there: one part alone is another thing
("medlem" is any member), and so are the two far apart ("Et medlem, der handler groft imod
foreningens formål, kan ekskluderes af bestyrelsen"). The parts score like a head compound
(HEAD_SCALE) and only in those passages, which hold the compound's term group for coverage too
(TermGroup.narrowing and TermGroup.narrowed, as head_kind.py's compounds narrowed by their first part).
"""
from __future__ import annotations

import numpy as np

from ..index.bm25 import Index
from ..language.phrase_compounds import compound_split
from ..language.related_terms import MIN_COMPOUND_PART
from .head_compounds import holding

# The parts count together at most this many words apart (any words, stop words too): "bestyrelse på
# fem til syv medlemmer" is five; a clause between them ("Et medlem, der handler …, kan ekskluderes
# af bestyrelsen") is another statement about each.
MAX_GAP = 5


def said_together(index: Index, chunk_id: int, parts: tuple[str, str]) -> bool:
    """Whether a passage says a compound's two parts (index terms) within MAX_GAP words of each other."""
    analyzer = index.analyzer
    seen: dict[str, list[int]] = {part: [] for part in parts}
    for position, word in enumerate(analyzer.words(index.chunk(chunk_id).text)):
        for term in analyzer.candidate_terms(word, query=False):
            if term in seen:
                seen[term].append(position)
    return any(abs(a - b) <= MAX_GAP for a in seen[parts[0]] for b in seen[parts[1]])


def parts_apart(index: Index, term: str) -> tuple[tuple[str, ...], frozenset[int]]:
    """A compound term's two parts (index terms) and the passages that say them close together but
    not the term; ((), frozenset()) for a term the material lacks, no compound, or no such passage."""
    if term not in index.term_ids:
        return (), frozenset()
    parts = compound_split(index.analyzer, term, index.term_ids)
    if not parts or parts[0] == parts[1] or min(map(len, parts)) < MIN_COMPOUND_PART:
        return (), frozenset()
    both = holding(index, [parts[0]]) & holding(index, [parts[1]]) & ~holding(index, [term])
    found = frozenset(cid for cid in map(int, np.flatnonzero(both)) if said_together(index, cid, parts))
    return (parts if found else ()), found
