"""A time told by a unit of the calendar rather than by a figure: "regnskabsåret følger kalenderåret".

Statutes set periods by the calendar ("følger kalenderåret", "ved årsskiftet", "betales
kvartalsvis"); a "hvornår?" or "hvilken periode?" question is answered by such a sentence as much as
by a date, though it holds no figure or month.
"""
from __future__ import annotations

import re

from ..language.lemmas import lemma_of

# A compound whose head is a unit of the calendar is a period of it ("kalenderår", "efterår",
# "halvåret", "kalendermåneden"); its dictionary form tells it from a verb that only ends alike
# ("består", "foreslår", "opnår": bestå, foreslå, opnå).
_COMPOUND = re.compile(r"\b[^\W\d_]{2,}(?:år|året|årets|måned|måneden|måneds|kvartal|kvartalet)\b", re.IGNORECASE)
_UNITS = ("år", "måned", "kvartal")
# The turn of a year, and the adverbs that tell how often by the calendar ("årligt", "kvartalsvis").
_WORD = re.compile(r"\bårsskift\w*|\bnytår\w*|\b(?:år|halvår|kvartal|måned)(?:lig|ligt|lige|svis)\b|\bugentlig\w*",
                   re.IGNORECASE)


def calendar_time(text: str) -> bool:
    """Whether a text tells a time by a unit of the calendar: "kalenderåret", "årsskiftet", "kvartalsvis"."""
    if _WORD.search(text):
        return True
    return any((lemma := lemma_of(m[0])) is not None and lemma.endswith(_UNITS) for m in _COMPOUND.finditer(text))
