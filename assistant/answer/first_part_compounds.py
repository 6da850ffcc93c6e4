"""A question's compound the material says as another compound of the same first part and a synonymous head.

A visitor asks how big the roofs of new "erhvervsbygninger" must be; the publication answers about
"erhvervsbyggerier". Neither word is in the other's text, and neither part of the visitor's word stands
alone in the material ("erhverv" and "bygning" are nowhere), so the analyser found nothing at all
for it and the question was declined. The material's compound with the same first part whose head
the thesaurus gives for the visitor's head ("bygning" → "byggeri") names the same thing: it stands
in for the word, as weakly as any thesaurus word (retrieve.STAND_IN_SCALE). It is the mirror of
sibling_compounds.py (the same head after another first part).

The same holds where the material has a part of the visitor's word alone: a "nyhedsmail" is the statutes'
"nyhedsbrev", not the "e-mail" that calls the general meeting, so the part found gives way to the compound.

A first part alone is not enough: "erhvervsbygninger" is no "erhvervsklynge" and a "folkepensionist"
no "Folketing" (measured: asked of the Om page, both answered questions it cannot answer). Both
parts must be words (the lemmatiser's), the first of MIN_MODIFIER letters or more.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language.compound_heads import MIN_MODIFIER
from ..language.derivation import is_word
from ..language.phrase_compounds import LINKS
from ..language.thesaurus import synonym_terms
from .asked_head import is_first_part

# Letters of a head's stem, as sibling_compounds.py asks of a shared head ("kompetenc", "klyng").
MIN_HEAD = 4

# A common first part starts many compounds; the first few in the vocabulary's order are enough.
MAX_FOUND = 4
# Index terms looked at per first part (they sit together in the sorted vocabulary).
MAX_SCAN = 200
_MEMO = "first_part_compounds"
MEMO_SIZE = 4096


def first_part_compounds(index: Index, term: str, found: Sequence[str] = ()) -> tuple[str, ...]:
    """Index terms that are compounds of the query term's first part with a head the thesaurus gives
    for its own, for a compound term the index lacks ("erhvervsbygning" -> "erhvervsbyggeri"); ()
    for the others. `found` is what the material has of the term: only its parts, or nothing.
    Kept per index: a long-running service meets the same words again."""
    if term in index.term_ids or not term.isalpha() or not all(_part_of(term, f) for f in found):
        return ()
    return kept(index.memo, _MEMO, term, lambda: _compounds(index.analyzer, term, index.vocabulary), MEMO_SIZE)


def _compounds(analyzer, term: str, vocabulary) -> tuple[str, ...]:
    # The longest first part first: "erhvervs|bygning" before a shorter beginning of it.
    for cut in range(len(term) - MIN_HEAD + 1, MIN_MODIFIER - 1, -1):
        first, head = term[:cut], term[cut:]
        if not is_first_part(first) or not _is_word_stem(head):
            continue
        heads = synonym_terms(analyzer, head)
        if not heads:
            continue
        start = bisect.bisect_left(vocabulary, first)
        found = []
        for candidate in vocabulary[start:start + MAX_SCAN]:
            if not candidate.startswith(first):
                break
            if candidate != term and _other_head(candidate[len(first):], heads):
                found.append(candidate)
        if found:
            return tuple(found[:MAX_FOUND])
    return ()


def _part_of(term: str, found: str) -> bool:
    """Whether an index term the analyser found for a compound is one of its parts, not the word in
    another form: "mail" of "nyhedsmail" (the material's "e-mail"), "lokal" of "lokalafdeling"."""
    return len(found) < len(term) and (term.startswith(found) or term.endswith(found))


def _other_head(rest: str, heads) -> bool:
    """Whether what follows the shared first part (after a linking letter the first part lacked) is
    one of the synonymous `heads`, a word of its own: "byggeri" of "erhvervs|byggeri"."""
    for head in (rest, rest[1:] if rest[:1] in LINKS[1:] else ""):
        if len(head) >= MIN_HEAD and head in heads and _is_word_stem(head):
            return True
    return False


def _is_word_stem(stem: str) -> bool:
    """Whether a stem is a word of its own, as written or with the -e the stemmer cut ("kompetenc")."""
    return is_word(stem) or is_word(stem + "e")
