"""Figures in a question and in the material: whether a text states one, and the noun "hvor mange X?" counts.

A figure is written in digits or in the grammar words of Danish and Norwegian counting; a statute's own
numbering ("§ 3a", "Stk. 2.") is an address, not a figure. "Hvor mange medlemmer …?" asks for a figure
of members, which a sentence gives by putting a figure before the noun ("1.412 medlemmer"); a share of
them ("81 procent af medlemmerne") is not how many they are. fact_kinds reads these for its kinds of fact.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..language.analysis import Analyzer
from ..language.english_forms import ENGLISH_STOPWORDS

# A calendar year in digits (1800–2099: "2014", "1998"): a date, not a count.
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Numbers written out: the grammar words of Danish and Norwegian counting (not "en"/"et": articles).
_NUMBER = re.compile(
    r"\d|\b(?:to|tre|fire|fem|seks|syv|sju|otte|åtte|ni|ti|elleve|tolv|tyve|tjue|tredive|tretti|fyrre|"
    r"førti|halvtreds|femti|hundrede?|tusinde?|tusen|millioner|million|milliarder|milliard|mio|mia|"
    r"halvdelen|halvparten|procent|prosent|dobbelt|én|ét)\b", re.IGNORECASE)
# A statute's own numbering ("§ 3a", "Stk. 2.") is an address, not a figure the question asks for:
# "Hvor mange lokalforeninger er der?" is not answered by "Stk. 1. Lokalforeninger … kan optages".
_STATUTE_NUMBERING = re.compile(r"§\s*\d+\s*[a-zæøå]?\b|\bstk\.?\s*\d+\.?", re.IGNORECASE)
# One of a unit, counted by the article ("for et år ad gangen", "med en måneds varsel").
_ONE_UNIT = re.compile(r"\b(?:en|et)\s+(?:år|måneds?|uges?|dags?|døgn|kvartal|time)\b", re.IGNORECASE)


# The same tests on the text in lower case, without IGNORECASE: the IGNORECASE alternation of number
# words is tried branch by branch at every word start of every sentence a new question reads; read
# case-sensitively, `re` rejects each branch on its first letter (about half the figure test's time).
# Lower-casing keeps every match exactly (tests/answer/test_figure_test_lower_case.py checks every
# code point) except for the characters in _CASE_APART: "İ" lower-cases to two characters, and
# IGNORECASE also matches dotless "ı" to "i" and long "ſ" to "s"; a text with one of them is read by
# the patterns above.
_CASE_APART = frozenset("\u0130\u0131\u017f")
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(_NUMBER.pattern.replace(r"\d|", "", 1))
_STATUTE_NUMBERING_LOWER = re.compile(_STATUTE_NUMBERING.pattern)
_ONE_UNIT_LOWER = re.compile(_ONE_UNIT.pattern)


@lru_cache(maxsize=2048)  # the same passages' sentences are read question after question
def has_figure(text: str) -> bool:
    """Whether a text states a figure (in digits or words), a statute's own numbering aside."""
    if not _CASE_APART.isdisjoint(text):
        return bool(_NUMBER.search(_STATUTE_NUMBERING.sub(" ", text)) or _ONE_UNIT.search(text))
    lower = text.lower()
    # Only a "§" or "stk" can start a statute's numbering; most sentences have neither.
    unnumbered = _STATUTE_NUMBERING_LOWER.sub(" ", lower) if "§" in lower or "stk" in lower else lower
    return bool(_DIGIT.search(unnumbered) or _NUMBER_WORD.search(unnumbered) or _ONE_UNIT_LOWER.search(lower))


# "Hvor mange medlemmer …?", "how many members …?": the noun counted. The answer counts that noun
# ("1.412 medlemmer", "fem til syv medlemmer"); a figure of something else ("81 procent") does not.
_COUNTED = re.compile(r"\b(?:hvor mange|how many)\s+(?P<noun>[^\W\d_]{3,})", re.IGNORECASE)
# A figure followed by a unit of share counts a part of the noun, not the noun itself.
_SHARE = re.compile(r"\b(?:procent|prosent|pct|percent)\b|%", re.IGNORECASE)


def counted_noun(question: str) -> str:
    """The noun a "hvor mange X?" question counts, "" when it counts none."""
    found = _COUNTED.search(question)
    return found["noun"] if found else ""


# English writes a compound noun in words ("how many board members are there?"): its last word before
# the verb or a grammar word is what is counted.
_COUNTED_EN = re.compile(r"\bhow many\s+(?P<words>[a-z]{3,}(?:\s+[a-z]{3,}){0,2})", re.IGNORECASE)


def counted_head(question: str, before_past: bool = False) -> str:
    """The noun a "hvor mange X?" / "how many X?" question counts: an English compound's last word; with
    `before_past`, the last before a verb in the past too ("how many members answered …?": "members")."""
    found = _COUNTED_EN.search(question)
    if not found:
        return counted_noun(question)
    words = found["words"].casefold().split()
    run = words[:next((i for i, w in enumerate(words)
                       if i and (w in ENGLISH_STOPWORDS or before_past and w.endswith("ed"))), len(words))]
    return run[-1]


def counts(analyzer: Analyzer, sentence: str, members: frozenset[str]) -> bool:
    """Whether a sentence puts a figure before the counted noun (one of its index terms `members`),
    with at most two words between: "blandt 1.412 medlemmer", "på fem til syv medlemmer"."""
    words = re.findall(r"\d[\d.,]*\d|\d|[^\W\d_]+|%", _STATUTE_NUMBERING.sub(" ", sentence))
    for i, word in enumerate(words):
        if not members.intersection(analyzer.document_terms(word)):
            continue
        before = words[max(0, i - 3):i]
        figures = [j for j, w in enumerate(before) if w[0].isdigit() or _NUMBER.fullmatch(w)]
        # "70 procent af medlemmerne", "8 ud af 10": a share of them, not how many they are.
        if figures and not _SHARE.search(" ".join(before[figures[-1]:])):
            return True
    return False
