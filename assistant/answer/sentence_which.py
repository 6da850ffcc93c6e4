"""Which-questions: the sentence beside the chosen one that names the kind asked ("Hvilken bank …?").

"Hvilken bank var med til at starte Danmark på Vippen?" finds "Balance Danmark startede i 2014 under
navnet Danmark på Vippen …" by its other words; the bank is named in the next sentence ("Bag
initiativet stod Danske Andelskassers Bank, …"), which holds only the noun asked and so weighs too
little to follow on its own. The noun after "hvilken/hvilket/hvilke/which" names the kind of thing
asked, so a sentence beside the chosen one that holds it (itself or through its stand-ins, as
"pengeinstitut" holds "bank") holds the kind of fact asked, as a time does for "hvornår?".

A noun the material has no word for ("Which companies were involved in starting Danmark på Vippen?":
"companies" reaches none of its terms) still asks to have things named: then the sentence beside that
enumerates names the question does not have ("Danske Andelskassers Bank, Jøp, Ove & Myrthu og en
række kommuner") holds the kind of fact asked.
"""
from __future__ import annotations

import re
from functools import partial

from ..index.bm25 import Index
from .fact_kinds import NAME
from .retrieve import Query
from .sentence_lists import asks_which_ones, listed_items
from .word_class import adjective

_WORD = re.compile(r"[^\W\d_]+")
_WHICH = re.compile(r"\b(?:hvilken|hvilket|hvilke|which)\s+(?P<noun>[^\W\d_]{3,})(?:\s+(?P<next>[^\W\d_]{3,}))?",
                    re.IGNORECASE)


def which_noun_test(index: Index, query: Query, questions: tuple[str, ...], unit: set[str]):
    """Whether a sentence holds the noun a which-question asks about (None when no question of
    `questions` -- the question as put and as read -- asks one among the query's terms; nor for the
    noun that names the answer's unit, "hvilket år?")."""
    for question in questions:
        m = _WHICH.search(question)
        if not m:
            continue
        # "Hvilke nye uddannelser …?": an adjective first only qualifies the noun after it.
        noun = m["next"] if m["next"] and adjective(m["noun"].casefold()) else m["noun"]
        terms = set(index.analyzer.query_terms(noun)) - unit
        members = frozenset(x for g in query.groups if g.term in terms for x in g.members)
        if members:
            return lambda sentence: bool(members.intersection(index.analyzer.document_terms(sentence)))
    if any(_WHICH.search(q) for q in questions) and asks_which_ones(questions[0]):
        return partial(_names_others, {w.casefold() for q in questions for w in _WORD.findall(q)})
    return None


def _names_others(asked: set[str], sentence: str) -> bool:
    """Whether a sentence enumerates things and names one the question does not."""
    return listed_items(sentence) > 1 and any(m.group(0).casefold() not in asked for m in NAME.finditer(" " + sentence))
