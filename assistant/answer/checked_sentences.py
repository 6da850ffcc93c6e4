"""The sentences a passage check reads (passage_gates.py): a reason, a date, a view, a frequency or an
ordinal must stand where the passage answers the question, not anywhere in it."""
from __future__ import annotations

from ..index.bm25 import Index
from .fact_kinds import neighbourhood, sentence_weights
from .retrieve import Query
from .sentence_evidence import shared_query_terms

# A sentence holding at least this share of what the best one holds of the question may be the one
# that answers: a table's row sums up "green areas in the big cities" better than the sentence that
# says why they shrank ("Tabet er størst i de store byer, hvor nybyggeri …").
NEAR_BEST = 0.5


def checked_texts(index: Index, chunk_id: int, query: Query, near: bool = True) -> list[str]:
    """The sentences holding most of `query`, each with its neighbours (fact_kinds.neighbourhood: the
    grounds or the date may stand beside the claim), then with `near` each sentence holding at least
    NEAR_BEST of that on its own; empty when no sentence holds any of it (unlike
    fact_kinds.answering_sentences, which ties every sentence then)."""
    terms = shared_query_terms(query.groups, [g.weight for g in query.groups])
    weights, found = sentence_weights(index, chunk_id, terms)
    top = max(weights, default=0.0)
    if not top:
        return []
    texts = [neighbourhood(found, i) for i, weight in enumerate(weights) if weight == top]
    if near:
        texts += [found[i][0] for i, weight in enumerate(weights) if weight >= NEAR_BEST * top]
    return texts


def provision_texts(index: Index, chunk_id: int, query: Query) -> list[str]:
    """The sentences holding at least NEAR_BEST of what the best one holds of `query`, each with the
    sentences right beside it. Unlike fact_kinds.neighbourhood, a stk.'s mark beside it ("Stk. 2.") is
    not skipped: the next stk. is another provision, whose span ("for et år ad gangen") is not this one's."""
    terms = shared_query_terms(query.groups, [g.weight for g in query.groups])
    weights, found = sentence_weights(index, chunk_id, terms)
    top = max(weights, default=0.0)
    return [" ".join(found[j][0] for j in (i - 1, i, i + 1) if 0 <= j < len(found))
            for i, weight in enumerate(weights) if top and weight >= NEAR_BEST * top]
