"""Whether a passage holds the question's focus word other than only as the head of its compound.

Statutes that speak of "medlem" but never of "æres-" say nothing of the "æresmedlem" asked about (the
first part says which kind). A check the answerability model may name as a gate (answerability.GATES).
"""
from __future__ import annotations

from ..index.bm25 import Index
from ..language.particle_verbs import PARTICLES
from .fact_kinds import is_head_of
from .retrieve import TermGroup, passage_has

# A compound's first part shorter than this is no word of its own ("æ-", "for-").
MIN_FIRST_PART = 3


def held_whole(index: Index, chunk_id: int, group: TermGroup) -> bool:
    """Whether a passage holds a query term other than only as the head of the term's compound, or
    the material knows the compound's first part at all: statutes that speak of "medlem" but never
    of "æres-" say nothing of the "æresmedlem" asked about (the first part says which kind). Where
    the first part occurs ("Bestyrelsen har fem medlemmer" for "bestyrelsesmedlemmer"), or is a verb
    particle ("opstarten" where the page says "startede"), the model weighs the passage as for any
    other word."""
    heads = [m for m in group.members if is_head_of(m, group.term)]
    if not heads or any(passage_has(index, chunk_id, m) for m in group.members if m not in heads):
        return True
    # A compound that begins with a verb particle is its head's verb with the particle ("opstart" of
    # "starte op"): the head is the thing itself, said as a verb.
    if any(group.term[:-len(head)] in PARTICLES for head in heads):
        return True
    return any(t in index.term_ids for head in heads
               for t in _first_part_terms(index, group.term[:-len(head)]))


def _first_part_terms(index: Index, part: str) -> list[str]:
    """The index terms a compound's first part may stand as, with or without its linking letter
    ("bestyrelses-" → "bestyrelse")."""
    forms = [part, part[:-1]] if part[-1:] in ("s", "e") and len(part) > MIN_FIRST_PART else [part]
    return [t for form in forms if len(form) >= MIN_FIRST_PART for t in index.analyzer.query_terms(form)]
