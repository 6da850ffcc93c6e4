"""A question's grammar words that search reads as content, left out where the decision weighs it.

"Hvad sparer kommunerne penge på ifølge rapporten?", "Hvor meget grønt er der tilbage ifølge
undersøgelsen?": "ifølge" and the body it names say whose claim is asked for, the material's own
("rapporten" is the publication asked, "foreningen" the organisation whose page it is), not what the
claim is about; the passage that answers holds neither, and the decision read the two as content words
it lacked. Search still uses them; only the decision (decision_terms.weighed_query) leaves their terms
out.

Adverbs that only colour a question were tried alike and left as content (docs/benchmarks.md, runde
enogtredive): the particle "så", "gerne", "helt", "ude i", "imod" and "det hele" are missing from an
answer as often as from a question put to the wrong material ("Jeg har ikke betalt i et halvt år – er
jeg så stadig medlem?" of the Om page), and the decision's declines of such questions rested on them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..language.analysis import Analyzer
from ..language.folding import danish_letters
from .document_self import definite_form

# "ifølge" (also "ifolge" typed without ø) and the source after it: a definite noun ("rapporten",
# "undersøgelsen", "foreningen"), after an optional demonstrative or possessive. A noun that a
# relative clause picks out ("ifølge den fond, der betalte") is another body, and stays content.
_ACCORDING = re.compile(r"\bif(?:ø|o)lge\s+(?:(?:den|det|de|denne|dette|jeres|deres)\s+)?"
                        r"(\w+)\b(?!\s*,?\s*(?:der|som)\b)")
# Questions whose words, read once, are the same a few times over (decision and training).
MEMO_SIZE = 256


@lru_cache(maxsize=MEMO_SIZE)
def grammar_words(question: str) -> tuple[str, ...]:
    """The question's words that are grammar, not content: "ifølge" with the definite noun it names
    as the source (also typed without ø)."""
    text = danish_letters(question.casefold())
    found: list[str] = []
    for match in _ACCORDING.finditer(text):
        found.append("ifølge")
        if definite_form(match.group(1)):
            found.append(match.group(1))
    return tuple(found)


def grammar_terms(analyzer: Analyzer, question: str) -> frozenset[str]:
    """The query terms of grammar_words (the analyser reads "ifølge" and "ifolge" apart)."""
    words = grammar_words(question)
    spellings = {*words, *("ifolge" for w in words if w == "ifølge")}
    return frozenset(t for w in spellings for t in analyzer.query_terms(w))
