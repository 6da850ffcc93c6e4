"""Whether a passage reports the view of the one a question asks about ("Hvad mener kommunerne om …?").

"Hvad synes kommunerne selv om jeres anbefalinger?" was answered with "Vi giver otte anbefalinger til
kommuner, boligselskaber og Folketinget", "What did the municipalities say in the interviews?" with
"Interviews med byplanlæggere i 24 kommuner": the passage names the holder and the topic, but not what
the holder thinks. A question for a third party's view is answered by a sentence that reports one, by a
verb of saying, thinking or wanting ("Samtidig siger 8 ud af 10 medlemmer, at de ønsker mere natur").

The organisation's own view ("Hvad mener I om …?", "Hvad er jeres holdning til …?", "What does your
report say about …?") is what all its material states, and is not checked here. The holder is read by
grammar: the subject between the verb of opinion and "om" / "about", or the owner of "holdning" /
"position"; the self is the closed class of pronouns for the one asked, and the organisation's own
names for itself and its writings.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .checked_sentences import checked_texts
from .retrieve import Query

_ASKS_VIEW = re.compile(
    r"\bhva?d?\s+(?:mener|mente|synes|syntes|tænker|taenker|tror|siger|sagde)\s+(?P<da>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)"
    r"(?:\s+selv)?\s+(?:om|til)\b"
    r"|\bhva?d?\s+er\s+(?P<owner>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?:holdning|holdninger|syn|standpunkt)\s+(?:til|på|om)\b"
    r"|\bwhat\s+(?:do|does|did)\s+(?P<en>[a-z']+(?:\s+[a-z']+){0,3}?)\s+(?:think|say|feel)\b"
    r"|\bwhat\s+(?:is|are|was)\s+(?P<en_owner>[a-z']+(?:\s+[a-z']+){0,3}?)(?:'s|’s)?\s+(?:view|views|opinion|position|stance)\b",
    re.IGNORECASE)
# The one asked, in the closed classes of pronouns, and the organisation's names for itself and its writings:
# "Hvad siger vedtægterne om kontingent?" asks what the material says, not a third party's view.
_SELF = frozenset("i du jeg vi man jer jeres din dit dine foreningen foreningens organisationen organisationens "
                  "rapporten rapportens publikationen publikationens anbefalingerne vedtægterne vedtægternes "
                  "vedtaegterne reglerne paragraffen materialet siden hjemmesiden you your yours we our it its "
                  "association association's report report's publication organisation organization statutes "
                  "statute bylaws rules paragraph page website".split())
# A view reported: the verbs of saying, thinking, wanting and backing (Danish, Norwegian, English).
_REPORTS_VIEW = re.compile(
    r"\b(?:siger|sagde|sagt|svarer|svarede|mener|mente|synes|syntes|ønsker|ønskede|ønsket|håber|håbede|vil|ville"
    r"|støtter|støttede|bakker op|bakkede op|kritiserer|kritiserede|foreslår|foreslog|peger på|pegede på"
    r"|fortæller|fortalte|vurderer|vurderede|er (?:imod|enige|uenige)|sier|ønsker|says|said|think|thinks|want|wants)\b",
    re.IGNORECASE)
# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
OPINION_GATE = "view_reported"


def asked_holder(question: str) -> str:
    """The one whose view a question asks ("kommunerne" in "Hvad synes kommunerne selv om …?"); "" when
    it asks none, or asks the organisation's own."""
    found = _ASKS_VIEW.search(question)
    if not found:
        return ""
    holder = next(g for g in found.groups() if g).casefold()
    words = [w for w in holder.split() if w != "the"]
    return "" if not words or words[0] in _SELF or words[-1] in _SELF else holder


def view_reported(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage reports a view where it answers a question for a third party's view (always,
    for a question that asks none)."""
    if not asked_holder(question):
        return True
    return any(_REPORTS_VIEW.search(text) for text in checked_texts(index, chunk_id, query, near=False))
