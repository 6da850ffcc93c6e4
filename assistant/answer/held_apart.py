"""A question word the material says by its two parts written apart, or by its root.

Visitors name the material's concepts in another form than the material does, and two of those
forms no search expansion gives (docs/benchmarks.md, dev27a):

- a compound whose parts the passage writes as a phrase, with a head too short for the compound
  look-ups ("storbyerne" where the page says "de store byer"): both parts must stand in the passage,
  next to each other, so that the first part, which says which kind, is there as well;
- a noun in -dom made of its adjective ("rigdom" where the page says "et rigere Danmark").

The thing-asked check read such a word as named nowhere and declined before the model weighed the
passage, and the model read the passage as lacking it. Each reads as the question's word held only
where the material lacks the word itself; whether the passage answers is still the model's and the
gates' question.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language.analysis import DANISH_STOPWORDS
from ..language.derivation import is_word
from ..language.phrase_compounds import LINKS
from ..language.related_terms import INFLECTIONS, inflected_forms
from .asked_head import is_first_part
from .ranked_passages import passage_has

# The -dom noun's suffix and the shortest adjective it is made of ("rig", "syg", "ung").
DOM = "dom"
MIN_DOM_ROOT = 3
# A compound's first part written apart: as asked_head reads a first part (three letters or more).
MIN_FIRST = 3
# Heads written apart that the compound look-ups miss: shorter than compound_heads.MIN_KNOWN_HEAD
# ("by" in "storby"), two letters or more.
MIN_APART_HEAD = 2
MAX_APART_HEAD = 3
_MEMO = "held_apart"
_ANYWHERE_MEMO = "held_apart_anywhere"
MEMO_SIZE = 4096
_WORD = re.compile(r"[^\W\d_]+")


def other_ways(index: Index, term: str) -> tuple[tuple[str, ...], ...]:
    """The ways a passage may hold a query term the index lacks, each the index terms it must hold
    together: the -dom noun's adjective (one term) or the compound's parts written apart (two, in
    order). Empty for a term the index holds. Kept per index."""
    if term in index.term_ids or not term.isalpha():
        return ()
    return kept(index.memo, _MEMO, term, lambda: _other_ways(index, term), MEMO_SIZE)


def _other_ways(index: Index, term: str) -> tuple[tuple[str, ...], ...]:
    ways = [(t,) for t in dom_roots(term, index.term_ids)] + apart_parts(term, index.term_ids)
    return tuple(dict.fromkeys(ways))


def dom_roots(term: str, known: Collection[str]) -> list[str]:
    """The index terms of a -dom noun's adjective ("rigdom" → "rig", as "rigere" is indexed), where
    both are words the lemmatiser knows and the adjective is no grammar word ("fordom" is no "for")."""
    root = term[:-len(DOM)]
    if not term.endswith(DOM) or len(root) < MIN_DOM_ROOT or root in DANISH_STOPWORDS:
        return []
    held = [root] if root in known else inflected_forms(root, known)
    return held if held and is_word(term) and is_word(root) else []


def apart_parts(term: str, known: Collection[str]) -> list[tuple[str, str]]:
    """(first part, head) as index terms, for a compound whose head is shorter than the compound
    look-ups allow and whose parts the index holds as words of their own: "storby" → ("stor", "byer")."""
    out = []
    for cut in range(MIN_FIRST, len(term) - MIN_APART_HEAD + 1):
        first, head = term[:cut], term[cut:]
        if len(head) > MAX_APART_HEAD or not is_first_part(first) or not is_word(head):
            continue
        # The first part may carry a linking letter the phrase drops ("lands|by": "land").
        firsts = _held_forms(first, known) or (_held_forms(first[:-1], known) if first[-1:] in LINKS[1:] else [])
        heads = _held_forms(head, known)
        out += [(f, h) for f in firsts for h in heads]
    return out


def _held_forms(word: str, known: Collection[str]) -> list[str]:
    """The word's index terms as itself or with an inflectional ending the stemmer kept ("by" → "byer");
    related_terms.inflected_forms asks four letters of a word, a head written apart may have two."""
    if len(word) < MIN_APART_HEAD:
        return []
    return [f for f in (word, *(word + ending for ending in INFLECTIONS)) if f in known]


def held_apart(index: Index, chunk_id: int, terms: Iterable[str], names: Collection[str] = ()) -> frozenset[str]:
    """The query `terms` (those the passage lacks) it holds in one of their other_ways; a name's term
    (`names`) keeps its own."""
    return frozenset(t for t in terms if t not in names
                     and any(_holds(index, chunk_id, way) for way in other_ways(index, t)))


def held_anywhere(index: Index, terms: Iterable[str], names: Collection[str] = ()) -> frozenset[str]:
    """The query `terms` (those no passage holds) some passage holds in one of their other_ways: the
    material then names the thing asked about, if not in the question's word (asked_thing.py)."""
    return frozenset(t for t in terms if t not in names and kept(
        index.memo, _ANYWHERE_MEMO, t, lambda t=t: _held_by_some_passage(index, t), MEMO_SIZE))


def _held_by_some_passage(index: Index, term: str) -> bool:
    # Every passage holding a way's first term is read: kept per index, as other_ways is.
    return any(any(_holds(index, int(c), way) for c in _holders(index, way[0])) for way in other_ways(index, term))


def _holders(index: Index, term: str):
    """The passages that hold an index term (its postings)."""
    t = index.term_ids[term]
    return index.post_docs[index.offsets[t]:index.offsets[t + 1]]


def _holds(index: Index, chunk_id: int, way: tuple[str, ...]) -> bool:
    if not all(passage_has(index, chunk_id, t) for t in way):
        return False
    if len(way) == 1:
        return True
    # Parts written apart stand next to each other: "de store byer", not "store" in one sentence and
    # "byer" in another.
    terms = [index.analyzer.document_terms(w) for w in _WORD.findall(index.chunk(chunk_id).text.casefold())]
    return any(way[0] in a and way[1] in b for a, b in zip(terms, terms[1:]))
