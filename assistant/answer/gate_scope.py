"""Whether a passage gives a figure for the year and the place a "hvor mange / hvor meget …?" question names.

"Hvor mange lommeparker er der anlagt i Vejle?" was answered with "… har medlemmerne plantet 14.300 træer
og anlagt 62 lommeparker sammen med kommunerne", "Hvor mange bytræer blev der fældet i løbet af 2024?"
with the tree plan's "100.000 nye bytræer inden 2030", "hvor stor en del af vejle er groent areal" with
the table of all 24 towns: the passage gives a figure of the thing asked about, for another place or
time, or for all of them. The count and money gates take any figure; the model weighs a year or a town as
one word among the question's.

A question for an amount ("hvor mange", "hvor meget", "hvor stor", "how many", "how much") that names a
year ("i 2020", "in 2020") or a place ("i Vejle", "in Aarhus") after its question word is answered only
where a sentence holding the question, or one beside it, names that year and that place. A place before
the question word is the asker's own ("I'm a student in Vejle 🙂 how much is …"); the document's own name
(its title's words) is no place: "hvor mange medlemmer er der i Balance Danmark?" asks of the whole. A
place typed in lower case ("i aarhus") is not read: a word the lemmatiser does not know is as often a
slip ("i sporgeskemaet"). Unless the material writes it only with a capital inside a sentence
(material_names.py): "hvor mange traer blev plantet i vejle" asks of the town the publication names as
its seat ("sekretariatet i Vejle"), and its 14.300 trees are those of all towns.

A past year said relative to now ("sidste år", "i fjor", "last year") is no year the material can
name: "hvor mange traeer blev plantet i esbjerg sidste aar" was answered with the trees planted since the
association was founded. It is a scope the answering sentences must say as such ("sidste år") or by a
year. And a place the asker names before the question is asked about when the question points at it as
the asker's own ("Jeg bor i Aalborg. Hvor meget grønt er der tilbage i min by …?", "… in my town"): the
answer for all 24 towns is not the one for Aalborg.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.word_runs import folded_text
from .checked_sentences import checked_texts
from .figures import YEAR
from .material_names import capitalised_names
from .retrieve import Query

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
SCOPE_GATE = "scope_named"
_ASKS_AMOUNT = re.compile(r"\b(?:hvor\s+(?:mange|meget|mye|stor|store)|how\s+(?:many|much))\b", re.IGNORECASE)
# A place after a preposition of place: "i Vejle", "in Aarhus", "fra Odense", "på Fyn".
_PLACE = re.compile(r"\b(?:i|in|på|paa|fra|from)\s+(?P<place>[^\W\d_]+)")


# A past year relative to now, Danish (also without æ/ø/å) and English. "i år" / "this year" is left out:
# it asks of the present, which the material's present tense answers ("Kontingentet er 250 kr. om året").
_RELATIVE_YEAR = re.compile(r"\b(?:sidste|forrige)\s+(?:år|aar)\b|\bi\s+fjor\b|\b(?:last|previous)\s+year\b",
                            re.IGNORECASE)
# The asker's own place, pointed at from the question: a first-person possessive before a noun of
# settlement (the nouns of Danish and English for a town or a municipality: a closed set).
_OWN_PLACE = re.compile(r"\b(?:min|mit|vores|vor|my|our)\s+(?:by|hjemby|kommune|landsby|bydel|town|city|"
                        r"hometown|village|municipality|neighbourhood|neighborhood)\b", re.IGNORECASE)
# "Any year" in a sentence: a year, or a relative year as the material may say it.
_ANY_YEAR = r"(?:1[89]|20)\d\d|sidste (?:år|aar)|i fjor"
RELATIVE = "relative year"


def asked_scope(question: str, title: str, names: frozenset[str] = frozenset()) -> list[str]:
    """The years and places (folded) an amount question names after its question word, not the
    document's own name: a place before it is the asker's ("Jeg er lærer i Sønderborg. Hvor mange …"),
    unless the question points at it ("… i min by"). A place in lower case counts where `names` (the
    material's names, case-folded) holds it. A year relative to now is RELATIVE."""
    found = _ASKS_AMOUNT.search(question)
    if not found:
        return []
    asked = question[found.end():]
    own = folded_text(title).split()
    places = [m["place"] for m in _PLACE.finditer(asked) if m["place"][0].isupper() or m["place"] in names]
    if _OWN_PLACE.search(asked):
        places += [m["place"] for m in _PLACE.finditer(question[:found.start()]) if m["place"][0].isupper()]
    relative = [RELATIVE] if _RELATIVE_YEAR.search(asked) else []
    return YEAR.findall(asked) + relative + [p for p in map(folded_text, places) if p not in own]


def scope_named(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the sentences answering an amount question name each year and place it names (always,
    for a question that names none)."""
    scope = asked_scope(question, index.chunk(chunk_id).title,
                        capitalised_names(index) if _ASKS_AMOUNT.search(question) else frozenset())
    if not scope:
        return True
    texts = [folded_text(text) for text in checked_texts(index, chunk_id, query)]
    return all(any(re.search(rf"\b{_ANY_YEAR if s == RELATIVE else re.escape(s)}", text) for text in texts)
               for s in scope)
