"""A question's compound the material says as another compound with the same first part.

A visitor asks about "beslutningsmagten" where the Om page says "beslutningskompetencerne": neither
word is in the other's text, and neither part of the visitor's word stands alone in the material
("beslutning" and "magt" are nowhere), so the analyser found nothing at all for it and the passage
that answers was ranked by the question's other, everyday words. The first part of a Danish compound
says what the thing is about ("beslutnings-": decisions), and a compound of the material that starts
with it is the nearest the material comes to the visitor's word. It is the mirror of
sibling_compounds.py (the same head after another first part), and like a thesaurus stand-in it
only stands in for a word the material lacks in every form and counts at the stand-in's scale
(retrieve.STAND_IN_SCALE): another compound of the same first part may name another thing.

Both parts must be words (the lemmatiser's), the first of MIN_MODIFIER letters or more, so a word
that merely begins like another ("statslig" after "stats") is no compound of it.
"""
from __future__ import annotations

import bisect

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language.compound_heads import MIN_MODIFIER
from ..language.derivation import is_word
from ..language.phrase_compounds import LINKS
from .asked_head import is_first_part

# Letters of a head's stem, as sibling_compounds.py asks of a shared head ("kompetenc", "klyng").
MIN_HEAD = 4

# A common first part starts many compounds; the first few in the vocabulary's order are enough.
MAX_FOUND = 4
# Index terms looked at per first part (they sit together in the sorted vocabulary).
MAX_SCAN = 200
_MEMO = "first_part_compounds"
MEMO_SIZE = 4096


def first_part_compounds(index: Index, term: str) -> tuple[str, ...]:
    """Index terms that are compounds of the query term's first part with another head, for a
    compound term the index lacks ("beslutningsmag" -> "beslutningskompetenc"); () for the others.
    Kept per index: a long-running service meets the same words again."""
    if term in index.term_ids or not term.isalpha():
        return ()
    return kept(index.memo, _MEMO, term, lambda: _compounds(term, index.vocabulary), MEMO_SIZE)


def _compounds(term: str, vocabulary) -> tuple[str, ...]:
    # The longest first part first: "beslutnings|mag" before a shorter beginning of it.
    for cut in range(len(term) - MIN_HEAD + 1, MIN_MODIFIER - 1, -1):
        first, head = term[:cut], term[cut:]
        if not is_first_part(first) or not _is_word_stem(head):
            continue
        start = bisect.bisect_left(vocabulary, first)
        found = []
        for candidate in vocabulary[start:start + MAX_SCAN]:
            if not candidate.startswith(first):
                break
            if candidate != term and _other_head(candidate[len(first):]):
                found.append(candidate)
        if found:
            return tuple(found[:MAX_FOUND])
    return ()


def _other_head(rest: str) -> bool:
    """Whether what follows the shared first part is a word of its own (after a linking letter the
    first part lacked): "kompetenc" of "beslutnings|kompetenc"."""
    for head in (rest, rest[1:] if rest[:1] in LINKS[1:] else ""):
        if len(head) >= MIN_HEAD and head.isalpha() and _is_word_stem(head):
            return True
    return False


def _is_word_stem(stem: str) -> bool:
    """Whether a stem is a word of its own, as written or with the -e the stemmer cut ("kompetenc")."""
    return is_word(stem) or is_word(stem + "e")
