"""An everyday word the material never uses counts as held by a passage that holds the rest of the question
and is the only candidate to hold its most telling word, for the answer/decline decision.

Visitors put what a page says in the words of speech: "Hvem tog initiativ til …?" of "Bag initiativet
stod …", "Hvad gør I for at gavne de lokale samfund?" of "til gavn for udviklingen regionalt og lokalt",
"en lille park" of "lommeparker". The page never uses "tog", "gør" or "lille", and read as question
words the passage lacks they pulled the model below its threshold although the passage held all the
question is about. Counting every such word as held (round twenty-three) answered questions put to
the *other* organisation's material: there the passage shares one word with the question ("medlem")
and lacks the rest, everyday words among them. So here the everyday words count only for a passage
that is strongly matched:

- the passage lacks nothing but such words: every other question word stands in it (in any form the
  decision reads: held_otherwise.py, decision_bridges.py);
- among what it holds is a word that tells something (no everyday word itself), and its nearest
  rival (the next passage of another section for the best one, the best for any other) lacks the
  question's most telling word: the question is about this passage, not about a word the passages
  share. A long section is indexed as overlapping passages; its other passages are no rival;
- the question does not ask for a kind of detail an everyday word may be (a time, a count, a price,
  a role, a place: "hvem er direktør i dag?", "hvor mange … i Vejle?"), and the word is no name and
  tells no time;
- the question is the visitor's own Danish (answerability_signals.py asks only then): an English
  question's Danish words are the dictionary's ("What was the temperature difference in the small
  towns?" gave "forskel" and "lille"), and how common they are says nothing of what was meant.

A rarer word is untouched (the rare-word veto still declines "risalamande"), and so is a word the
material uses anywhere: there its absence from this passage says something.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..index.bm25 import Index
from ..language.background import rarity_of
from .asked_kinds import AskedTypes
from .fact_kinds import tells_time
from .ranked_passages import TermGroup
from .retrieve import Hit

# Everyday words: Zipf 4.875 and above in general Danish ("tage", "gøre", "lille", "hjem", "dengang",
# "almindelig"); rarer words ("magt", "initiativ") are what a question is about.
EVERYDAY_RARITY = rarity_of(4.875)


def asks_a_detail(asks: AskedTypes) -> bool:
    """Whether the question asks for a kind of fact whose detail an everyday word may be: a time, a
    count or measure ("What was the temperature difference in the small towns?": the page measures
    the heat in dense streets, not in small towns), a price, a role or a place."""
    return bool(asks.time or asks.quantity or asks.price or asks.role or asks.place)


def in_material(index: Index, group: TermGroup) -> bool:
    """Whether any passage of the material holds the group's word in a form the search gave it."""
    return group.term in index.term_ids or any(m in index.term_ids for m in group.members)


def _time_terms(index: Index, question: str) -> frozenset[str]:
    """Query terms of the question's words that tell a time ("dag" of "i dag")."""
    return frozenset(t for w in re.findall(r"[^\W\d_]+", question) if tells_time(w)
                     for t in index.analyzer.query_terms(w))


def nearest_rival(hits: Sequence[Hit], rank: int) -> frozenset[str]:
    """The matched terms of hits[rank]'s nearest rival: for the best passage the next one of another
    section (address), for any other the best; empty when there is none."""
    if rank:
        return frozenset(hits[0].matched)
    url = hits[0].chunk.url
    return next((frozenset(h.matched) for h in hits[1:] if h.chunk.url != url), frozenset())


def anchored_everyday(index: Index, question: str, groups: Sequence[TermGroup], matched: Collection[str],
                      rival: Collection[str], general: dict[str, float], asks: AskedTypes,
                      names: Collection[str] = ()) -> frozenset[str]:
    """The terms of `groups` the passage lacks (not in `matched`) that count as held: all of them, when
    each is an everyday word (`general`: general-language rarity by term) the material uses nowhere,
    and the passage holds the question's most telling word, which is no everyday word and which its
    nearest rival (`rival`: that passage's matched terms) lacks; otherwise none."""
    lacking = [g for g in groups if g.term not in matched]
    held = [g for g in groups if g.term in matched]
    if not lacking or not held or asks_a_detail(asks):
        return frozenset()
    if any(general.get(g.term, 1.0) > EVERYDAY_RARITY or g.term in names or in_material(index, g)
           or tells_time(g.term) for g in lacking):
        return frozenset()
    telling = max(held, key=lambda g: (general.get(g.term, 1.0), g.weight))
    if general.get(telling.term, 1.0) <= EVERYDAY_RARITY or telling.term in rival:
        return frozenset()
    timed = _time_terms(index, question)
    if any(g.term in timed for g in lacking):
        return frozenset()
    return frozenset(g.term for g in lacking)
