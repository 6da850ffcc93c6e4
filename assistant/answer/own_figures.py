"""The figures a visitor writes in the question itself, and whether a passage's word is counted by one.

"Which of the 24 towns comes out greenest?" names a group of 24 towns and asks for one of them; the
passage "Luftfotos og kortdata over de 24 byer fra 2014 og 2024" speaks of the same 24 towns the visitor
counted, not of one of them. A figure is the visitor's own in digits, read without thousands separators
("1,412" is "1.412"), or as a number word the question writes (asked_span.number_word reads WordNet):
an English one stands for its Danish translations in the FreeDict dictionary ("eight" for "otte"), as
the passages are Danish. A year dates the group ("i 2024"), it does not count it: "Hvilken bytype var den
grønneste i 2024?" is answered by the table's "2014 og 2024 Bytype …".
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..language import dictd
from .asked_span import number_word
from .figures import YEAR

# A figure in digits, with its thousands separators ("1.412", "1,412", "14.300").
FIGURE = re.compile(r"\b\d[\d.,]*\d\b|\b\d\b")
_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(FIGURE.pattern + r"|[^\W\d_]+")
# How far before a counted word its figure may stand: "de 24 byer", "24 nye byer".
_REACH = 2


def digits(figure: str) -> str:
    """A figure in digits without its separators ("1,412" → "1412")."""
    return figure.replace(".", "").replace(",", "")


@lru_cache(maxsize=256)  # asked once per weighed passage of one question; no store of questions
def own_figures(question: str) -> frozenset[str]:
    """The question's figures: digits without separators, and number words folded, an English one with
    its Danish translations."""
    found = {digits(figure) for figure in FIGURE.findall(question) if not YEAR.fullmatch(figure)}
    english = dictd.load(dictd.ENGLISH_DANISH)
    for word in (w.casefold() for w in _WORD.findall(question)):
        if number_word(word):
            found.add(word)
        elif number_word(word, english=True):
            found.update(t.casefold() for t in english.get(word, []) if " " not in t)
    return frozenset(found)


def counted_by_own(sentence: str, start: int, own: frozenset[str]) -> bool:
    """Whether the word starting at `start` is counted by one of the question's own figures, standing at
    most _REACH words before it ("de 24 byer" for "the 24 towns", "otte anbefalinger" for "the eight
    recommendations")."""
    before = _TOKEN.findall(sentence[:start])[-_REACH:]
    return any((digits(w) if w[:1].isdigit() else w.casefold()) in own for w in before)
