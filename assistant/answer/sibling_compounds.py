"""A question's compound that the material says as another compound of the same head.

Visitors name a kind of thing in their own compound where the material has its own: "industriklynger"
for the page's "erhvervsklynger", "enkeltperson" for "privatpersoner". Both are kinds of their last
part (a Danish compound names a kind of its head: compound_heads.py), and neither word is in the
other's text, so the question's word was read as named nowhere (asked_thing) and, where the passage
was weighed at all, as lacking from the passage that answers (the model).

Here such a word counts as held by a passage that holds a compound of the same head made with
another first part, when the material lacks the word itself. The head must be a word of its own of
MIN_SIBLING_HEAD letters or more (as the index stems it: "klyng" for "klynge"): a shorter stem is often
two words ("hav" is both "have" and "hav"), and a short head ("-år", "-sted") says too little of the
thing. Whether the first part, which says which kind, matters is the model's and the compound-focus
gate's question; here the question only stops being about a thing the material never mentions.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language.background import names_in
from ..language.compound_heads import MIN_MODIFIER, backwards_vocabulary, compounds_with_head
from ..language.derivation import is_word
from ..language.phrase_compounds import LINKS
from .asked_head import is_first_part
from .document_kind import held_as_document
from .document_self import held_as_self
from .held_apart import held_anywhere
from .ranked_passages import TermGroup, passage_has

# Letters of a shared head's stem ("klyng", "person"); shorter stems are often two words ("hav").
MIN_SIBLING_HEAD = 4
# A compound's first part: as asked_head reads it (MIN_FIRST letters, a word with or without a link).
MIN_FIRST = 3
_MEMO = "sibling_compounds"
MEMO_SIZE = 4096


def sibling_terms(index: Index, term: str) -> tuple[str, ...]:
    """Index terms that are compounds of the query term's head with another first part, for a term
    the index lacks ("industriklyng" -> "erhvervsklyng"); empty for the others. Kept per index."""
    if term in index.term_ids or not term.isalpha():
        return ()
    return kept(index.memo, _MEMO, term, lambda: _siblings(term, backwards_vocabulary(index)), MEMO_SIZE)


def _siblings(term: str, backwards) -> tuple[str, ...]:
    # The longest head first: "enkelt|person" before a shorter tail of it.
    for cut in range(MIN_FIRST, len(term) - MIN_SIBLING_HEAD + 1):
        first, head = term[:cut], term[cut:]
        if not is_first_part(first) or not _is_head(head) or _linked(first, head):
            continue
        found = tuple(t for t in compounds_with_head(head, backwards, MIN_SIBLING_HEAD)
                      if _made_with_word(t[:len(t) - len(head)]))
        if found:
            return found
    return ()


def _linked(first: str, head: str) -> bool:
    """Whether the head's first letter is the compound's linking letter: "bogførings|år", not
    "bogføring|sår" (the -s- belongs to the first part when both readings are words)."""
    return head[:1] in LINKS[1:] and is_first_part(first + head[0]) and is_word(head[1:])


def _is_head(stem: str) -> bool:
    """Whether a stem is a word of its own, as written or with the -e the stemmer cut ("klyng")."""
    return is_word(stem) or is_word(stem + "e")


def _made_with_word(first: str) -> bool:
    """Whether an index term's part before the shared head is a word (with or without a linking
    letter), so the term is a compound of it and not a longer word that ends in the same letters."""
    return len(first) >= MIN_MODIFIER and is_first_part(first)


def siblings_held(index: Index, chunk_id: int, groups: Iterable[TermGroup],
                  names: Collection[str] = ()) -> frozenset[str]:
    """The terms of `groups` (those the passage lacks) it holds as a sibling compound, for the
    model's share of the question held; a name's term (`names`) is no kind of its last part."""
    return frozenset(g.term for g in groups if g.term not in names
                     and any(passage_has(index, chunk_id, s) for s in sibling_terms(index, g.term)))


def held_as_sibling(index: Index, chunk_id: int | None, terms: list[str], question: str = "") -> list[str]:
    """The `terms` (query terms no passage holds) less those the passage (the best one found, for the
    thing-asked check) holds as a sibling compound. A name in the question (written with a capital
    inside the sentence: "Balancemål") is no kind of its last part and keeps its veto."""
    if chunk_id is None:
        return terms
    names = {t for name in names_in(question) for t in index.analyzer.query_terms(name)}
    left = [t for t in terms if t in names
            or not any(passage_has(index, chunk_id, s) for s in sibling_terms(index, t))]
    # Or, anywhere in the material, by its parts written apart or its root (held_apart.py):
    # "storbyerne" by "de store byer", "rigdom" by "rigere".
    apart = held_anywhere(index, left, names)
    # Or as the best passage's document, named by its kind in its title ("reglerne" of the statutes:
    # document_kind.py).
    apart |= held_as_document(index, chunk_id, question, [t for t in left if t not in apart], names)
    # Or as the organisation the document defines itself as ("jeres forening": document_self.py).
    apart |= held_as_self(index, chunk_id, question, [t for t in left if t not in apart], names)
    return [t for t in left if t not in apart]
