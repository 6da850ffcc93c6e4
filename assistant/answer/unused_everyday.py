"""The commonest words of Danish that the material never uses count as held, for the answer/decline decision.

A visitor wraps what they ask in the everyday words of speech: the light verb of a fixed phrase
("Hvem tog initiativ til …?", "Hvad gør I helt konkret?", "Hvad får kommunerne ud af det?"), the
particle of one ("sætte det hele i gang", "i sin tid"), an adverb ("mest", "stadig"). The page says
the same in its own register ("Bag initiativet stod", "igangsætter") and never uses those words at
all. Read as question words the passage lacks, they pulled the model below its threshold although
the passage held everything the question is about. A word among the commonest of general Danish
(wordfreq) carries too little of its own to tell passages apart, and where no passage of the material
holds it in any form it cannot be what tells this passage from another, so it counts as held.

A name is untouched, however common ("København"): it is what the question is about. Rarer words
are untouched (the rare-word veto still declines "risalamande"), and so is a word the material does
use: there its absence from this passage says something. Questions that ask for a time, a count, a
price, a role or a place keep every word: there the commonest words are often the detail the
material does not give ("hvem er direktør i dag?", "hvor mange … i Vejle?", "den første rapport");
so does a word that tells a time anywhere ("i dag", "day to day"): when the material's facts hold
is a detail it may not give.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from ..index.bm25 import Index
from ..language.background import rarity_of
from .asked_kinds import AskedTypes
from .fact_kinds import tells_time
from .ranked_passages import TermGroup

# The commonest words of general Danish: Zipf 5.6 and above ("tage", "gøre", "får", "gang", "tid",
# "hele", "mest"); "sætte" (5.3) and "kæmpe" (5.2) are below and are what a question is about.
COMMONEST_RARITY = rarity_of(5.6)


def asks_a_detail(asks: AskedTypes) -> bool:
    """Whether the question asks for a kind of fact whose detail an everyday word may be."""
    return bool(asks.time or asks.quantity or asks.price or asks.role or asks.place)


def in_material(index: Index, group: TermGroup) -> bool:
    """Whether any passage of the material holds the group's word in a form the search gave it."""
    return group.term in index.term_ids or any(m in index.term_ids for m in group.members)


def time_terms(index: Index, question: str) -> frozenset[str]:
    """Query terms of the question's words that tell a time ("dag" of "i dag", "day")."""
    return frozenset(t for w in re.findall(r"[^\W\d_]+", question) if tells_time(w)
                     for t in index.analyzer.query_terms(w))


def unused_everyday(index: Index, question: str, groups: Iterable[TermGroup], rarity: dict[str, float],
                    asks: AskedTypes, names: Collection[str] = ()) -> frozenset[str]:
    """The terms of `groups` (those the passage lacks) that are among the commonest words of Danish
    (`rarity`: general-language rarity by term), that the material uses nowhere, that tell no time
    and that are not among the question's `names` (answerability_signals.name_terms)."""
    if asks_a_detail(asks):
        return frozenset()
    found = [g.term for g in groups if rarity.get(g.term, 1.0) <= COMMONEST_RARITY and g.term not in names
             and not in_material(index, g) and not tells_time(g.term)]
    timed = time_terms(index, question) if found else frozenset()
    return frozenset(t for t in found if t not in timed)
