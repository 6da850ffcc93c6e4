"""How long: whether a question asks for a duration, and whether a text tells one.

"How long did each interview take?", "Hvor lang tid varede interviewene?" ask for the length of an event
(a verb of lasting or taking: "tage", "vare", "take", "last"), which a year or a figure of another thing
("Interviews med byplanlæggere i 24 kommuner") does not give. Such a
duration is told by a figure and a unit of time ("for to år ad gangen", "med en måneds varsel", "14
dages varsel", "over ti år"), or by a span between two times ("mellem september 2024 og januar 2025").
Any other how long ("Hvor længe har I eksisteret?", "hvor længe nåede I at hedde noget andet?") asks
the length of a state, which the years that bound it tell as well ("startede i 2014", "i slutningen af
2018 ændrede navn"): SO_FAR. "Hvor længe siden …?" / "how long ago …?" asks for a time, not a length.
The words are closed classes of Danish and English grammar: units of time, numerals, verbs of lasting.
"""
from __future__ import annotations

import re

from .word_guard import guarded

DURATION, SO_FAR = "varighed", "varighed eller år"

_ASKS_DURATION = re.compile(r"\b(?:hvor (?:længe|laenge|lenge|lang tid|lang en periode)|how long|how much time"
                            r"|for hvor (?:lang|længe|laenge))\b(?! (?:siden|ago)\b)", re.IGNORECASE)
# The perfect ("har … været", "have been", "har heddet", "has it taken"): how long up to now, which the year
# it began tells, whatever the verb.
_PERFECT = re.compile(r"\b(?:har|have|has|haft|hatt)\b", re.IGNORECASE)
# The verbs of lasting and taking time: the question asks the length of an event itself. Not the time one
# spends on a task ("bruge", "spend"): "How long did the association spend collecting its data?" is
# answered by the period the data were collected in, which may stand only as its years.
_LASTING = re.compile(r"\b(?:tage|tager|tog|taget|vare|varer|varede|varet|take|takes|took|taken|last|lasts"
                      r"|lasted)\b", re.IGNORECASE)
_FIGURE = (r"(?:\d[\d.,]*|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|fjorten|femten|tyve"
           r"|tredive|halvtreds|hundrede|nogle|få|flere|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
           r"|twelve|fifteen|twenty|several|few)")
# The units with their Danish case and number endings, also typed without æ/ø/å ("maaneder", "aar").
_UNIT = (r"(?:sekund(?:er|ers|s)?|minut(?:ter|ters|s)?|time(?:r|rs|s)?|døgn|dag(?:e|es|s)?|uge(?:r|rs|s)?"
         r"|(?:måned|maaned)(?:er|ers|s)?|kvartal(?:er|ers|s)?|halvår|(?:år|aar)(?:s)?|seconds?|minutes?|hours?"
         r"|days?|weeks?|months?|quarters?|years?)")
_LENGTH_OF_TIME = guarded(re.compile(rf"\b{_FIGURE}\s+{_UNIT}\b", re.IGNORECASE))
# A span between two times: "mellem september 2024 og januar 2025", "from 2014 to 2018".
_SPAN = re.compile(r"\b(?:mellem|between|fra|from)\s+[^.;:!?]{1,30}?\b(?:19|20)\d\d\b[^.;:!?]{0,10}?"
                   r"\b(?:og|and|til|to|until)\s+[^.;:!?]{0,20}?\b(?:19|20)\d\d\b", re.IGNORECASE)
# A year: how long up to now is told by when it began, whatever the verb ("startede i 2014", "I 2017 blev
# bevægelsen … en del af", "i slutningen af 2018 ændrede navn").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def duration_kind(question: str) -> str:
    """DURATION for how long an event or an activity took ("Hvor lang tid varede interviewene?", "How long
    did each interview take?"), SO_FAR for any other how long ("Hvor længe har I eksisteret?", "hvor
    længe nåede I at hedde noget andet?": a state's length, which the years that bound it tell), "" for
    no duration asked (nor "how long ago")."""
    if not _ASKS_DURATION.search(question):
        return ""
    return DURATION if _LASTING.search(question) and not _PERFECT.search(question) else SO_FAR


def tells_duration(text: str, kind: str = DURATION) -> bool:
    """Whether a text tells a length of time (a figure and a unit of time, or a span between two
    years); for a state's length (SO_FAR), a year does too."""
    return bool(_LENGTH_OF_TIME.search(text) or _SPAN.search(text) or kind == SO_FAR and _YEAR.search(text))
