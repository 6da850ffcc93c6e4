"""The reply to a question the material asks itself: "Ønsker man liv og udvikling i hele Danmark? Det vil vi."

A text that argues may put its stance as questions and answer them after: "Vil man politisk prioritere
udviklingen i de områder, der ligger uden for de fire store byer? Vil man politisk understøtte den
kreativitet …? Ønsker man liv og udvikling i hele Danmark? Det vil vi." A visitor's words find one of
the questions ("Går I ind for, at der skal være liv i hele landet?"), but a question settles nothing:
quoted alone it answers a question with a question. The statement that first follows the run of
questions is the material's reply to them, and is quoted after the one found. A sentence is a
question by its punctuation (it ends in "?"), the writer's own mark, in any language.
"""
from __future__ import annotations

from ..index.bm25 import Index
from .sentence_evidence import sentences
from .sentence_neighbours import MAX_ANSWER_SENTENCES, Candidate

# How many sentences after the chosen question the reply may stand: the questions of one run between
# them ("Vil man …? Vil man …? Ønsker man …? Det vil vi.").
REACH = 3


def asks_itself(sentence: str) -> bool:
    """Whether a sentence of the material is a question ("Ønsker man liv og udvikling i hele Danmark?")."""
    return sentence.rstrip().rstrip("»«\"'”“)").endswith("?")


def reply_after(index: Index, best: Candidate, picks: list[Candidate]) -> list[Candidate]:
    """The statement after the best sentence, when that is a question and only questions stand
    between them (at most REACH sentences on), and there is room. None in a statute (a stk. is a
    rule, not an argument) or when the reply is chosen already."""
    if len(picks) >= MAX_ANSWER_SENTENCES or best.hit.chunk.paragraph or not asks_itself(best.sentence):
        return []
    said = sentences(index, best.hit.chunk_id)
    for pos in range(best.pos + 1, min(best.pos + 1 + REACH, len(said))):
        if not asks_itself(said[pos][0]):
            taken = any(c.hit is best.hit and c.pos == pos for c in picks)
            return [] if taken else [Candidate(best.rank, pos, best.hit, said[pos][0], frozenset(), 0.0)]
    return []
