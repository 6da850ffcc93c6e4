"""How much a question's words weigh in ranking: how telling a term is, and each index term that
stands for a word counting in BM25 never more than the word itself.

A question's word is searched together with other forms of it: its family ("kæmpet" / "kamp"), the
statutes' word for a member's word ("medlemmerne" / "Medlemskab"), a § title's stem. Each of those
is scored with its own idf, and where the word itself is common in the material and the other form
rare, the other form outweighs every passage that uses the word itself: "Hvor mange træer har
medlemmerne sat i jorden?" found § 3 Medlemskab (one passage says "Medlemskab", many say
"medlemmer") before the page that tells how many trees the members planted. A form found for the
word stands for the word, so it counts at most as much as the word does: its share is the word's
idf over its own, when the material has the word itself. A word the material lacks has no idf to
hold its forms to, and they count fully (as do synonyms, at their own scale, retrieve.py). The
statutes' words for a member's phrase ("fuldmagt" for "stemme for en anden") are what the phrase
means, not forms of its word, and count fully too.
"""
from __future__ import annotations

import math
from collections.abc import Collection

from ..index.bm25 import Index


def term_weight(n_chunks: int, doc_freq: int) -> float:
    """How telling a term is, always positive: log(1 + (N - n + .5) / (n + .5)).

    BM25Okapi's own idf turns negative for terms in most passages of a small corpus, which makes
    it useless for asking "how much of the question does this passage hold?".
    """
    return math.log(1.0 + (n_chunks - doc_freq + 0.5) / (doc_freq + 0.5))


def member_scales(index: Index, term: str, members: tuple[str, ...],
                  meant: Collection[str] = ()) -> tuple[float, ...]:
    """Each member's share in BM25 scoring, aligned with `members`; () when all count fully.

    `meant` are members that say what the question's phrase means rather than another form of its
    word (the statutes' "fuldmagt" for "stemme for en anden"): they count fully."""
    own = index.term_ids.get(term)
    if own is None or len(members) < 2:
        return ()
    own_idf = index.idf_of(own)
    if own_idf <= 0:   # idf is 0 where a term is in exactly half the passages: nothing to hold to
        return ()
    idfs = [index.idf_of(index.term_ids[m]) for m in members]
    scales = tuple(1.0 if m == term or m in meant or idf <= own_idf else own_idf / idf
                   for m, idf in zip(members, idfs))
    return () if all(s == 1.0 for s in scales) else scales


def merged_scales(first_members: tuple[str, ...], first: tuple[float, ...],
                  later_members: tuple[str, ...], later: tuple[float, ...],
                  members: tuple[str, ...]) -> tuple[float, ...]:
    """The member scales of two groups joined into one (query_words.merged_groups): a member in
    both keeps the larger share."""
    share: dict[str, float] = {}
    for names, scales in ((first_members, first), (later_members, later)):
        for i, m in enumerate(names):
            share[m] = max(share.get(m, 0.0), scales[i] if scales else 1.0)
    out = tuple(share.get(m, 1.0) for m in members)
    return () if all(s == 1.0 for s in out) else out
