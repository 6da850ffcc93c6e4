"""Whether a passage states the sum a price question asks, in the sentence beside the one that holds it best.

The money gate (answerability_signals' `money_found`) reads the one sentence that holds most of the
question: the sum must stand there, with the thing priced named in it as a whole word
(fact_kinds.prices_the_thing), since a neighbour names other sums. But the sentence holding most of the
question is not always the one with the sum: "How much will the tree plan cost?" holds "koste" best in
"… de otte anbefalinger tilsammen vil koste 1,2 milliarder kroner …", and the tree plan's own sum stands
in the next sentence, "Den største post er den nationale træplan med 450 millioner kroner." A sum in a
sentence tied with the best or beside it counts where that very sentence names the thing priced, so
another thing's sum beside the question still does not ("Hvad koster et familiemedlemskab?" and the fees
of § 5, stk. 2, which name no family membership). Nor where the question prices each one ("Hvad koster en
grøn skolegård for den enkelte skole?"): the sum beside the heading "Grønne skolegårde" is a pool for all
of them, and a price of each one stands in the sentence that answers or not at all.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..index.bm25 import Index
from .answerability_signals import Signals, signals
from .asked_kinds import AskedTypes
from .fact_kinds import MONEY, answering_sentences, neighbours, prices_the_thing
from .retrieve import Hit, Query
from .sentence_evidence import shared_query_terms

# A price of each one: "for den enkelte skole", "en enkelt", "hver", "each", "per", "pr." (Danish and English).
_EACH = re.compile(r"\b(?:den|det|en|et|hver) enkelte?\b|\bhver\b|\beach\b|\ba single\b|\bper\b|\bpr\.", re.IGNORECASE)


def sum_beside(index: Index, chunk_id: int, query: Query, rarity: dict[str, float]) -> bool:
    """Whether a sentence tied with the one holding most of the question, or next to one, states a sum
    and names the thing priced (the question's word rarest in general language, by `rarity`)."""
    groups = query.groups
    terms = shared_query_terms(groups, [g.weight for g in groups])
    tied, found = answering_sentences(index, chunk_id, terms)
    general = {g.term: rarity.get(g.term, 1.0) for g in groups}
    near = set(tied) | {j for i in tied for j in neighbours(found, i) if j is not None}
    return any(MONEY.search(found[i][0]) and prices_the_thing(groups, general, set(found[i][1]))
               for i in sorted(near))


def priced_signals(index: Index, query: Query, hits: Sequence[Hit], rank: int, rarity: dict[str, float],
                   names: frozenset[str], asks: AskedTypes, unknown: dict[str, float] | None,
                   focus: bool) -> Signals:
    """The model's signals for hits[rank] (answerability_signals.signals), with a sum that stands beside
    the answering sentence and names the thing priced passing the money gate (sum_beside)."""
    found = signals(index, query, hits, rank, rarity, names, asks, unknown, focus)
    if found.money_found or not asks.price or _EACH.search(f"{query.text} {query.put}") \
            or not sum_beside(index, hits[rank].chunk_id, query, rarity):
        return found
    return replace(found, money_found=True)
