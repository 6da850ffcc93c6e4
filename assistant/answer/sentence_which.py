"""Which-questions: the sentence beside the chosen one that names the kind asked ("Hvilken bank …?").

"Hvilken bank var med til at starte Danmark på Vippen?" finds "Balance Danmark startede i 2014 under
navnet Danmark på Vippen …" by its other words; the bank is named in the next sentence ("Bag
initiativet stod Danske Andelskassers Bank, …"), which holds only the noun asked and so weighs too
little to follow on its own. The noun after "hvilken/hvilket/hvilke/which" names the kind of thing
asked, so a sentence beside the chosen one that holds it (itself or through its stand-ins, as
"pengeinstitut" holds "bank") holds the kind of fact asked, as a time does for "hvornår?".
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .retrieve import Query
from .word_class import adjective

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
    return None
