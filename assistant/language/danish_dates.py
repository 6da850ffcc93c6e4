"""Danish dates as ISO "YYYY-MM-DD": "3. marts 2023", "3.5.2023", ISO timestamps, "Udgivet …" in a text.

The one date parser: publication dates of pages and PDFs, and the adoption dates of statutes.
"""
from __future__ import annotations

import re
from datetime import date

# The full month names, in order; MONTHS adds the abbreviations a page may use.
MONTH_NAMES = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
               "oktober", "november", "december")
MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = (rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}"
         rf"|\d{{1,2}}\.?\s*(?:{_MONTH_NAMES})\.?\s+\d{{4}})")
# Only a date the page itself calls its publication date; other dates in the text are events.
_STATED = re.compile(rf"\b(?:udgivet|publiceret|offentliggjort|dato)\b\s*(?:den\s+)?:?\s*({_DATE})",
                     re.IGNORECASE)


def parse_date(value: str) -> str | None:
    """ISO date of an ISO timestamp, "3.5.2023", "03-05-2023" or "3. maj 2023"; None if none."""
    value = (value or "").strip().casefold()
    try:
        match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        match = re.match(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b", value)
        if match:
            return date(int(match[3]), int(match[2]), int(match[1])).isoformat()
        match = re.match(rf"(\d{{1,2}})\.?\s*({_MONTH_NAMES})\.?\s+(\d{{4}})\b", value)
        if match:
            return date(int(match[3]), MONTHS[match[2]], int(match[1])).isoformat()
    except ValueError:
        return None
    return None


def stated_date(text: str) -> str | None:
    """The date after "Udgivet", "Publiceret", "Offentliggjort" or "Dato" in a text, if any."""
    for match in _STATED.finditer(text):
        parsed = parse_date(match.group(1))
        if parsed:
            return parsed
    return None
