"""The measure a question asks for, and whether a sentence states it: a distance, a sum of money, a
temperature, a deadline or a share.

"Hvor langt må der højst være til en park?" asks for a distance, and the answer is a figure with a
unit of length ("300 meter"); any figure is not one ("62 lommeparker", "50 millioner kroner"). A
question's degree phrase names the measure ("hvor langt", "how far", "hvor tæt på"; "hvor mange
penge", "how much money"; "hvor meget varmere"; "sidste frist", "deadline"; "hvor stor en del",
"what fraction"), and the answer's unit or wording shows it ("en tiendedel", "64 procent"). These
are the grammar of Danish and English measure questions, as fact_kinds.py reads a time or a
quantity; each pattern has its test (tests/answer/test_asked_measure.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..language.folding import danish_letters
from .fact_kinds import MONEY, states_time
from .one_space import one_space
from .word_guard import guarded

DISTANCE, MONEY_SUM, TEMPERATURE, DEADLINE, SHARE = "distance", "money", "temperature", "deadline", "share"

# Read on the question casefolded, with ae/oe/aa read as æ/ø/å (a question typed without them).
_ASKED = (
    # "Hvor langt i forvejen …?", "how far ahead …?" ask how long before: a time, not a length. After a
    # preposition the degree phrase measures the noun after it ("Med hvor langt varsel …?": a notice).
    (DISTANCE, re.compile(r"(?<!\bmed )(?<!\bpå )(?<!\bwith )"
                          r"(?:\bhvor (?:langt|tæt|nær|nært)\b(?! (?:i forvejen|forud)\b)"
                          r"|\bhow (?:far|close|near)\b(?! (?:ahead|in advance|beforehand)\b))"
                          r"|\b(?:afstand(?:en)?|distance)\b")),
    (MONEY_SUM, re.compile(r"\bhvor (?:mange|meget) penge\b|\bhow much (?:money|funding)\b"
                           r"|\bhvad (?:vil|skal|kommer) (?:\w+ ){0,3}koste\b|\bhow expensive\b"
                           r"|\bhvor meget (?:\w+ ){0,4}kost(?:er|ede|e)\b|\bhow much (?:\w+ ){0,5}cost\b")),
    (TEMPERATURE, re.compile(r"\bhvor (?:meget )?(?:varm|varmt|varmere|kold|koldt|koldere)\b"
                             r"|\bhow (?:much )?(?:hot|warm|warmer|hotter|cold|colder|cool|cooler)\b"
                             r"|\btemperatur")),
    (DEADLINE, re.compile(r"\b(?:frist|fristen|deadline|deadlinen)\b|\bby when\b|\bhvornår (?:\w+ ){0,4}senest\b"
                          r"|\bsenest hvornår\b")),
    (SHARE, re.compile(r"\bhvor stor (?:en )?(?:del|andel|procentdel)\b|\bhvor mange procent\b"
                       r"|\bwhat (?:fraction|share|proportion|percentage)\b|\bhow many percent\b"
                       r"|\bhow (?:big|large) (?:a )?(?:share|part|fraction|proportion)\b")),
)
_WHO = re.compile(r"\b(?:hvem|who)\b")
# The words that name a deadline as the thing asked ("Hvad er sidste frist for …?"): the question's
# grammar, as "hvornår" is, and no word a passage must hold ("skal være betalt senest 1. marts").
_DEADLINE_WORDS = guarded(re.compile(r"\b(?:(?:sidste|seneste) )?(?:frist|fristen|deadline|deadlinen)\b"))
# The noun of a reason asked in a noun phrase ("hvad var grunden til, at …?"; gate_reason): it asks why, as
# "hvorfor" does, and searched it finds "grundlag" ("et solidt fagligt og faktuelt grundlag").
_REASON_WORDS = re.compile(r"\b(grunden|årsagen|baggrunden) (?:til|for)\b")
# The unit after "hvor mange" the answer may write otherwise ("kr." for "kroner", "tre måneder" for "uger"):
# searched, it finds the passage using the word for something else ("1,2 milliarder kroner"). "år" and "dage"
# stay searched: the answer writes them as asked ("to år", "14 dage").
_UNIT_WORDS = re.compile(r"\b(?:hvor mange|how many) (kroner|kr|procent|prosent|percent|uger|weeks?|måneder|months?)\b")
# The noun of a year question's question word ("Hvilket år blev I stiftet?", "i hvilket aar",
# "which year"): it asks for a time as "hvornår" does, and is no word a passage must hold – "de
# seneste år" made the passage about the name change outrank the one that says "startede i 2014".
_YEAR_WORDS = re.compile(r"\b(?:hvilket|hvilke|hvad for et|what|which) (år|year)\b")
# A figure in digits or Danish words, then the measure's unit.
_FIGURE = r"\b(?:\d[\d.,]*|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|tyve|halvtreds|hundrede?|tusinde?)"
_LENGTH = re.compile(_FIGURE + r"\s*(meter|m|km|kilometer|kilometers?|miles?)\b", re.IGNORECASE)
_DEGREES = re.compile(_FIGURE + r"\s*(?:grader|grad|°)", re.IGNORECASE)
# A share: a percentage, a fraction in words ("en tiendedel", "to tredjedele") or "8 ud af 10".
_SHARE = guarded(re.compile(r"\d\s*%|\bprocent\b|\b(?:halv|tredje|fjerde|femte|tiende)del(?:e|en|ene)?\b"
                    r"|\bhalvdelen\b|\b\d+ ud af \d+\b", re.IGNORECASE))
# A deadline is a time the thing must happen by: "senest 1. marts", "inden udgangen af april",
# "14 dage før generalforsamlingen".
_BY = re.compile(r"\b(?:senest|inden|før|forud)\b", re.IGNORECASE)


def _folded(question: str) -> str:
    return danish_letters(one_space(question.casefold()))


@lru_cache(maxsize=64)  # asked once per candidate moved (rank_kinds); no store of questions
def _asked(question: str) -> tuple[str, str]:
    """The measure asked and the words of the question that ask it ("hvor tæt"), or ("", "")."""
    text = _folded(question)
    for name, pattern in _ASKED:
        found = pattern.search(text)
        # "Hvem beslutter, hvor meget medlemskabet skal koste?" asks who: the measure is its clause's topic.
        if found and not _WHO.search(text, 0, found.start()):
            return name, found.group(0)
    return "", ""


def asked_measure(question: str) -> str:
    """The measure the question asks for (DISTANCE, MONEY_SUM, TEMPERATURE, DEADLINE, SHARE), or ""."""
    return _asked(question)[0]


def measure_words(question: str) -> list[str]:
    """The words of a distance question's degree phrase after "hvor" ("tæt", "nær"): they ask for
    the length and are no content a passage must hold. (A temperature's "varmere" is: the
    publication's "varme sommerdage" holds it.)"""
    name, phrase = _asked(question)
    words = phrase.split()
    return words[1:] if name == DISTANCE and words[:1] == ["hvor"] else []


def length_units(text: str) -> list[str]:
    """The units of the lengths a text states ("300 meter" → "meter")."""
    return [m.group(1) for m in _LENGTH.finditer(text)]


def states_measure(sentence: str, measure: str) -> bool:
    """Whether a sentence states the measure: a length, a sum of money, degrees, a time that
    something must happen by, or a share."""
    if measure == DISTANCE:
        return bool(_LENGTH.search(sentence))
    if measure == MONEY_SUM:
        return bool(MONEY.search(sentence))
    if measure == TEMPERATURE:
        return bool(_DEGREES.search(sentence))
    if measure == DEADLINE:
        return bool(_BY.search(sentence)) and states_time(sentence)
    if measure == SHARE:
        return bool(_SHARE.search(sentence))
    return False


def distance_told(question: str, texts) -> bool:
    """Whether one of the texts states the length a distance question asks for ("Hvor langt skal der
    være mellem træerne?": "300 meter", not "100.000 nye bytræer"); always, for any other question."""
    return asked_measure(question) != DISTANCE or any(_LENGTH.search(text) for text in texts)


def deadline_terms(analyzer, question: str) -> frozenset[str]:
    """The query terms of the words that ask for a deadline ("sidste frist", "deadline"), a year ("hvilket
    år") or a reason ("grunden til"), which are searched no more than "hvornår" or
    "hvorfor" is."""
    text = _folded(question)
    return frozenset([*(t for m in _DEADLINE_WORDS.finditer(text) for w in m.group(0).split()
                        for t in analyzer.query_terms(w)),
                      *(t for words in (_YEAR_WORDS, _UNIT_WORDS, _REASON_WORDS) for m in words.finditer(text)
                        for t in analyzer.query_terms(m[1]))])
