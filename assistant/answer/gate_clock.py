"""Finer questions of the time gate: a time of day, the date of a next occurrence, a first day.

"Hvornår?" is answered by a date, a month or a period ("inden udgangen af april"), but a question
for the hour ("hvad tid", "hvilket tidspunkt", "hvornår på dagen", "what time") is not: statutes
that set the month of the annual meeting say nothing of when it starts. Nor does a rule for every
year ("afholdes hvert år inden udgangen af april") say when the *next* meeting is ("hvornår er næste
generalforsamling?", "when is the next annual meeting?", "hvornår er årsmødet i år?"): that asks
for a date, a day of a month or a year, and so does "hvornår i april …?", which gives the month
and asks the day in it. The day something starts from ("Fra hvilken dag er jeg
medlem?", "From what day do I count as a member?") is told by a date or by the event that falls on
it ("Medlemskabet gælder fra den dag, kontingentet er betalt"), or by the calendar period it follows
("Regnskabsåret følger kalenderåret"). The time gate (answerability.signals'
`time_found`) asks the answer for a clock time ("kl. 19", "19.30", "om aftenen", "at 7 pm") or a date ("1. marts", "i
2026"). The question words are closed classes of Danish, Norwegian and English grammar; the dates of
the material ("15. februar", "12.03.2019") are no hour.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from .gate_ending import asks_ending, tells_ending
from .time_span import DURATION, SO_FAR, duration_kind, tells_duration
from .word_guard import guarded

# "hvad tid" (also "hvad for en tid"), "hvilket tidspunkt", "klokken hvad", "hvornår på dagen" and their
# spellings without æ/ø/å; Norwegian "hva tid", "når på dagen"; English "what time", "at what hour".
_ASKS_CLOCK = guarded(re.compile(
    r"\b(?:(?:hva[d]? (?:for en )?tid(?:spunkt)?|hvilke[nt] (?:tid|tidspunkt|klokkeslæt|klokkeslaet|klokkeslett))"
    r"(?! (?:på|paa|i løbet af|i loebet af) (?:året|aaret))"
    r"|klokken hva[d]?|(?:hvornår|hvornaar|hvornar|når|naar) på dagen|(?:hvornaar|naar) paa dagen"
    r"|what time(?! of (?:the )?year)|which time of (?:the )?day|what hour)\b",
    re.IGNORECASE))
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


# "næste", "kommende", "i år", "next", "this year": one occurrence, the next, asked for.
_ASKS_NEXT = re.compile(r"\b(?:næste|naeste|naste|kommende|i (?:år|aar|ar)|next|upcoming|this year)\b", re.IGNORECASE)
# "Hvilken dag / dato …?", "what day / date …?": the day itself asked for, which a month or a
# deadline ("inden udgangen af april") does not tell.
# So does "hvornår i april …?", "when in April …?": the month is given, a day in it is asked.
_MONTHS = ("januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
           "|january|february|march|may|june|july|october")
_ASKS_DAY = re.compile(r"\b(?:hvilken (?:dag|dato)|(?:what|which) (?:day|date))\b", re.IGNORECASE)
# The day asked by a noun, without a question word: "Kan du give mig den nøjagtige dag for navneskiftet?",
# "Hvad var datoen for stiftelsen?", "the exact date of the name change". An adjective of exactness before
# "dag"/"dato", or "datoen" with the preposition that names its event: a day, which a year does not tell.
_ASKS_DAY_BY_NOUN = guarded(re.compile(
    r"\b(?:nøjagtige|noejagtige|nojagtige|præcise|praecise|eksakte|exact|precise)\s+(?:dag|dato|day|date)\b"
    r"|\bdatoen\s+(?:for|på|paa)\b|\bthe\s+date\s+(?:of|for)\b", re.IGNORECASE))
_ASKS_DAY_IN_MONTH = re.compile(rf"\b(?:hvornår|hvornaar|hvornar|når|naar|when) i[n]? (?:{_MONTHS})\b", re.IGNORECASE)
# "Hvilken dag …?" asks the day whether or not it gives a year ("What day in 2014 did it start?"): a year
# alone ("Det første byregnskab udkommer i 2026") does not tell it, with the year given or not (round
# thirty-four: "Hvilken dag udkommer det første byregnskab?" was answered by the year).
# A day: a day of a month ("1. marts", "15. februar", "March 1") or a day and month in figures ("12.03.").
_DAY = re.compile(r"\b\d{1,2}\.?\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
                  r"november|december|january|february|march|may|june|july|october)\b"
                  r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                  r"december)\s+\d{1,2}\b|\b\d{1,2}\.\d{1,2}\.", re.IGNORECASE)
# A date: a day, or a year.
_DATE = re.compile(_DAY.pattern + r"|\b(?:19|20)\d\d\b", re.IGNORECASE)
# A day of the week tells "hvilken dag" too ("holdes en lørdag i april"): a closed class.
_WEEKDAY = re.compile(r"\b(?:man|tirs|ons|tors|fre|lør|søn)dag(?:en|e)?\b"
                      r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b", re.IGNORECASE)
# "Fra hvilken dag …?", "from what day …?", "since which date …?": the day something starts from; so do
# "fra hvornår", "siden hvornår", "since when", "from when" (a rule's start, which a rule alone does not tell).
_ASKS_START_DAY = re.compile(r"\b(?:fra|from|since) (?:hvilken|hvilket|what|which) (?:dag|dato|day|date)\b"
                             r"|\b(?:fra|siden) (?:hvornår|hvornaar|hvornar)\b|\b(?:since|from) when\b",
                             re.IGNORECASE)
# A day a state starts from, told by the event that falls on it: "gælder fra den dag, kontingentet er
# betalt", "fra og med dagen efter generalforsamlingen". Danish grammar: "fra" (and "fra og med") before
# "dag" made definite, by "den"/"samme" and a clause after it (a comma, "hvor", "da", "som") or by
# "dagen" and a preposition of time. A period ("inden udgangen af april") names no first day.
_EVENT_START = re.compile(r"\bfra (?:og med )?(?:(?:den|samme) dag(?:\s*,|\s+(?:hvor|da|som)\b)"
                          r"|dagen (?:efter|hvor|da)\b)", re.IGNORECASE)
# A period that runs with the calendar's own ("regnskabsåret følger kalenderåret") starts on the
# calendar's first day: the calendar year on 1 January, a calendar month on its first.
_CALENDAR_PERIOD = re.compile(r"\bkalender(?:år|året|måned|måneden)\b", re.IGNORECASE)
# A season or a month by its name, as a time of the year is offered in a question.
_PART_OF_YEAR = (r"(?:forår(?:et)?|foraar(?:et)?|sommer(?:en)?|efterår(?:et)?|efteraar(?:et)?|vinter(?:en)?"
                 rf"|spring|summer|autumn|fall|winter|{_MONTHS})")
# "Hvornår på året …?", "hvilken årstid …?", "what time of year …?": the time of year asked for, a month
# or a season, which a term of office or a period told in years ("for et år ad gangen")
# does not give. Told by a date, a month or a season (the year's own closed classes of words), or by a
# time before or after an event of the year ("senest en uge før den ordinære generalforsamling"). "I hvilken
# måned …?" asks for the month itself (MONTH below), which a time before an event does not give.
_ASKS_SEASON = guarded(re.compile(
    r"\b(?:(?:hvornår|hvornaar|hvornar|når|naar) (?:på|paa|i løbet af|i loebet af) (?:året|aaret)"
    r"|hvilke[nt]? (?:årstid|aarstid)|(?:what|which) (?:season|time of (?:the )?year)"
    r"|(?:hva[d]?|hvilke[nt]) tid (?:på|paa|i løbet af|i loebet af) (?:året|aaret)"
    # "what part of the year", "hvilken del af året", "at what point in the year": the same, by a noun of part.
    r"|(?:what|which) (?:part|point) of (?:the )?year|at what point (?:in|of) the year"
    r"|hvilke[nt] (?:del|tidspunkt) (?:af|på|paa) (?:året|aaret)"
    r"|when in the year)\b", re.IGNORECASE))
# Two times of the year offered ("Kommer det i foråret eller efteråret 2026?", "in March or April?"): a
# yes/no question in form that asks which part of the year. Only a named part answers it (a month, a
# season, "slutningen af"), not a time before or after an event, which a passage says of anything.
_OFFERS_SEASONS = guarded(re.compile(
    rf"\b(?:i|om|in)\s+(?:the\s+)?{_PART_OF_YEAR}\s+(?:eller|or)\s+(?:(?:i|om|in)\s+)?(?:the\s+)?{_PART_OF_YEAR}\b",
    re.IGNORECASE))
# A time of year: a month, a season, a time before or after an event of the year, or a part of a year named
# by its beginning, middle or end ("i slutningen af 2018", "ved udgangen af året", "første halvår"). A year
# alone is none: "Det første byregnskab udkommer i 2026" says which year, not when in it.
_NAMED_SEASON = re.compile(rf"\b(?:{_MONTHS})\b"
                           r"|\b(?:forår|sommer|efterår|vinter|spring|summer|autumn|fall|winter)\w*"
                           r"|\b(?:begyndelsen|starten|midten|slutningen|udgangen|enden) af\b"
                           r"|\b(?:beginning|start|middle|end) of\b|\b(?:early|mid|late)[- ](?:19|20)\d\d\b"
                           r"|\bhalvår\w*|\bkvartal\w*", re.IGNORECASE)
_SEASON = re.compile(_NAMED_SEASON.pattern + r"|\b(?:før|foer|efter|inden|before|after)\b", re.IGNORECASE)
# "I hvilken måned …?", "which month …?": a month asked, which a year ("startede i 2014") does not
# give. Told by a month's name, a day of a month or a date in figures, or a calendar period.
_ASKS_MONTH = guarded(re.compile(r"\b(?:hvilke[nt]?|hvad for en|what|which) (?:måned|maaned|maned|month)s?\b",
                                 re.IGNORECASE))
# "I hvilken måned holder I senest …?" asks a deadline, which the passage that tells another deadline of the
# same thing ("senest 1. marts" in § 5 for the annual meeting's fee) holds best, with the month in a stk.
# beside it: gating it by the month kept the fallback from the stk. that gives it (measured: a loss on
# alle-dev). Left to the time gate.
_ASKS_LATEST = re.compile(r"\b(?:senest|seneste|at the latest|latest|by when)\b", re.IGNORECASE)
_MONTH_TOLD = re.compile(rf"\b(?:{_MONTHS})\b|\b\d{{1,2}}\.\d{{1,2}}\.", re.IGNORECASE)
CLOCK = "klokkeslæt"
MONTH = "måned"
SEASON = "tid på året"
DATE = "dato"
DAY = "dag"
START = "første dag"
ENDING = "afslutning"
OFFERED_SEASON = "årstid"


# "Fra hvilket tidspunkt …?", "siden hvilket tidspunkt …?": a preposition of a start before the question
# word makes the time the first day of a state (when membership begins), not an hour of the day, unless the
# day is named ("fra hvilket tidspunkt på dagen"), as "fra hvilken dag" is (START). An end ("til/indtil
# hvilket tidspunkt …?") read as any time let the Om page answer the association's "Til hvilket tidspunkt er
# jeg tidligst ude, …?" with a sentence on "de seneste år" (docs/benchmarks.md, runde syvogtredive): it
# stays an hour, whose gate declines what names none.
_START_BOUNDARY = guarded(re.compile(r"\b(?:fra|siden)\s+(?:hvilket|hvilken|hvad)\s+(?:tidspunkt|tid)\b"
                             r"(?!\s+(?:på|paa)\s+(?:dagen|døgnet))", re.IGNORECASE))


def time_kind(question: str, asks_time: bool) -> str:
    """The finer time a question asks for: CLOCK for an hour, ENDING for when something ended
    (gate_ending), START for the day something starts from ("fra hvilken dag …?", "siden hvornår …?"),
    SEASON for a time of year ("hvornår på året …?"), MONTH for a month ("i hvilken måned …?"), DURATION
    for how long (time_span), DAY for a day ("hvilken dag …?", "hvornår i april …?", "What day in 2014 did it
    start?"), which a month or a year does not tell ("startede i 2014"), DATE for a next occurrence's date
    (`asks_time`: it asks "hvornår?"), "" for any time."""
    if _START_BOUNDARY.search(question):
        return START if asks_time and not _ASKS_NEXT.search(question) else ""
    if asks_clock_time(question):
        return CLOCK
    if asks_time and asks_ending(question):
        return ENDING
    if asks_time and _ASKS_START_DAY.search(question) and not _ASKS_NEXT.search(question):
        return START
    if asks_time and _OFFERS_SEASONS.search(question):
        return OFFERED_SEASON
    if asks_time and _ASKS_SEASON.search(question) and not _ASKS_NEXT.search(question):
        return SEASON
    if asks_time and _ASKS_MONTH.search(question) and not _ASKS_LATEST.search(question):
        return MONTH
    if asks_time and duration_kind(question):
        return duration_kind(question)
    if asks_time and (_ASKS_DAY_IN_MONTH.search(question) or _ASKS_DAY.search(question) or asks_day_by_noun(question)):
        return DAY
    return DATE if asks_time and _ASKS_NEXT.search(question) else ""


def tells_time_kind(text: str, kind: str) -> bool:
    """Whether a text tells the finer time asked for (always, when none is)."""
    if kind == CLOCK:
        return tells_clock_time(text)
    if kind == ENDING:
        return tells_ending(text)
    if kind == SEASON:
        return bool(_DAY.search(text) or _SEASON.search(text))
    if kind == OFFERED_SEASON:
        return bool(_DAY.search(text) or _NAMED_SEASON.search(text))
    if kind == DAY:
        return bool(_DAY.search(text) or _WEEKDAY.search(text))
    if kind == MONTH:
        return bool(_MONTH_TOLD.search(text) or _CALENDAR_PERIOD.search(text))
    if kind in (DURATION, SO_FAR):
        return tells_duration(text, kind)
    if kind == START:
        return bool(_DATE.search(text) or _EVENT_START.search(text) or _CALENDAR_PERIOD.search(text))
    return kind != DATE or bool(_DATE.search(text))


def asks_day_by_noun(question: str) -> bool:
    """Whether a question asks for a day by a noun, without a question word for it ("den nøjagtige dag
    for navneskiftet", "datoen for stiftelsen", "the exact date of …")."""
    return bool(_ASKS_DAY_BY_NOUN.search(question))


def asks_time_of_year(question: str) -> bool:
    """Whether a question asks for a time of year ("what time of year …?", "hvilken tid på året …?"),
    which asks "when" without a question word for it."""
    return bool(_ASKS_SEASON.search(question) or _OFFERS_SEASONS.search(question))


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asks_clock_time(question: str) -> bool:
    """Whether a question asks for a time of day: "Hvad tid starter mødet?", "What time does it open?"."""
    return bool(_ASKS_CLOCK.search(question)) and not _DURATION.search(question)


def tells_clock_time(text: str) -> bool:
    """Whether a text tells a time of day: a clock time ("kl. 19", "19.30", "7 pm") or a part of the
    day ("om aftenen")."""
    return bool(_CLOCK.search(text))


def telling_sentences(found, tied: Sequence[int], groups, weight: Callable[[str], float]) -> list[int]:
    """The positions of a passage's analysed sentences (`found`: text and terms), other than the `tied`
    ones that hold most of the question, that hold the most telling question word the passage holds (the
    group of highest `weight`). A time may stand there, while a sentence with a light verb of the question
    outweighs it: "Hvilken dato sagde landsrådet ja til de otte anbefalinger?" ties the sentence that counts
    "otte anbefalinger", and the date stands two sentences on, where the landsråd is named."""
    held = [g for g in groups if any(not set(g.members).isdisjoint(words) for _, words in found)]
    if not held:
        return []
    members = set(max(held, key=lambda g: weight(g.term)).members)
    # And the most telling word the tied sentences lack: where they hold the question by its light verb
    # ("fik" in "Hvilken tid på året fik I jeres nuværende navn?" ties "… har … fået behovet …"), the time
    # stands where the noun is named ("… som i slutningen af 2018 ændrede navn").
    in_tied = set().union(*(found[i][1] for i in tied)) if tied else set()
    apart = [g for g in held if set(g.members).isdisjoint(in_tied)]
    if apart:
        members |= set(max(apart, key=lambda g: weight(g.term)).members)
    return [i for i, (_, words) in enumerate(found) if i not in tied and not members.isdisjoint(words)]
