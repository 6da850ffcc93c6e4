"""The kind of fact a sentence must hold to answer: the test that picks, among sentences holding the
question's words alike, the one with the fact asked (a time, a count of the noun asked, a measure,
a share, an amount, what stands out)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ..index.bm25 import Index
from .asked_kinds import AskedTypes
from .asked_measure import asked_measure, states_measure
from .fact_kinds import asked_types, asks_superlative, states_superlative
from .retrieve import Query
from .sentence_amounts import amount_test
from .sentence_kinds import counts_test, kind_test, reason_kind
from .sentence_neighbours import Candidate
from .sentence_shares import share_test

# A sentence that holds the kind of fact asked ("hvornår?" a time, "hvor mange?" a figure) is chosen
# over one that only holds more of the question's words, when it holds at least this share of them.
KIND_SHARE = 0.6


@dataclass(frozen=True)
class HeldKind:
    """The test of a sentence holding the fact asked, and what the question asks that set it."""

    holds: Callable[[str], bool]
    counted: bool                           # a sentence counts (or puts a share on) the noun asked
    measure: str | None                     # the measure asked ("hvor langt?" a distance)
    portion: Callable[[str], bool] | None   # a share of the thing asked, where a sentence states one
    superlative: bool
    asks: AskedTypes


def _both(kind: Callable[[str], bool], amount: Callable[[str], bool], sentence: str) -> bool:
    return kind(sentence) and amount(sentence)


def held_kind(index: Index, query: Query, question: str, first: list[Candidate],
              candidates: list[Candidate]) -> HeldKind:
    """The test of the fact asked by `question`, read against the best passage's sentences (`first`)
    and all candidates: a narrower test only where some sentence passes it."""
    holds = reason_kind(question, first, kind_test(question), KIND_SHARE)  # sentence_kinds.py
    # "Hvor mange medlemmer …?": where a sentence counts the noun asked, only such a sentence
    # holds the figure; "81 procent" is a figure, but no count of members.
    counting = counts_test(index, query, question)
    counted = bool(counting) and any(counting(c.sentence) for c in candidates)
    if counted:
        holds = counting
    # "Hvor langt …?": where a sentence of the best passage states the measure asked (a length), only
    # it holds the figure; "mindst 30 procent" is a figure, but no distance.
    measure = asked_measure(question)
    if measure and any(states_measure(c.sentence, measure) for c in first):
        holds = partial(states_measure, measure=measure)
    # "Hvor stor en del af de tabte træer …?": where a sentence puts a fraction on the thing asked, only
    # it holds the share, over any share (asked_measure: "en tiendedel af de træer", not a table of area).
    portion = share_test(index, query, question)
    portion = portion if portion and any(portion(c.sentence) for c in candidates) else None
    if portion:
        holds, counted = portion, True
    # "Hvor meget grønt er forsvundet?": a figure that counts another noun ("i alle 24 kommuner") is
    # no amount of the thing asked (sentence_amounts.py).
    amount = None if measure or counted else amount_test(index, query, question)
    if amount and any(amount(c.sentence) for c in candidates):
        holds = partial(_both, holds, amount)
    # Of sentences holding the question alike, a superlative question is answered where one thing is singled out.
    superlative = asks_superlative(question)
    asks = asked_types(question)
    if superlative and not measure and not (asks.time or asks.quantity or asks.price or asks.person):
        # Asking for nothing else, it asks for the one singled out: that is the kind of fact held
        # ("Why have the big cities lost the most green space?" → "Tabet er størst i de store byer,
        # hvor nybyggeri …", not the table, which holds more of the question's words).
        holds = states_superlative
    return HeldKind(holds, counted, measure, portion, superlative, asks)
