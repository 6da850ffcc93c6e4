"""Which-questions: the sentence beside the chosen one that names the kind asked ("Hvilken bank …?").

"Hvilken bank var med til at starte Danmark på Vippen?" finds "Balance Danmark startede i 2014 under
navnet Danmark på Vippen …" by its other words; the bank is named in the next sentence ("Bag
initiativet stod Danske Andelskassers Bank, …"), which holds only the noun asked and so weighs too
little to follow on its own. The noun after "hvilken/hvilket/hvilke/which" names the kind of thing
asked, so a sentence beside the chosen one that holds it (itself or through its stand-ins, as
"pengeinstitut" holds "bank", or as the head of a compound, as "planloven" holds "lov") holds the kind
of fact asked, as a time does for "hvornår?".

A noun the material has no word for ("Which companies were involved in starting Danmark på Vippen?":
"companies" reaches none of its terms) still asks to have things named: when the chosen sentences name
nothing the question and the title lack, the sentence beside that enumerates such names ("Danske
Andelskassers Bank, Jøp, Ove & Myrthu og en række kommuner") holds the kind of fact asked.
"""
from __future__ import annotations

import re
from functools import partial

from ..index.bm25 import Index
from .fact_kinds import NAME
from .retrieve import Query
from .sentence_lists import asks_which_ones, listed_items
from .sentence_names import given_name_words
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
        # A noun the material has only as the head of a compound names the kind there: "I hvilken lov
        # …?" is answered by "… skrives ind i planloven" ("planlov" ends in "lov").
        heads = {g.term for g in query.groups if g.term in terms and len(g.term) >= MIN_HEAD}
        if heads:
            return partial(_holds_head, index, frozenset(heads))
    return None


def which_noun_stands_in(index: Index, query: Query, questions: tuple[str, ...]) -> bool:
    """Whether the which-noun reaches the material only through a thesaurus stand-in ("sager" found as
    "historie", TermGroup.scale < 1): a guess at the noun, so a list of names beside is no evidence
    that names are asked for."""
    for question in questions:
        m = _WHICH.search(question)
        if m:
            noun = m["next"] if m["next"] and adjective(m["noun"].casefold()) else m["noun"]
            terms = set(index.analyzer.query_terms(noun))
            return any(g.scale < 1 for g in query.groups if g.term in terms and g.members)
    return False


# The shortest head and the shortest first part of a compound that names the kind asked.
MIN_HEAD = 3


def _holds_head(index: Index, heads: frozenset[str], sentence: str) -> bool:
    return any(term.endswith(head) and len(term) - len(head) >= MIN_HEAD
               for term in index.analyzer.document_terms(sentence) for head in heads)


def unnamed_which_test(questions: tuple[str, ...], known: str, chosen: list[str], asks_a_name: bool = False):
    """For a which-question whose noun reaches no word of the material ("which companies"), the test of
    a sentence that enumerates at least two names neither the question nor `known` (the document's
    title: the organisation's own name answers no "which") has; None when the question asks no such
    thing or a `chosen` sentence already names one (`asks_a_name`: the question asks for a name, so a
    name a sentence gives its subject counts)."""
    if not (any(_WHICH.search(q) for q in questions) and asks_which_ones(questions[0])):
        return None
    seen = {w.casefold() for text in (*questions, known) for w in _WORD.findall(text)}
    # A name the sentence gives as its subject's name ("under navnet Danmark på Vippen") is no answer,
    # unless a name is what is asked ("Under which name did it start out?").
    if any(_other_names(seen | (set() if asks_a_name else given_name_words(sentence)), sentence)
           for sentence in chosen):
        return None
    return partial(_enumerates_others, seen)


# A capitalised word with a figure right after it labels a table's row ("Store byer 26 % 21 %"), no name.
_ROW_LABEL = re.compile(r"\s+(?:[^\W\d_]+\s+)?\d")


def _other_names(seen: set[str], sentence: str) -> int:
    text = " " + sentence
    return sum(m.group(0).casefold() not in seen and not _ROW_LABEL.match(text, m.end())
               for m in NAME.finditer(text))


def _enumerates_others(seen: set[str], sentence: str) -> bool:
    """Whether a sentence enumerates things and names at least two the question does not."""
    return listed_items(sentence) > 1 and _other_names(seen, sentence) > 1
