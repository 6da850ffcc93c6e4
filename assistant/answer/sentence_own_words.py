"""How many of the question's words a sentence holds in their own form, not through a stand-in.

A query term reaches a sentence through its members: the word itself, its inflections and
compounds ("melder … ind" → "Indmeldelse"), and stand-ins from the thesaurus ("optages"). The
search weighs them alike, so two sentences of a passage may hold a question equally: "Hvordan melder
man sig ind i foreningen?" ties "Som medlem kan optages enhver person …" (a stand-in) with
"Indmeldelse sker på foreningens hjemmeside …" (the question's own verb, made a noun). Of sentences
tied on everything else, the one that writes the question's own word tells what was asked; the
stand-in only tells of something near it. A member holds the word when the query term is a part of
it (a compound or derivation of the word, as written in the index), which a thesaurus stand-in is not.
"""
from __future__ import annotations

from ..index.bm25 import Index
from .retrieve import Query
from .sentence_evidence import sentences
from .sentence_neighbours import Candidate


def own_words(index: Index, query: Query, candidate: Candidate) -> int:
    """The number of the question's terms the candidate sentence holds by a word that contains the
    term itself ("indmeld" for "meld"), not only by a stand-in ("optag")."""
    if not candidate.named:
        return 0
    terms = sentences(index, candidate.hit.chunk_id)[candidate.pos][1]
    return sum(1 for g in query.groups if g.term in candidate.named
               and any(g.term in word for word in terms if word in g.members))
