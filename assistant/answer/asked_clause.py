"""The clause of a question that sets the scene rather than asks: a condition ("hvis …").

"Hæfter jeg personligt, hvis foreningen går fallit?" asks whether a member is liable; the
bankruptcy is the situation the question is asked in, and the statutes answer it (§ 11: "Medlemmerne
hæfter ikke personligt") without ever saying "fallit". A word of the condition is therefore not a
thing the material must mention for a passage to answer (`asked_thing`); the answerability model
still weighs it like every other word of the question. The conditional conjunction "hvis" is a
closed class of Danish grammar; its clause runs to the next comma, colon or semicolon, or to the end.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Where a clause ends inside a question.
_CLAUSE_END = re.compile(r"[,;:]")
_CONDITION = "hvis"


def condition_positions(question: str) -> set[int]:
    """The positions (in the question's words, as `asked_thing` reads them) of the words of its
    conditional clauses, "hvis" itself included."""
    positions: set[int] = set()
    at = 0
    for clause in _CLAUSE_END.split(question):
        words = [w.casefold() for w in _WORD.findall(clause)]
        if _CONDITION in words:
            positions.update(range(at + words.index(_CONDITION), at + len(words)))
        at += len(words)
    return positions
