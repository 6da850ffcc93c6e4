"""A word searched by its thesaurus stand-ins scores once per passage: by its best stand-in.

A word the material lacks is searched by the thesaurus's synonyms of it (retrieve.STAND_IN_SCALE):
"bestemmer" by "beslutning", "formål", "mål" and "ønske". They are the word's several senses, one
of which the question means, yet BM25 sums every term of the query: a passage that happens to say
two or three of the senses ("Foreningens formål er ...", "beslutning ... beslutning") outranked the
one that answers with the question's other, exact word ("Hvem bestemmer, hvem der skal være
formand?": § 6, stk. 2 "konstituerer sig selv med formand" was not among the candidates, dev37f).
Here such a group adds only its best member's share in each passage, as one word would: a passage
is no more about the asked word for saying more of its senses. The word's own forms and the hand-kept
synonym sets (scale 1) still add up as before, as BM25 (rank_bm25) scores them.
"""
from __future__ import annotations

import numpy as np

from ..index.bm25 import Index


def senses_apart(group) -> bool:
    """Whether a term group is one word's stand-ins (scaled below 1: the thesaurus, a phrase's or a
    compound's stand-ins) with more than one member, whose shares are then alternatives."""
    return group.scale < 1.0 and len([m for m in group.members if m not in group.heads]) > 1


def best_sense_scores(index: Index, group) -> np.ndarray:
    """Each passage's score for a stand-in group: its best member's scaled BM25 share."""
    best = np.zeros(index.n_chunks, dtype=np.float64)
    for member in group.members:
        if member not in group.heads:
            np.maximum(best, index.scores([member], [group.scale]), out=best)
    return best


def surely_held(query, hit) -> float:
    """The share of the question's weight a passage holds, a group held only by its stand-ins at the
    stand-in's scale: between §§, one that says the question's own "formand" comes before one that
    says only a sense of its "bestemmer" ("Foreningens formål", § 2)."""
    total = query.total_weight
    held = sum(g.weight * g.scale for g in query.groups if g.term in hit.matched)
    return held / total if total > 0 else 0.0
