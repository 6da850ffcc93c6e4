"""The grounds of a conclusion: the sentences a "Derfor …" sentence draws its claim from.

A why-question's words often find the conclusion of an argument, not its grounds: "Hvorfor er det
godt for økonomien, at hele landet udvikler sig?" finds "Det handler i sidste ende om hele Danmarks
økonomi …", which follows "Derfor er kampen for et Danmark, der hænger sammen, … en kamp, som hele
Danmark bør støtte op om." The reason asked is what "Derfor" points back to: "Vores lands reelle
værdiskabelse er den overskudsgivende nettoeksport. Den eksport og produktion … ligger i overvejende
grad i Danmarks mellemstore byer …". The sentence after the conclusion (what sentence_neighbours.
following adds for a claim) only goes on with it. A conclusion is told by the adverb of consequence
that opens it (Danish and English grammar, a closed set of words).
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .sentence_evidence import sentences
from .sentence_neighbours import MAX_ANSWER_SENTENCES, Candidate

# Adverbs of consequence that open a conclusion drawn from the sentences before it.
_CONCLUSION = re.compile(r"^\W*(?:derfor|det er derfor|af den grund|af den årsag|dermed|følgelig"
                         r"|therefore|that is why|that's why|this is why|hence|for that reason)\b",
                         re.IGNORECASE)


def opens_conclusion(sentence: str) -> bool:
    """Whether a sentence opens with an adverb of consequence ("Derfor er kampen …", "That is why …")."""
    return bool(_CONCLUSION.match(sentence))


def grounds_before(index: Index, best: Candidate) -> list[Candidate]:
    """The sentences before the conclusion the best sentence states or goes on with (the one before it
    opens with "Derfor"), nearest first, as many as the answer has room for beside the best one; none
    when no conclusion is there, or in a statute (each stk. is a rule of its own, no argument)."""
    if best.hit.chunk.paragraph:
        return []
    said = sentences(index, best.hit.chunk_id)
    if opens_conclusion(best.sentence):
        conclusion = best.pos
    elif best.pos > 0 and opens_conclusion(said[best.pos - 1][0]):
        conclusion = best.pos - 1
    else:
        return []
    room = MAX_ANSWER_SENTENCES - 1
    return [Candidate(best.rank, pos, best.hit, said[pos][0], frozenset(), 0.0)
            for pos in range(conclusion - 1, max(conclusion - 1 - room, -1), -1)]
