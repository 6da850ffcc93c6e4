"""A follow-up that only moves the question before it in time ("tak! og ti år før?", "og året efter?").

After "Hvor stor en del af arealet var grønt i de mindre byer i 2024?" the visitor asks "og ti år før?":
the same thing of another year. Its own words ("ti", "år", "før") name no topic, and read as words they
found another passage ("… over ti år"). The span and its direction say which year: the earlier question
with its year moved is what is asked. The numbers and the words of direction are closed classes of the
grammar (Danish and English); a follow-up that names a year of its own is read as any other.
"""
from __future__ import annotations

import re

from .figures import YEAR
from .wrappers import without_opener

# Cardinals a span of years is counted in, written out (digits are read as they stand).
_CARDINALS = {"et": 1, "ét": 1, "en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
              "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "femten": 15, "tyve": 20,
              "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_BACK = frozenset("før tidligere inden foer before earlier".split())
_SHIFT = re.compile(r"^(?:og|and|men|but)?\s*(?:hvad\s+med\s+|what\s+about\s+)?"
                    r"(?:(?P<count>\d{1,3}|[^\W\d_]+)\s+(?:år|aar|years?)|(?P<one>året|the\s+year))\s+"
                    r"(?P<way>før|foer|tidligere|inden|senere|efter|before|earlier|later|after)(?:\s+det)?\s*[?.!]*\s*$",
                    re.IGNORECASE)


def shifted_question(text: str, earlier: tuple[str, ...]) -> str | None:
    """The newest earlier question with its year moved by the span the follow-up names ("og ti år
    før?" after "… i 2024?" -> "… i 2014?"), or None when the follow-up is no such shift or the
    earlier question names no single year."""
    found = _SHIFT.match(without_opener(text).strip())
    if not found or not earlier:
        return None
    count = found["count"]
    span = 1 if found["one"] else int(count) if count.isdigit() else _CARDINALS.get(count.casefold())
    years = YEAR.findall(earlier[-1])
    if not span or len(set(years)) != 1:
        return None
    moved = int(years[0]) + (-span if found["way"].casefold() in _BACK else span)
    return YEAR.sub(str(moved), earlier[-1])
