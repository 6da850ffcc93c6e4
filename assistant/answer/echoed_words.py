"""A question word's stand-in that is another word of the same question counts once, as that word.

A word the material lacks is searched by other words that may stand for it: the thesaurus's
synonyms, the statutes' own words, a compound's head. When such a stand-in is a word the question
says itself ("Hvor mange skal være mødt op, før bestyrelsen kan træffe beslutninger?": the thesaurus
gives "træffe" for "mødt"), a passage holding it scores for two words of the question and covers
both, though it holds one: the passage that says "Beslutninger træffes" beats the one about the
board's quorum by a word the question says once. The stand-in is dropped from the group that
borrowed it (the question's own word keeps it); a group left with nothing said the other word over
again ("reglerne i vedtægterne") and goes. A compound's part ("udkant" of "udkantsdanmark") is the
word itself, not a stand-in, and stays.
"""
from __future__ import annotations

from dataclasses import replace

from ..index.bm25 import Index
from .ranked_passages import TermGroup, term_weight


def without_echoes(index: Index, groups: list[TermGroup]) -> list[TermGroup]:
    """The term groups, each without the members that are another group's own word; a group left
    without members goes, one that keeps some is weighed by those (as analyse_groups weighs it)."""
    words = {g.term for g in groups}
    out = []
    for g in groups:
        echoed = {m for m in g.members if m != g.term and m in words and m not in g.term}
        if not echoed or g.scale >= 1.0:
            out.append(g)
            continue
        members = tuple(m for m in g.members if m not in echoed)
        if not members:
            # A word said twice over ("hvad hed I ... navn") is still what is asked.
            out.append(g)
            continue
        heads = tuple(m for m in g.heads if m not in echoed)
        doc_freq = min((index.doc_freq(m) for m in members if m not in heads), default=0)
        out.append(replace(g, members=members, heads=heads, weight=term_weight(index.n_chunks, doc_freq),
                           other_stems=tuple(m for m in g.other_stems if m not in echoed),
                           narrowing=() if not heads else g.narrowing,
                           narrowed=frozenset() if not heads else g.narrowed))
    return out
