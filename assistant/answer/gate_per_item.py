"""Whether a passage gives a sum for each one where a question asks the sum for each one.

"How much does each school get from the schoolyard fund?" was answered with "Folketinget bør afsætte en fast
pulje på 50 millioner kroner om året til at gøre skolegårde grønne …", and "What would each new tree cost?" or
"hvor stor en bid af de 450 mio gaar til den enkelte kommune" with the tree plan's 450 millioner: the passage
has the amount, and the money gates ask for an amount, which it has. But the amount is a pool or a total, and
the question divides it by one of a kind ("each school", "per tree", "hver kommune", "den enkelte kommune",
"for one school"): what one gets or costs is not said where the passage gives no sum for each one.

A question for an amount, a price or a count ("how much", "hvad koster", "hvor mange") that says "each",
"every", "per", "hver", "hvert", "pr.", "den enkelte" or "for one" before a noun that is no unit of time
("each year", "hvert år", "per month" ask a sum over time: asked_span.unit_of_time, WordNet's noun.time) is
answered only by a passage that speaks of each one itself – a distributive word ("Hvert medlem har én
stemme", "pr. kvadratmeter") or a sum for a group ("125 kr. for studerende"). Closed classes of Danish and
English grammar; none of the material's words.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.english_forms import ENGLISH_STOPWORDS
from .asked_span import unit_of_time
from .fact_kinds import question_sentence
from .gate_group_price import PRICE_FOR, asks_payers_price
from .one_space import one_space
from .retrieve import Query
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
PER_ITEM_GATE = "per_item"
# One of a kind, each apart, in the question: the distributive determiners of Danish and English, with the
# noun they divide by.
_EACH_ONE = re.compile(r"\b(?:each|every|per|hver|hvert|pr\.|den enkelte|det enkelte|(?:for|til) (?:én|one|a single))"
                       r"\s+(?P<noun>[^\W\d_]{3,})", re.IGNORECASE)
# Each one, in the passage: the same determiners, "stk."/"stykket", and "om året" is no such word.
_EACH_SAID = guarded(re.compile(r"\b(?:per|pr\.|hver|hvert|hvers|enkelte?|stk\.|stykket|each|apiece)(?!\w)",
                                re.IGNORECASE))


def divided_by(question: str) -> str:
    """The noun a question for an amount divides by ("school" in "how much does each school get"), "" where
    it asks for no amount for each one (or for each span of time: "hvert år", "per year")."""
    if not asks_payers_price(question):
        return ""
    asking = question_sentence(one_space(question.strip()))
    for match in _EACH_ONE.finditer(asking):
        noun = match["noun"].casefold()
        if noun in DANISH_STOPWORDS or noun in ENGLISH_STOPWORDS or noun == "især":
            continue
        if not (unit_of_time(noun, english=not re.search(r"[æøå]", noun)) or unit_of_time(noun)):
            return noun
    return ""


def sum_per_item(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage speaks of each one where the question asks an amount for each one (always, for a
    question that asks no amount for each one)."""
    if not divided_by(question):
        return True
    text = index.chunk(chunk_id).text
    return bool(_EACH_SAID.search(text) or PRICE_FOR.search(text))
