"""A time told by a unit of the calendar rather than by a figure: "regnskabsåret følger kalenderåret".

Statutes set periods by the calendar ("følger kalenderåret", "ved årsskiftet", "betales
kvartalsvis"); a "hvornår?" or "hvilken periode?" question is answered by such a sentence as much as
by a date, though it holds no figure or month.
"""
from __future__ import annotations

import re

from ..language.lemmas import lemma_of
from .word_guard import guarded

# A compound whose head is a unit of the calendar is a period of it ("kalenderår", "efterår",
# "halvåret", "kalendermåneden"); its dictionary form tells it from a verb that only ends alike
# ("består", "foreslår", "opnår": bestå, foreslå, opnå), and its first part must be a word itself:
# "vilkår" (conditions) ends in "år" but is no "vilk" year.
_COMPOUND = guarded(re.compile(r"\b[^\W\d_]{2,}(?:år|året|årets|måned|måneden|måneds|kvartal|kvartalet)\b",
                               re.IGNORECASE))
_UNITS = ("år", "måned", "kvartal")
# The turn of a year, and the adverbs that tell how often by the calendar ("årligt", "kvartalsvis").
_WORD = re.compile(r"\bårsskift\w*|\bnytår\w*|\b(?:år|halvår|kvartal|måned)(?:lig|ligt|lige|svis)\b|\bugentlig\w*",
                   re.IGNORECASE)


def calendar_time(text: str) -> bool:
    """Whether a text tells a time by a unit of the calendar: "kalenderåret", "årsskiftet", "kvartalsvis"."""
    if _WORD.search(text):
        return True
    return any(_period(m[0]) for m in _COMPOUND.finditer(text))


def _period(word: str) -> bool:
    """Whether a word is a compound of a word and a unit of the calendar ("regnskabs|år")."""
    lemma = lemma_of(word)
    unit = next((u for u in _UNITS if lemma and lemma.endswith(u)), None)
    if unit is None:
        return False
    first = lemma[:-len(unit)]
    # The first part as written, or without its linking -s- or -e- ("regnskabs" -> "regnskab").
    parts = (first, first[:-1]) if first.endswith(("s", "e")) else (first,)
    return any(len(part) >= 3 and lemma_of(part) is not None for part in parts)
