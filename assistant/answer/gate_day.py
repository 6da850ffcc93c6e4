"""Whether a passage gives a day of the month a question asks a day in ("Which day in January is the fee collected?").

A question for the day in a named month ("hvilken dag i april holdes generalforsamlingen?", "what date in March
…?") asks for one day of that month, whatever the verb's tense: "Kontingentet opkræves i januar og skal være
betalt senest 1. marts" names the month asked and a day of another, and answers neither "which day in January"
nor the day of the payment. Only a day of the very month asked ("15. februar", "February 15") does; a question
for a past event's date without a month is gate_past_event's.

Months are read by their number: Danish names and abbreviations from the one date parser
(danish_dates.MONTHS), English names from the standard library's calendar (calendar.month_name).
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language.danish_dates import MONTHS
from .checked_sentences import checked_texts
from .retrieve import Query

# Every month's name by its number: Danish (with abbreviations) and English, folded.
_MONTH_NUMBER = {**MONTHS, **{name.casefold(): n for n, name in enumerate(calendar.month_name) if name}}
_MONTH = "|".join(sorted(map(re.escape, _MONTH_NUMBER), key=len, reverse=True))
# "hvilken dag i januar", "på hvilken dato i marts", "which day in April", "what date in May", "what day of June".
_ASKS_DAY_IN = re.compile(rf"\b(?:hvilken|hvilke|what|which)\s+(?:dag|dato|day|date)\s+(?:i|in|of)\s+"
                          rf"(?P<month>{_MONTH})\b", re.IGNORECASE)
# A day of a month: "15. februar", "1 marts", "February 15" (the month's name is read by _MONTH_NUMBER).
_DAY_OF = re.compile(rf"\b\d{{1,2}}\.?\s+(?P<after>{_MONTH})\b|\b(?P<before>{_MONTH})\.?\s+\d{{1,2}}\b(?![.,]?\d)",
                     re.IGNORECASE)
# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
DAY_GATE = "day_told"


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asked_month(question: str) -> int:
    """The number of the month a question asks a day in (0 when it asks none)."""
    found = _ASKS_DAY_IN.search(question)
    return _MONTH_NUMBER[found["month"].casefold()] if found else 0


def days_of(text: str) -> set[int]:
    """The months (by number) a text gives a day of."""
    return {_MONTH_NUMBER[(m["after"] or m["before"]).casefold()] for m in _DAY_OF.finditer(text)}


def day_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage gives a day of the month the question asks a day in, where it answers the
    question (always, for a question that asks none)."""
    month = asked_month(question)
    return not month or any(month in days_of(text) for text in checked_texts(index, chunk_id, query))
