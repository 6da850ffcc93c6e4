"""Whether a who-question stands inside a message, after what opens it.

fact_kinds.asked_types reads a person asked where "hvem"/"who" opens the message or its asking
sentence. A visitor often puts the question after a remark in the same sentence, or after a
conjunction: "I'm a journalist, kinda new to this topic – who actually got the whole thing going
back in 2014?", "Jeg ved godt, at I skiftede navn i 2018. Og hvem kom med samtidig?". The
interrogative then opens a clause: after a dash, colon or semicolon, or after a coordinating
conjunction. A comma is left out: English puts a relative "who" after one ("my uncle, who lives in
Skive, asks …"), which asks no one.
"""
from __future__ import annotations

import re

from .word_guard import guarded

# The interrogative after a clause boundary: sentence start, a dash, colon or semicolon, or "og"/"and"/
# "men"/"but"/"so"/"så" opening the clause (the closed class of Danish and English coordinators). A
# preposition may govern it: "Hvornår blev I grundlagt, og af hvem?", "… and by whom?" ask the agent
# of the clause before, as "og hvem" asks its subject (the prepositions a person is asked with).
_WHO_OPENS = guarded(re.compile(r"(?:^|[.!?:;–—]\s*|\s-\s+|(?:^|[.!?:;–—]\s*|\s)(?:og|and|men|but|so|så)\s+)"
                                r"(?:(?:af|med|fra|by|with|from)\s+)?(?:hvem|who|whom)\b", re.IGNORECASE))


def who_opens_clause(question: str) -> bool:
    """Whether "hvem"/"who" opens a clause of the message: its first word, or after a dash, colon,
    semicolon or coordinating conjunction ("… – who got it going?", "Og hvem kom med?"), alone or
    after a preposition ("…, og af hvem?", "… and by whom?")."""
    return bool(_WHO_OPENS.search(question.strip()))
