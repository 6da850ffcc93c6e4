"""Whether a sentence holds the kind of fact a question asks: a time, a figure, a price, a who, a count."""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .calendar_time import calendar_time
from .fact_kinds import (
    MONEY,
    NAME,
    asked_month,
    asked_types,
    asked_year,
    has_figure,
    states_month,
    states_time,
    states_year,
)
from .figures import counted_noun, counts
from .gate_clock import DAY, OFFERED_SEASON, SEASON, tells_time_kind, time_kind
from .gate_reason import asks_reason, gives_reason
from .retrieve import Query
from .sentence_neighbours import names_actor

# "Hvem …?" is answered by a name, by who acts in the sentence's grammar (sentence_neighbours.names_actor)
# or, in rules, by whom a universal determiner singles out: "Som medlem kan optages enhver person …"
# answers "Hvem kan være medlem?" without naming anyone.
_ANYONE = re.compile(r"\b(?:enhver|ethvert|anyone|everyone)\b", re.IGNORECASE)


def unit_terms(index: Index, question: str) -> set[str]:
    """The query terms of the noun a "hvilket år?" / "hvilken måned?" question names its answer's kind with."""
    unit = asked_year(question) or asked_month(question)
    return set(index.analyzer.query_terms(unit)) if unit else set()


def counts_test(index: Index, query: Query, question: str):
    """Whether a sentence counts the noun a "hvor mange X?" question asks about; None when the
    question counts no noun of its query terms."""
    noun = counted_noun(question)
    terms = set(index.analyzer.query_terms(noun)) if noun else set()
    members = frozenset(m for g in query.groups if g.term in terms for m in g.members)
    return (lambda sentence: counts(index.analyzer, sentence, members)) if members else None


def kind_test(question: str):
    """Whether a sentence holds the kind of fact the question asks for (always, when it asks none)."""
    asks = asked_types(question)
    tests = [test for asked, test in ((asks.time, time_test(question)), (asks.quantity, has_figure),
                                      (asks.price, lambda s: bool(MONEY.search(s))),
                                      (asks.person, _says_who)) if asked]
    return lambda sentence: any(test(sentence) for test in tests) if tests else False


def reason_kind(question: str, first: list, kind, share: float):
    """The kind test of a why-question whose best passage gives a reason by its grammar: a sentence that
    gives one holds the kind asked ("Hvorfor er et land i balance godt for økonomien?" → "Vi kæmper for et
    Danmark i bedre balance, fordi det vil sikre et rigere Danmark.", over "Det handler i sidste ende om
    hele Danmarks økonomi …", which shares one more word but gives no reason). Only within the best
    passage, by a sentence holding `share` of the best one's question weight: a passage that gives no
    reason is not left for another's "fordi" (`kind` stands then)."""
    top = max((c.weight for c in first), default=0.0)
    if not asks_reason(question) or not any(c.weight >= share * top and gives_reason(c.sentence) for c in first):
        return kind
    return lambda sentence: kind(sentence) or gives_reason(sentence)


def time_test(question: str):
    """The test of a sentence that tells the time asked: a year for "hvilket år?", a month of the
    calendar for "hvilken måned?" ("i januar", not "tre måneder"), a date for "hvilken dato?", the finer
    time the time gate reads for a time of year or a day ("What time of year …?": "i januar", not "for et
    år ad gangen"), any time else."""
    if asked_month(question):
        return states_month
    if _ASKS_DATE.search(question):
        return states_date
    finer = time_kind(question, True)
    if finer in (SEASON, OFFERED_SEASON, DAY):
        return lambda sentence: states_time(sentence) and tells_time_kind(sentence, finer)
    return states_year if asked_year(question) else states_time


# "Hvilken dato …?", "By what date …?", "the last date to pay": the answer is a day of the calendar.
_ASKS_DATE = re.compile(r"\b(?:hvilken|hvilke|what|which|sidste|last)\s+(?:dato|datoer|date|dates)\b", re.IGNORECASE)


def states_date(sentence: str) -> bool:
    """Whether a sentence tells a date: a month of the calendar ("senest 1. marts") or a period the
    calendar sets ("følger kalenderåret"); "250 kr. om året" tells a time, but no date."""
    return states_month(sentence) or calendar_time(sentence)


def _says_who(sentence: str) -> bool:
    """Whether a sentence answers a who-question: by a name, a passive's agent or whom it admits."""
    return bool(NAME.search(" " + sentence) or names_actor(sentence) or _ANYONE.search(sentence))
