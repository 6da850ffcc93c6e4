"""The sentences beside the chosen ones that tell the fact asked when the chosen ones only name the
event: when, who, what for, which one, or what happened at the same time."""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .asked_kinds import AskedTypes
from .retrieve import Query
from .sentence_kinds import time_test
from .sentence_names import asks_naming, name_given_beside
from .sentence_neighbours import (
    Candidate,
    asks_goal,
    asks_how_soon,
    kind_beside,
    names_actor,
    same_time,
    section_beside,
    states_goal,
)
from .sentence_which import unnamed_which_test, which_noun_stands_in, which_noun_test

# The interrogative of who acts; "Hvad hed I før?" asks a name, which the chosen sentence holds.
_WHO = re.compile(r"\b(?:hvem|who|whom)\b", re.IGNORECASE)


def told_beside(index: Index, query: Query, picks: list[Candidate], candidates: list[Candidate],
                asked: str, asks: AskedTypes, actor: bool, unit: frozenset[str] | set[str]) -> list[Candidate]:
    """`picks` (the best sentence first) followed by the sentences beside them that tell what is asked.

    The words asked name the event; the sentence beside the one that names it may tell when or who
    ("When did the council approve …?": "Vi giver otte anbefalinger …" then "… vedtaget af
    foreningens landsråd den 15. februar 2025."). A capital letter is no "who": "Balance Danmark
    startede i 2014" names the organisation, not who started it.
    """
    best = picks[0]
    picks = picks + same_time(index, picks, asks.time, asked)
    # "Hvornår begyndte I at kalde jer X?": the sentence that gives X as the name tells when, even in
    # the next paragraph, when the one found gives another name (sentence_names.py).
    picks += name_given_beside(index, picks, candidates, asked, asks.time, query.groups)
    # Of the sentences beside that tell it, the one holding more of the question tells of the event asked.
    held = {c.pos: c.own_weight for c in candidates if c.hit is best.hit}
    if asks.time or asks_how_soon(asked):
        picks += kind_beside(index, picks, time_test(asked), weights=held)
    if actor and _WHO.search(asked):
        # In statutes only within the chosen stk.: the next stk. is another rule with its own actor.
        picks += kind_beside(index, picks, names_actor, same_stk=True, weights=held)
    if asks_goal(asked):
        # "Hvad ville man opnå, da bevægelsen blev sat i gang?": the aim stands beside the sentence that
        # names the event, or in the section's paragraph before it ("Målet var at …").
        picks += kind_beside(index, picks, states_goal, weights=held) or section_beside(index, picks, states_goal)
    # "Hvilken bank …?": the sentence beside that names the kind asked names the one asked (sentence_which.py).
    # A noun the material has elsewhere ("companies" → "virksomheder" among the members) but neither the
    # chosen sentences nor those beside hold asks for names all the same: then the sentence beside that
    # enumerates names the question lacks ("Bag initiativet stod Danske Andelskassers Bank, Jøp, …").
    names_kind = which_noun_test(index, query, (asked, query.text), unit)
    beside = kind_beside(index, picks, names_kind, weights=held) if names_kind else []
    if not beside and not (names_kind and (any(names_kind(c.sentence) for c in picks) or which_noun_stands_in(
            index, query, (asked, query.text)))):
        unnamed = unnamed_which_test((asked, query.text), best.hit.chunk.title,
                                     [c.sentence for c in picks], asks_naming(index, query.groups))
        beside = kind_beside(index, picks, unnamed, weights=held) if unnamed else []
    return picks + beside
