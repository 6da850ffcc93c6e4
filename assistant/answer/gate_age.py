"""Whether a passage states the age a "hvor gammel skal man være …?" question asks for.

"Min datter på 14 vil gerne være med til at plante træer. Hvor gammel skal man være for at blive medlem?"
was answered with "Siden foreningen blev stiftet, har medlemmerne plantet 14.300 træer …", and "Jeg er 16 …
Hvor gammel skal man være for at hjælpe med at måle temperaturen?" with the table and the volunteers'
temperature readings: the story's words (træer, frivillige, temperaturen) and the purpose ("blive medlem")
match a passage, and the model has no signal for an age. "Hvor gammel" is a degree phrase, left out of the
words the decision weighs, so nothing asks the passage for an age.

A question for an age one must have – "hvor gammel" with a modal or "for at" after it ("Hvor gammel skal
man være for at blive valgt?"), "aldersgrænse", "minimumsalder", "how old do you have to be", "age limit",
"minimum age" – is answered only by a passage that states an age: a number of years as an age ("16 år",
"18-årige", "over 18 år", "fyldt 15"), or the words for one ("alder", "myndig", "voksne"). An age of a
thing ("Hvor gammel er foreningen?") is told by a year and not checked here.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .age_told import AGE_REACHED
from .age_told import age_told as age_of_told
from .retrieve import Query
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
AGE_GATE = "age_told"
# An age required of the asker: "hvor gammel" followed within a few words by a modal or a purpose, the
# nouns for an age limit, and their English counterparts (Danish with or without æ/ø/å).
_ASKS_AGE = guarded(re.compile(
    r"\bhvor gammel\b(?:\W+\w+){0,3}?\W+(?:skal|skulle|må|maa|bør|boer|kræves|kraeves|for at)\b"
    r"|\b(?:alders?grænsen?|aldersgraensen?|minimumsalder(?:en)?|alderskrav(?:et)?|mindstealder(?:en)?)\b"
    r"|\bhow old (?:do|does|must|should|would|will) (?:[a-z']+ ){1,4}be\b|\bhow old must\b"
    r"|\b(?:age limit|minimum age|age requirement|lower age)\b", re.IGNORECASE))
# An age stated: years as an age, a birthday reached, or the words for an age (Danish and English).
_AGE_TOLD = re.compile(
    r"\b\d{1,3}\s*-?\s*årige?\b|\b\d{1,3} år gammel|\b(?:over|under|fra|mindst) \d{1,3} år\b(?! ad gangen)"
    r"|\b(?:alder|alderen|aldersgrænse\w*|myndig\w*|voksne|mindreårige?)\b|" + AGE_REACHED, re.IGNORECASE)


def asks_required_age(question: str) -> bool:
    """Whether a question asks the age one must have ("Hvor gammel skal man være …?", "age limit")."""
    return bool(_ASKS_AGE.search(question))


def age_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage states an age (always, for a question that asks for none)."""
    if not asks_required_age(question):
        # Any other "hvor gammel …?" is told by an age or a beginning with its year (age_told.py).
        return age_of_told(index, chunk_id, question)
    return bool(_AGE_TOLD.search(index.chunk(chunk_id).text))
