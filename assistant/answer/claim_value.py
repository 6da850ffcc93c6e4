"""A claim put to check with a figure, a year or a name of its own asks what the material says in
its place: "Min nabo siger, at man skal betale 500 kr. om året. Passer det?" asks "hvor meget man
skal betale om året?".

Someone's figure or name is often wrong ("stiftet i 2010", "startet af Nordea", "faldet til 20
procent"), and a wrong one is named nowhere in the material: asked as a polar question it is a
thing the question needs and the material lacks (asked_thing.py, the gates of a figure), so the
claim was declined although the material settles it with its own figure. Whether the figure is
right is what the visitor asks, so the figure is the slot asked about: the claim is asked as the
embedded question of its kind of figure (a year "hvornår", a sum "hvor meget", a share "hvor mange
procent", a count "hvor mange", who did it "hvem … af"), which the answer path reads like the
direct question ("hvornår I blev stiftet?" as "Hvornår blev I stiftet?") and answers with the
material's figure, or declines where the material has none of that kind (the gates of the kind
asked). A claim with two figures or names is left as it is: which one is doubted is not told.
The units and prepositions are closed classes of Danish and English; each form has a test.
"""
from __future__ import annotations

import re

from .hearsay import DANISH_REPORTS
from .hedges import compile_danish
from .word_class import ACT, word_class

_FLAGS = re.IGNORECASE
# A number as written in Danish and English ("500", "1.000", "10.000", "1,2", "12"), not an
# ordinal's or a date's ("1. marts": a digit before a full stop and a space) nor part of a word.
_NUMBER = r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w]|\.\s|,\d)"

# (kind, pattern, Danish question words, English question words), tried in this order: a year
# before a count, a sum or a share before a bare count.
_SLOTS = (
    ("year", r"(?:\b(?:i|fra|siden|inden|før|senest|in|since|from|back\s+in|by|before)\s+)?"
             r"(?:(?:år(?:et)?|the\s+year)\s+)?"
             r"(?<![\w.,])(?:1[89]|20)\d\d(?![\w.,]\d|\w)", "hvornår", "when"),
    ("sum", rf"(?:\b(?:på|for|of|at)\s+)?(?:dkk\s+)?{_NUMBER}\s*(?:kr\.?|kroner|dkk|mio\.?|millioner|million"
            r"|mia\.?|milliarder|billion)(?:\s+kroner|\s+kr\.?)?(?!\w)", "hvor meget", "how much"),
    # A share's preposition stays where it is ("faldet til 20 procent" asks "hvor mange procent …
    # faldet til?").
    ("share", rf"{_NUMBER}\s*(?:%|procent|pct\.?|percent|per\s+cent)(?!\w)",
     "hvor mange procent", "what percentage"),
    ("count", rf"(?:\b(?:omkring|cirka|ca\.|about|around|like|over|under)\s+)?{_NUMBER}(?!\s*%)",
     "hvor mange", "how many"),
    # Who did it, named after the passive's agent ("startet af Nordea", "founded by Realdania"): a
    # name of one to four capitalised words.
    ("agent", r"\b(?:af|by)\s+(?:[A-ZÆØÅ][\w&'-]*)(?:,?\s+(?:(?:&|og|and)\s+)?[A-ZÆØÅ][\w&'-]*){0,3}(?!\w)",
     "hvem", "who"),
)
_COMPILED = tuple((kind, re.compile(pattern, _FLAGS if kind != "agent" else 0), da, en)
                  for kind, pattern, da, en in _SLOTS)
# A count's noun follows it ("500 medlemmer", "12 people") and goes with the question word.
_NOUN_AFTER = re.compile(r"\s+([^\W\d_]+)")
# The count's noun is no noun when it is a word of the clause (a closed class: prepositions,
# conjunctions and adverbs that follow a number: "12 i alt", "tre af dem").
_NOT_A_NOUN = frozenset("i af om på til for og eller men at som der end ad gangen in of on to and or but than"
                        .split())


def value_question(claim: str, english: bool) -> str | None:
    """The claim (a statement ending in "?", who said it taken off) asked as the embedded question
    of the one figure or name it states, or None when it states none or more than one."""
    body = claim.rstrip(" ?.!")
    found = [(kind, m, da, en) for kind, pattern, da, en in _COMPILED for m in pattern.finditer(body)]
    found = _outermost(found)
    if len(found) != 1:
        return None
    kind, match, danish, english_words = found[0]
    asked = english_words if english else danish
    rest = body[:match.start()] + body[match.end():]
    if kind == "count":
        noun = _NOUN_AFTER.match(body, match.end())
        if noun and noun[1].casefold() not in _NOT_A_NOUN:
            asked = f"{asked} {noun[1]}"
            rest = body[:match.start()] + body[noun.end():]
    if kind == "agent":
        # The preposition stays at the end: "hvem I blev startet af?", "who you were founded by?".
        rest = f"{rest.rstrip()} {'by' if english else 'af'}"
    rest = re.sub(r"\s+", " ", rest).strip(" ,")
    if not rest:
        # The figure alone ("inden 2040"): the question word alone, as a follow-up asks it.
        return f"{asked[:1].upper()}{asked[1:]}?"
    return f"{_direct(asked, rest, english) or asked + ' ' + rest}?"


# The finite auxiliaries and modals (closed classes of the grammar) that a question puts before its
# subject: "Hvor meget får bestyrelsen …", "When were you founded".
_DANISH_FINITE = frozenset("er var har havde kan kunne skal skulle vil ville må måtte bør burde bliver blev får fik "
                           "gør gjorde".split())
_ENGLISH_FINITE = frozenset("is are was were has have had can could will would must should may".split())


def _direct(asked: str, rest: str, english: bool) -> str | None:
    """The direct question, its finite verb before a subject of one to five words ("hvor meget
    bestyrelsen får om året" -> "Hvor meget får bestyrelsen om året"); the embedded order, which
    the answer path reads less surely (its subject first is read as the thing asked about), where
    no finite verb is found. A Danish verb of the lemmatiser's past or present forms counts, an
    English one only among the auxiliaries (the rest would need "do")."""
    words = rest.split()
    for at in range(1, min(len(words), 6)):
        word = words[at].casefold()
        if word in (_ENGLISH_FINITE if english else _DANISH_FINITE) or (
                not english and _finite_verb(word)):
            direct = " ".join([words[at], *words[:at], *words[at + 1:]])
            return f"{asked[:1].upper()}{asked[1:]} {direct}"
    return None


def _finite_verb(word: str) -> bool:
    """A Danish finite verb of its own: a past in -ede/-te or a present in -r of a word the
    lemmatiser knows as a verb ("startede", "betaler")."""
    return word.endswith(("ede", "te", "r")) and word_class(word) == ACT


def _outermost(found: list) -> list:
    """The matches inside no other, the first kind kept where two cover the same words (a year is
    no count, a sum's number no count of its own)."""
    kept, spans = [], []
    for item in found:
        start, end = item[1].span()
        if (start, end) in spans or any(s <= start and end <= e for s, e in (f[1].span() for f in found)
                                        if (s, e) != (start, end)):
            continue
        spans.append((start, end))
        kept.append(item)
    return kept


# A Danish report without "at", as chat writes it ("min nabo siger det var i 2016", "min svigerfar
# siger inden 2040"): who (a possessive or an article, then one to three words) and a reporting verb.
_BARE_REPORT = compile_danish(
    r"^(?:min|mit|mine|vores|en|et)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+(?:-[^\W\d_]+)*\s+"
    rf"(?:{DANISH_REPORTS}),?\s+(?!at\b)(?=\w)", re.IGNORECASE)


def without_bare_report(text: str) -> str:
    """The claim after a Danish report that leaves out "at"; the text where there is none."""
    return _BARE_REPORT.sub("", text, count=1)
