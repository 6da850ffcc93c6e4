"""Someone's guess told before the question: "min far siger at det var Nordea. hvem var det så?",
"My friend reckons it's 200. How much is it?".

The visitor tells what someone else takes the answer to be, then asks for the answer. The guess
is what the answer settles, as one told after the question is (reported_guess.py): read with the
question, its name or figure, often wrong and so named nowhere in the material, counted as a thing
the question needs, and the question was declined though the material answers it. The sentence
before the question that is all a report of someone's guess of the answer -- who, a reporting verb
(hearsay.py, a closed class), then the answer as "it"/"det"/"den" ("det var Nordea", "it's 200") --
is taken off when a question asked by a question word follows. A report of anything else ("min
nabo siger, at de fleste ligger i Vejle", "… at det var Nordea, der startede jer") tells what the
question is about and stays.
"""
from __future__ import annotations

import re

from .hearsay import DANISH_REPORTS, ENGLISH_REPORTS
from .hedges import compile_danish

# Who reports: one to four words, not a question word nor the visitor ("Jeg tror, det var …" is the
# visitor's own thought, which the material may settle as it is).
_GUESS = compile_danish(
    r"^\s*(?!(?:hv|wh|how\b)\w*)(?!(?:jeg|vi|i|we)\b)(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+(?:-[^\W\d_]+){0,2}\s+"
    rf"(?:{DANISH_REPORTS}|{ENGLISH_REPORTS}),?\s+(?:(?:that|at)\s+)?"
    # The answer referred to by the pronoun and a copula: "det var Nordea", "it's like 12"; not a
    # cleft ("det var Nordea, der startede jer"), whose clause names what the question is about.
    r"(?:it'?s|it\s+(?:is|was)|(?:det|den)\s+(?:er|var))\s+(?:(?!,?\s+(?:der|som|who|which|that)\b)[^.!?])*[.!]\s+"
    # A question asked by its question word follows.
    r"(?=(?:og\s+|and\s+|men\s+|but\s+)?(?:hv|wh|how\b)[^?]*\?)", re.IGNORECASE)


def without_guess_before(text: str) -> str:
    """The message without a report of someone's guess of the answer before its question."""
    found = _GUESS.match(text)
    return text[found.end():] if found else text
