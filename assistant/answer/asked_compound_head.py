"""A thing asked about that the material names only as the head of its own compounds.

"Over what period were the data gathered?" asks about data; the publication says "Luftfotos og
kortdata over de 24 byer". A "kortdata" is a kind of "data": the material mentions the thing asked,
in a compound that says which kind. The search's compound look-ups do not reach a head this short
(four letters), so the thing-asked check (`asked_thing`, `asked_thing_english`) found "data" nowhere
and declined the question before the model weighed the passage. The converse reading, an asked
compound whose head the material holds ("indbetaling" for "betalt"), is `asked_head.head_held`.

A compound is told by its first part being a Danish word of its own (with a linking -s- or -e-:
`asked_head.is_first_part`); the material's terms are looked up from their ends in the index's
vocabulary spelt backwards (`compound_heads.backwards_vocabulary`, built once per index).
"""
from __future__ import annotations

from bisect import bisect_left

from ..index.bm25 import Index
from ..language.compound_heads import backwards_vocabulary
from .asked_head import MIN_FIRST, MIN_HEAD, is_first_part


def held_as_head(index: Index, term: str) -> bool:
    """Whether a material term is a compound whose last part is the query term (MIN_HEAD letters or
    more) and whose first part is a word: "kortdata" holds "data"; "kandidat" does not hold "dat"."""
    if len(term) < MIN_HEAD:
        return False
    backwards = backwards_vocabulary(index)
    tail = term[::-1]
    i = bisect_left(backwards, tail)
    while i < len(backwards) and backwards[i].startswith(tail):
        first = backwards[i][len(tail):][::-1]
        i += 1
        if len(first) >= MIN_FIRST and is_first_part(first):
            return True
    return False
