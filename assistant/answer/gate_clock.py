"""A time of day asked for, and whether a text tells one: "Hvad tid starter generalforsamlingen?".

"Hvornår?" is answered by a date, a month or a period ("inden udgangen af april"), but a question
for the hour ("hvad tid", "hvilket tidspunkt", "hvornår på dagen", "what time") is not: statutes
that set the month of the annual meeting say nothing of when it starts. The time gate
(answerability.signals' `time_found`) asks such a question's answer for a clock time: "kl. 19",
"19.30", "klokken syv", "om aftenen", "at 7 pm". The question words are closed classes of Danish,
Norwegian and English grammar; the dates of the material ("15. februar", "12.03.2019") are no hour.
"""
from __future__ import annotations

import re

# "hvad tid" (also "hvad for en tid"), "hvilket tidspunkt", "klokken hvad", "hvornår på dagen" and their
# spellings without æ/ø/å; Norwegian "hva tid", "når på dagen"; English "what time", "at what hour".
_ASKS_CLOCK = re.compile(
    r"\b(?:hva[d]? (?:for en )?tid(?:spunkt)?|hvilke[nt] (?:tid|tidspunkt|klokkeslæt|klokkeslaet|klokkeslett)"
    r"|klokken hva[d]?|(?:hvornår|hvornaar|hvornar|når|naar) på dagen|(?:hvornaar|naar) paa dagen"
    r"|what time|which time of (?:the )?day|what hour)\b",
    re.IGNORECASE)
# "Hvad tid tager det?" asks for a duration, which the time gate checks as any time.
_DURATION = re.compile(r"\btid (?:tager|tog|varer|varede|tar)\b", re.IGNORECASE)
# An hour on the clock: "kl. 19", "kl 19.30", "klokken 7", "19:30", "19.30" (not a date "15.02.2025"
# nor a figure "1.412"), "7 pm", "at 7 o'clock"; or a part of the day ("om aftenen", "formiddag";
# "om morgenen", not "i morgen": tomorrow is a day).
_CLOCK = re.compile(
    r"\bkl\.?\s*\d{1,2}\b|\bklokk(?:en|a)\s+(?:\d|[^\W\d_]+)"
    r"|(?<![\d.,])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.,]*\d)"
    r"|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?|o'clock)(?!\w)"
    r"|\b(?:formiddag|middag|eftermiddag|aften|nat)(?:en|s)?\b|\bom morgenen\b",
    re.IGNORECASE)


def asks_clock_time(question: str) -> bool:
    """Whether a question asks for a time of day: "Hvad tid starter mødet?", "What time does it open?"."""
    return bool(_ASKS_CLOCK.search(question)) and not _DURATION.search(question)


def tells_clock_time(text: str) -> bool:
    """Whether a text tells a time of day: a clock time ("kl. 19", "19.30", "7 pm") or a part of the
    day ("om aftenen")."""
    return bool(_CLOCK.search(text))
