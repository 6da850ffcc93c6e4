"""Whether a sentence states the amount a "hvor meget …?" / "how much …?" question asks.

"Hvor meget grønt er der forsvundet i storbyerne?" asks an amount of the thing it names, and a
figure that counts another noun is no answer to it: "byerne har mistet grønt areal i alle 24
kommuner" counts municipalities, while the table beside it ("Store byer 26 % 21 %") states the
amount. A figure tells the amount asked when a unit or share follows it ("21 %", "450 millioner"),
when the question's own words follow it, or when nothing does; a figure followed by another content
word counts that word's thing, and a year is a time. Number words ("en tiendedel") are read as
figures, as fact_kinds reads them. The question words are grammar; which nouns are the question's
comes from its query.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .fact_kinds import asked_types
from .figures import counted_noun, has_figure
from .retrieve import Query

# "hvor meget" and its Norwegian and English forms; read on the casefolded question.
_HOW_MUCH = re.compile(r"\b(?:hvor (?:meget|mye)|how much)\b")
_WORDS = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+|%")
_DIGITS = re.compile(r"\d")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A statute's own numbering is no figure ("§ 7", "stk. 2").
_NUMBERING = re.compile(r"§\s*\d+\s*[a-zæøå]?\b|\bstk\.?\s*\d+\.?", re.IGNORECASE)
# The words after a figure that say what kind of amount it is, not what it counts: units of share,
# size and money ("procent", "millioner kroner", "kvadratmeter").
_UNIT = re.compile(r"(?:procent|prosent|percent|pct|%|mio|mia|millioner?|milliard(?:er)?|tusinde?|hundrede?"
                   r"|kr|kroner|euro|meter|m|km|kilometer|kvadratmeter|m2|hektar|ha|grader|ton|tons)$",
                   re.IGNORECASE)


def amount_test(index: Index, query: Query, question: str):
    """The test of a sentence that states the amount a "hvor meget X?" question asks; None when the
    question asks no amount of that kind (a price and a count have their own tests)."""
    text = question.casefold()
    if not _HOW_MUCH.search(text) or counted_noun(question):
        return None
    if asked_types(question).price:
        return None
    own = frozenset(m for g in query.groups for m in (g.term, *g.members))

    def states_amount(sentence: str) -> bool:
        words = _WORDS.findall(_NUMBERING.sub(" ", sentence))
        if not any(_DIGITS.match(w) for w in words):
            return has_figure(sentence)
        for i, word in enumerate(words):
            if not _DIGITS.match(word) or _YEAR.fullmatch(word):
                continue
            after = words[i + 1] if i + 1 < len(words) else ""
            if not after or _DIGITS.match(after) or _UNIT.match(after):
                return True
            terms = index.analyzer.query_terms(after)
            if not terms or own.intersection(terms):
                return True
        return False
    return states_amount
