"""Someone's guess after the question: "how many people sit on the board? my wife thinks it's like
12", "Hvornår blev foreningen stiftet? Min nabo siger 2015.".

The visitor asks, then tells what someone else guessed the answer to be. The guess is what the
answer settles, not part of what is asked: read with the question, its figure or name, which is
often wrong and so named nowhere in the material, counted as a thing the question needs, and the
question was declined although the material answers it. The sentence after the question that is
all a report of what someone says or thinks the answer is (who, a verb of the closed class of
reporting verbs, hearsay.py, then a figure or the answer as "it"/"det") is taken off, unless the
question before it asks nothing but whether it holds ("Passer det? Min nabo siger, at I er et
parti.": there the report is the question).
"""
from __future__ import annotations

import re

from .hearsay import CHECKS, DANISH_REPORTS, ENGLISH_REPORTS
from .hedges import compile_danish

# Who reports: one to four words, not a question word (the sentence would be a question of its own)
# nor the visitor ("Jeg tror ikke, jeg har råd": the first person tells their own situation).
_GUESS = compile_danish(
    r"(?<=\?)\s+(?!(?:hv|wh|how\b)\w*)(?!(?:jeg|vi|i|we)\b)(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+(?:-[^\W\d_]+){0,2}\s+"
    rf"(?:{DANISH_REPORTS}|{ENGLISH_REPORTS}),?\s+(?:(?:that|at)\s+)?"
    # The guess is of the answer: a figure, or the answer referred to by the neuter pronoun ("it's
    # like 12", "det er en fra Aarhus"); "he was there in 2019" tells of someone, not the answer.
    r"(?:(?:it'?s|it|det|den)(?:\s+(?:is|was|er|var))?\s+|(?=(?:like|about|around|over|under|omkring|cirka|ca\.)?\s*\d))"
    r"[^?]*$", re.IGNORECASE)
_ONLY_CHECK = compile_danish(rf"^\W*(?:{CHECKS})\W*$", re.IGNORECASE)


def without_guess(text: str) -> str:
    """The message without a report of someone's guess after its question."""
    found = _GUESS.search(text)
    if found is None or _ONLY_CHECK.match(text[:found.start()]):
        return text
    return text[:found.start()]
