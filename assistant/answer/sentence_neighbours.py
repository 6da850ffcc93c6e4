"""The sentences beside a chosen one that belong in the answer: the one stating the measure asked,
the one after a claim (its grounds, or what stands out among what it sums up)."""
from __future__ import annotations

from dataclasses import dataclass

from ..index.bm25 import Index
from .asked_measure import states_measure
from .retrieve import Hit
from .sentence_evidence import sentences

MAX_ANSWER_SENTENCES = 3


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage and the query terms it answers."""

    rank: int                 # the passage's rank among the hits
    pos: int                  # the sentence's position in the passage
    hit: Hit
    sentence: str
    own: frozenset[str]       # query terms in the sentence itself
    weight: float             # weight of `own` plus the terms of the passage's heading
    own_weight: float = 0.0   # weight of `own` alone
    # The query terms the sentence names in their own words, not as a phrase for the compound
    # asked: a sentence that names the compound still adds it to the answer.
    named: frozenset[str] = frozenset()


def measure_beside(index: Index, picks: list[Candidate], measure: str) -> list[Candidate]:
    """The sentence next to the best passage's chosen one that states the measure asked
    (asked_measure.py), when no chosen sentence does: "Lommeparker i alle bydele." is followed by
    "Ingen bolig bør ligge mere end 300 meter fra et grønt opholdssted.", which holds no word of
    "Hvor langt må der højst være til en park?" but is its answer."""
    if not measure or len(picks) >= MAX_ANSWER_SENTENCES or any(states_measure(c.sentence, measure) for c in picks):
        return []
    lead = picks[0]
    said = sentences(index, lead.hit.chunk_id)
    taken = {c.pos for c in picks if c.hit is lead.hit}
    for c in (c for c in picks if c.hit is lead.hit):
        for pos in (c.pos + 1, c.pos - 1):
            if 0 <= pos < len(said) and pos not in taken and states_measure(said[pos][0], measure):
                return [Candidate(lead.rank, pos, lead.hit, said[pos][0], frozenset(), 0.0)]
    return []


def next_is(index: Index, best: Candidate, test) -> bool:
    """Whether the sentence after the best one passes a test."""
    said = sentences(index, best.hit.chunk_id)
    return best.pos + 1 < len(said) and test(said[best.pos + 1][0])


def following(index: Index, best: Candidate, picks: list[Candidate]) -> list[Candidate]:
    """The sentence after the best one, when it is not chosen yet and there is room for it."""
    said = sentences(index, best.hit.chunk_id)
    if best.pos + 1 >= len(said) or len(picks) >= MAX_ANSWER_SENTENCES or best.hit.chunk.paragraph \
            or any(c.rank == best.rank and c.pos == best.pos + 1 for c in picks):
        return []
    return [Candidate(best.rank, best.pos + 1, best.hit, said[best.pos + 1][0], frozenset(), 0.0)]
