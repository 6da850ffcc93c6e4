"""A text's runs of letters ([^\\W\\d_]+), split once per text.

A dozen readers of a question split it into its words on their own (its particle verbs, idioms, light
verbs, thesaurus phrases, the words naming the document or the organisation, the words of ending): per
100 new questions 2,323 splits of 360 different texts, the same question up to ten times, cased or
case-folded. The split is remembered per text, so each is made once; every caller gets its own list.
"""
from __future__ import annotations

import re
from functools import lru_cache

_LETTERS = re.compile(r"[^\W\d_]+")
# Texts remembered: a question, its clauses and its case-folded form are a few each; this holds the
# questions of a busy while (~3 MB when full, measured on 4,096 questions of the realistic sets).
MEMO_SIZE = 4096


@lru_cache(maxsize=MEMO_SIZE)
def _runs(text: str) -> tuple[str, ...]:
    return tuple(_LETTERS.findall(text))


def letter_runs(text: str) -> list[str]:
    """The text's runs of letters, as re.findall(r"[^\\W\\d_]+", text) gives them (a new list)."""
    return list(_runs(text))
