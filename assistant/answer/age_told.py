"""Whether a passage tells the age a "hvor gammel …?" / "how old …?" question asks for.

"Hvor gamle var de medlemmer, der svarede?" was answered with the publication's method ("en
spørgeskemaundersøgelse blandt 1.412 medlemmer …, mellem september 2024 og januar 2025"), "How old was
Oprør fra Udkanten when it joined you?" with "I 2017 blev bevægelsen Oprør fra Udkanten en del af …": the
quantity check (fact_kinds) takes any figure for the degree "hvor gammel", and a year or a count is no age.

An age is told in one of two ways. As an age: a number of years as one ("16 år", "18-årige", "fyldt 15", "Kari
Holm (58)", gate_age's words for an age). Or, for a thing or an organisation, as the time it began, from which
its age follows: one sentence holding a year and a verb or noun of beginning ("Balance Danmark startede i
2014", "Vedtaget på den stiftende generalforsamling 12. marts 2019"). A sentence that dates something else –
when the survey ran, when a movement joined – tells no age, nor does a beginning without a year ("Siden
foreningen blev stiftet, har medlemmerne plantet 14.300 træer"). The degree phrase is Danish and English
grammar; the words of beginning are the stems of the verbs Danish and English found, start and set up with (a
closed class, each tested in tests/answer/test_asked_age.py).
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .figures import YEAR
from .sentence_evidence import sentences
from .word_guard import guarded

# "Hvor gammel er foreningen?", "hvor gamle var de …", "How old was …?" (Danish with or without æ/ø/å).
_ASKS_AGE = guarded(re.compile(r"\bhvor (?:gammel|gamle|gammelt)\b|\bhow old\b", re.IGNORECASE))
# An age told as an age: years as an age, a birthday reached, or the words for one (as gate_age reads them).
# Danish and Norwegian write it many ways, all told by grammar, not by a list of ages: a count of years in
# digits ("74 år", "18-årige", "17-åringen", "i 60-årene"), a count in words before "år gammel/gamle" ("tjue
# år gammel", "den over 900 år gamle kirke"), a child "på fire år", and a news text's age in brackets after a
# name ("Kristoffer Lausund (38)"). The answerability model is measured on NorQuAD's Norwegian news.
# A birthday reached and the English words for an age: told alike where an age limit is asked (gate_age.py).
AGE_REACHED = r"\bfyldt \d{1,3}\b|\bfylder \d{1,3}\b|\b\d{1,3} years old\b|\b(?:aged?|adults?|minors?)\b"
_AGE = re.compile(
    r"\b\d{1,3}\s*-?\s*år(?:ig|ing)\w*|\b\d{1,3} år\b|\b[^\W\d_]+ år(?: \d+ dager)? gam(?:mel|le|melt)\b"
    r"|\bpå [^\W\d_]+ år\b|\b[A-ZÆØÅ][^\W\d_]+ \(\d{1,3}\)"
    r"|\b(?:alder|alderen|myndig\w*|voksne|mindreårige?)\b|" + AGE_REACHED, re.IGNORECASE)
# The words of a beginning: Danish stifte/starte/grundlægge/etablere/oprette/danne and their nouns, English
# found/start/establish/set up (a closed class of the grammar's beginnings).
_BEGINNING = re.compile(
    r"\b(?:stift\w*|start\w*|grundlag\w*|grundlæg\w*|etabler\w*|oprett\w*|dannet|dannede|opstod|begyndte"
    r"|founded|founding|started|establish\w*|set up)\b", re.IGNORECASE)


def asks_age(question: str) -> bool:
    """Whether a question asks how old someone or something is ("hvor gammel", "how old")."""
    return bool(_ASKS_AGE.search(question))


def age_told(index: Index, chunk_id: int, question: str) -> bool:
    """Whether one of the passage's sentences tells an age, or a beginning with its year (always, for a
    question that asks no age)."""
    if not asks_age(question):
        return True
    return any(_AGE.search(text) or YEAR.search(text) and _BEGINNING.search(text)
               for text, _ in sentences(index, chunk_id))
