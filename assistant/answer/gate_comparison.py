"""Whether a passage's document speaks of the other party a comparison question names.

"Er kontingentet højere end i Danmarks Naturfredningsforening?" was answered with § 5, stk. 2's fees:
the passage holds one side of the comparison, and the model weighs the other organisation's name as one
word among several (a compound of known words, "natur" + "fredning" + "forening", is no unknown word).
A comparison needs both sides: a question that compares with a name ("højere end i X", "sammenlignet med
X", "i forhold til X", "adskiller I jer fra X", "forskellen på … og X", "than X", "compared with X",
"differ from X") is answered only where the passage's document names X somewhere (typed in lower case or
with ae/oe/aa, the name is read folded). The comparing words are a closed class of Danish and English
grammar; each name is a run of capitalised words after them, which the question's first word never is, and
every one must be named.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.word_runs import folded_text
from .document_span import document_span
from .retrieve import Query
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
COMPARISON_GATE = "compared_named"
_COMPARES = guarded(re.compile(r"\b(?:end|than|sammenlignet med|sammenlignet|i forhold til|adskiller|adskiler|forskel|"
                       r"forskellen|compared?|compares|comparison|differ|differs|difference|versus|vs)\b",
                       re.IGNORECASE))
# A name: capitalised words, with up to two small words between them ("Danmarks Naturfredningsforening",
# "Landdistrikternes Fællesråd", "Oprør fra Udkanten"); "og" / "and" / "eller" / "or" join two names.
_NAME = re.compile(r"[A-ZÆØÅ][\wæøå-]+(?:(?:\s+(?!(?:og|and|eller|or)\b)[a-zæøå]{1,4}){0,2}\s+[A-ZÆØÅ][\wæøå-]+)*")


def compared_names(question: str) -> list[str]:
    """The names a question compares, folded (none when it compares with no name): those after the
    first comparing word ("forskellen på Balance Danmark og Danmark på Vippen": both)."""
    found = _COMPARES.search(question)
    return [folded_text(name) for name in _NAME.findall(question, found.end())] if found else []


def compared_named(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage's document names the one a question compares with (always, for a question
    that compares with no name)."""
    names = compared_names(question)
    if not names:
        return True
    said = " ".join(folded_text(f"{index.chunk(c).title} {index.chunk(c).text}")
                    for c in document_span(index, chunk_id))
    return all(name in said for name in names)
