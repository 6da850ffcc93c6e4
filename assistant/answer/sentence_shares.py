"""Whether a sentence states the share of a thing a "hvor stor en del af …?" question asks.

"Hvor stor en del af de tabte træer har medlemmerne erstattet?" asks a share *of* the trees: the
answer is the sentence that puts a fraction on them ("Det svarer dog kun til omkring en tiendedel af
de træer, byerne har mistet"), not the sentence the question's other words find ("Siden foreningen
blev stiftet, har medlemmerne plantet 14.300 træer …", a count) nor a table of another share ("Andel
grønt areal i byzonen … 26 % 21 %", a share of the towns' area). A share of a thing is told by a
fraction or a percentage followed by "af"/"of" and the thing: the question's own word within a few
words after it. The fraction words are Danish and English grammar (ordinal + "del", "halvdel",
"procent"); which thing is asked comes from the query.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .retrieve import Query
from .word_guard import guarded

# "hvor stor en del af …", "hvor meget af …", "hvor mange procent af …", "how big a share of …",
# "what proportion of …", "how much of …": a share of something, read on the casefolded question.
_ASKS_SHARE = guarded(re.compile(
    r"\bhvor (?:stor|store|stort) (?:en |et )?(?:del|andel|part|procentdel)\b|\bhvor (?:meget|mye) af\b"
    r"|\bhvor mange (?:procent|prosent)\b|\bhow (?:big|large|great|small) (?:a )?(?:share|part|proportion|fraction)\b"
    r"|\bwhat (?:share|part|proportion|fraction|percentage)\b|\bhow much of\b"))
# A fraction or a percentage, then "af"/"of" and at most two small words before the thing it is a share of.
_SHARE_OF = re.compile(
    r"(?:\bhalvdel(?:en)?|\b[^\W\d_]*(?:tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende|tyvende"
    r"|hundrede)del(?:en|e|ene)?|\bprocent|\bprosent|\bpercent|%|\bhalf|\bthird|\bquarter|\bfifth|\btenth)"
    r"\s+(?:af|of)\s+(?P<thing>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)", re.IGNORECASE)


def asks_share(question: str) -> bool:
    """Whether a question asks how big a share of something is ("hvor stor en del af …?")."""
    return bool(_ASKS_SHARE.search(question.casefold()))


def share_test(index: Index, query: Query, question: str):
    """The test of a sentence that states a share of a thing the question names; None when the
    question asks no share."""
    if not asks_share(question):
        return None
    own = frozenset(m for g in query.groups for m in (g.term, *g.members))

    def states_share(sentence: str) -> bool:
        return any(own.intersection(index.analyzer.query_terms(word))
                   for m in _SHARE_OF.finditer(sentence) for word in m["thing"].split())
    return states_share
