"""A question's compound searched as the material's compound of the same head whose first part the
thesaurus makes kin.

A visitor asks whether the association will strengthen the local "industriklynger"; the Om page says
"erhvervsklynger". The decision already reads such a word as held by a passage with a compound of the
same head (sibling_compounds.py), but the search had nothing for it: the material has neither the word
nor a part of it alone, so the passage that answers was found, if at all, only by the question's other
words. Here the material's sibling compound stands in for the word, as weakly as any thesaurus word
(retrieve.STAND_IN_SCALE), where the two first parts are kin in mythes-da ("industri" and "erhverv",
"branche" and "erhverv", "lov" and "vedtægt": thesaurus_kin.kindred). It is the mirror of
first_part_compounds.py (the same first part, a synonymous head).

A shared head alone is not enough: "studiepladser" are no "arbejdspladser", an "aktieselskab" no
"boligselskab" and a "velkomstbrev" no "nyhedsbrev" (each a sibling the decision would accept, measured
on the dev sets: as many wrong as right); the first parts must be kin.
"""
from __future__ import annotations

import os
from collections.abc import Sequence

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language.background import danish_spellings
from ..language.derivation import is_word
from ..language.phrase_compounds import LINKS
from ..language.thesaurus_kin import kindred
from .first_part_compounds import first_part_compounds

_MEMO = "kin_siblings"
MEMO_SIZE = 4096


def compound_stand_ins(index: Index, term: str, found: Sequence[str] = ()) -> tuple[str, ...]:
    """The material's compounds standing in for a compound it lacks: of the same first part and a
    synonymous head where it has at most parts of the word (first_part_compounds.py), else, where
    it has nothing of it, of the same head and a kin first part."""
    return first_part_compounds(index, term, found) or (() if found else kin_siblings(index, term))


def kin_siblings(index: Index, term: str) -> tuple[str, ...]:
    """Index terms that are compounds of the query term's head with a first part kin to its own, for a
    compound term the index lacks ("industriklyng" -> "erhvervsklyng"); () for the others. Kept per index."""
    if term in index.term_ids or not term.isalpha():
        return ()
    # Imported here: sibling_compounds reads the decision's modules, which import the search.
    from .sibling_compounds import sibling_terms
    return kept(index.memo, _MEMO, term, lambda: _kin(term, sibling_terms(index, term)), MEMO_SIZE)


def _kin(term: str, siblings: tuple[str, ...]) -> tuple[str, ...]:
    found = []
    for sibling in siblings:
        shared = _shared_tail(term, sibling)
        if any(kindred(a, b) for a in _first_words(term[:len(term) - shared])
               for b in _first_words(sibling[:len(sibling) - shared])):
            found.append(sibling)
    return tuple(found)


def _shared_tail(a: str, b: str) -> int:
    return len(os.path.commonprefix((a[::-1], b[::-1])))


def _first_words(first: str) -> list[str]:
    """The words a compound's first part may be, with or without its linking letter ("erhvervs" ->
    "erhverv"), as written or with the -e a stem or a link dropped ("industri", "lov"), in Danish
    letters (the index folds "vedtægts" to "vedtaegts")."""
    stems = [first] + [first[:-len(link)] for link in LINKS if link and first.endswith(link)]
    words = (d for s in stems for w in (s, s + "e") for d in danish_spellings(w))
    return [w for w in words if len(w) >= 3 and is_word(w)]
