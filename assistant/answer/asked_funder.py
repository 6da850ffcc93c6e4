"""Who paid for something: the question that asks for a funder, and the material's words of funding.

"Hvem har givet penge til kortlægningen?", "Who put up the money for the study?": the visitor names
the paying in everyday words, while the publication says "Kortlægningen er finansieret af Fonden for
Bynatur". The search ranks first the passages that repeat "penge" or "givet" (the economy page, the
statutes' fortune), and the one that tells who paid falls below the passages the decision weighs.
The asking is read here from the grammar of Danish and English questions (a question word, then a
verb of paying: "hvem har betalt for", "hvilken fond har givet penge til", "who funded"); the words
a passage tells funding with are the thesaurus's (mythes-da) entry of "finansiere" ("bekoste",
"betale"), not a list of this module's own. Each pattern has its test (tests/answer/test_asked_funder.py).
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language import thesaurus
from ..language.folding import danish_letters
from .one_space import one_space

# Read on the question casefolded, with ae/oe/aa read as æ/ø/å: a question word ("hvem", "hvilken
# fond", "who", "which bank"), at most three words (an auxiliary, a subject: "har I", "did you"), and
# a verb of paying, or of giving money ("givet penge", "put up the money"). Not in the passive: "Hvilken
# dato skal kontingentet være betalt?" asks when, "Who was paid …?" who received the money.
_PASSIVE = r"(?:være|blive|bliver|blevet|blev|er|var|be|been|being|is|are|was|were)"
_ASKS_FUNDER = re.compile(
    r"\b(?:hvem|hvilke[nt]?\s+\w+|who|which\s+\w+)\b(?:\s+(?!" + _PASSIVE + r"\b)\w+){0,3}?\s+"
    r"(?:betal(?:t|te|er|e)|(?:givet|gav|giver|give)\s+(?:\w+\s+)?penge|sponsore(?:ret|rede|rer|re)"
    r"|finansie(?:ret|rede|rer|re)|bekoste(?:t|de)?"
    r"|paid|pays?|funded|funds?|financed|finances|sponsored|sponsors|(?:put|puts)\s+up\s+the\s+money"
    r"|(?:gave|give|gives)\s+(?:\w+\s+)?money)\b")
# The word whose thesaurus entry names the material's words of funding.
FUNDING_WORD = "finansiere"


def asks_funder(question: str) -> bool:
    """Whether the question asks who paid for something ("Hvem har betalt for undersøgelsen?")."""
    return bool(_ASKS_FUNDER.search(danish_letters(one_space(question.casefold()))))


def funding_terms(index: Index) -> frozenset[str]:
    """The index terms of "finansiere" and its thesaurus synonyms that the material uses, once per index."""
    found = index.memo.get("funding_terms")
    if found is None:
        words = {FUNDING_WORD, *thesaurus.synonyms(FUNDING_WORD)}
        found = index.memo["funding_terms"] = frozenset(
            t for word in words if word.isalpha() for t in index.analyzer.query_terms(word) if t in index.term_ids)
    return found
