"""The passage that states the kind of fact asked first, among close candidates of one question.

"Hvor mange træer har medlemmerne plantet?", "Hvor tit holdes der generalforsamling?": BM25 ranks
first a passage that repeats the question's words ("træer" in the tree plan, "generalforsamling" in
every stk. of § 7), while the answer is a sentence that holds the same words *and* the figure or
time asked for. Among the few passages that score close to the best and hold as much of the
question, including every telling word the best one holds, the first whose best sentence states the
kind of fact asked (fact_kinds.states_kind) and holds two of the question's telling words goes
first. A passage that lacks what the best one names answers something else (as in fallback.py):
the economy page's total does not price "anbefalingen om grønne facader". The words of the question's degree phrase
("hvor stor") ask for that fact and are no content (decision_terms.degree_terms): "størst" in "Tabet
er størst" holds nothing of "Hvor stor er foreningens formue?". One telling word is not enough: a
dated sentence that only says "anbefalinger" does not answer "Hvornår blev anbefalingerne
godkendt?" on a page that never says "godkendt". Measured on the realistic dev sets
(docs/benchmarks.md, round seventeen): the right passage first 0.761 -> 0.773, none lost.

A measure asked with its unit ("Hvor langt må der højst være til en park?": a length, not any figure;
asked_measure.py) is rarer: the first of all the candidates that states it beside one of its best
sentences and holds a telling word of the question goes first; where none does, the time or figure
is looked for as above (round twenty, dev20e).

A funder asked in everyday words ("Hvem har givet penge til kortlægningen?"; asked_funder.py) is
told by the passage that says who financed the thing: the first of all the candidates that holds a
word of funding and a telling word of the question besides the paying goes first, when the best one
does not hold both (round twenty-one, dev21e: alle-dev 5 false declines fewer, none answered more).
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from ..index.bm25 import Index
from .asked_funder import asks_funder, funding_terms
from .asked_measure import asked_measure, states_measure
from .decision_terms import degree_terms
from .fact_kinds import answering_sentences, asked_types, neighbourhood, states_kind
from .own_words import english_degree_terms
from .rare_word_first import rare_word_first
from .retrieve import Hit, Query, passage_has
from .sentence_evidence import QueryTerms, shared_query_terms

# How many of the best passages may be moved to the front, and how close to the best one's score a
# passage must be: those the decision weighs (compose.MAX_CITED_PASSAGES, RELATIVE_SCORE).
KIND_DEPTH = 3
KIND_SCORE_SHARE = 0.5
# A measure with its unit (asked_measure.py) is rarer than a figure: it is looked for among all the
# candidates.
MEASURE_DEPTH = 8
# The telling words of the question the sentence must hold (retrieve.term_weight of a word in half
# the passages is log 2).
MIN_WORDS = 2
TELLING_WEIGHT = math.log(2)


def states_asked_kind(index: Index, chunk_id: int, terms: QueryTerms, asks,
                      words: Sequence[frozenset[str]] = (), least: int = 0) -> bool:
    """Whether a sentence among the passage's best for the question states the kind of fact asked
    and holds at least `least` of the question's `words` (each a TermGroup's members)."""
    best, found = answering_sentences(index, chunk_id, terms)
    return any(states_kind(found[i][0], asks) and sum(not w.isdisjoint(found[i][1]) for w in words) >= least
               for i in best)


def kind_first(index: Index, query: Query, hits: list[Hit]) -> list[Hit]:
    """The hits with the first close candidate that states the asked time or quantity moved to the
    front, when the best passage does not state it; otherwise the hits as they are. Scores stay
    the passages' own: the order changes, not the evidence the decision reads."""
    if len(hits) < 2 or query.reference is not None:
        return hits
    moved = funder_first(index, query, hits)
    if moved is not hits:
        return moved
    measure = asked_measure(query.text) or asked_measure(query.put)
    moved = measure_first(index, query, hits, measure) if measure else hits
    if moved is not hits:
        return moved
    # An English question reaches here as its Danish words, without "how many" / "when": its kind
    # is read in the question as put too.
    asks = asked_types(query.text).either(asked_types(query.put)) if query.put else asked_types(query.text)
    # Where no time or figure is asked, the passage holding the question's rarest word may go first
    # (rare_word_first.py); where one is, a passage naming the rare word and any date ("Hvornår blev
    # landsrådet oprettet?": the day it adopted the recommendations) answers what was not asked.
    if not (asks.time or asks.quantity):
        return rare_word_first(index, query, hits)
    terms = shared_query_terms(query.groups, [g.weight for g in query.groups])
    if states_asked_kind(index, hits[0].chunk_id, terms, asks):
        return hits
    asking = degree_terms(index.analyzer, query.text) | english_degree_terms(index, query.put)

    def content(hit: Hit) -> float:
        return round(sum(g.weight for g in query.groups if g.term in hit.matched and g.term not in asking), 6)

    floor, held = KIND_SCORE_SHARE * hits[0].score, content(hits[0])
    # The words that tell passages apart (in at most half of them; a word no passage holds too):
    # the sentence must hold two of them, or all when the question has fewer.
    telling = [g for g in query.groups if g.term not in asking and g.weight > TELLING_WEIGHT]
    least = min(MIN_WORDS, len(telling))
    best_words = {g.term for g in telling} & hits[0].matched   # what the best passage names
    return first_to_front(hits, KIND_DEPTH, lambda hit: hit.score >= floor and content(hit) >= held
                          and best_words <= hit.matched and states_asked_kind(
                              index, hit.chunk_id, terms, asks, [frozenset(g.members) for g in telling], least))


def first_to_front(hits: list[Hit], depth: int, moves: Callable[[Hit], bool]) -> list[Hit]:
    """The hits with the first one below the best, within `depth`, that `moves` moved to the front;
    the hits as they are when none does."""
    for rank in range(1, min(depth, len(hits))):
        if moves(hits[rank]):
            return [hits[rank], *hits[:rank], *hits[rank + 1:]]
    return hits


def states_measure_near(index: Index, chunk_id: int, terms: QueryTerms, measure: str) -> bool:
    """Whether the passage states the measure in one of its best sentences for the question or
    beside one (fact_kinds.neighbourhood): "Lommeparker i alle bydele. Ingen bolig bør ligge mere
    end 300 meter fra et grønt opholdssted." """
    best, found = answering_sentences(index, chunk_id, terms)
    return any(states_measure(neighbourhood(found, i), measure) for i in best)


def measure_first(index: Index, query: Query, hits: list[Hit], measure: str) -> list[Hit]:
    """The hits with the first candidate that states the asked measure moved to the front, when the
    best one does not state it; otherwise the hits as they are."""
    terms = shared_query_terms(query.groups, [g.weight for g in query.groups])
    if states_measure_near(index, hits[0].chunk_id, terms, measure):
        return hits
    asking = degree_terms(index.analyzer, query.text) | english_degree_terms(index, query.put)
    telling = {g.term for g in query.groups if g.term not in asking and g.weight > TELLING_WEIGHT}
    return first_to_front(hits, MEASURE_DEPTH, lambda hit: bool(telling & hit.matched)
                          and states_measure_near(index, hit.chunk_id, terms, measure))


def funder_first(index: Index, query: Query, hits: list[Hit]) -> list[Hit]:
    """The hits with the first candidate that tells funding (asked_funder.funding_terms) and holds a
    telling word of the question other than its paying moved to the front, when the question asks
    who paid and the best one does not; otherwise the hits as they are."""
    if not (asks_funder(query.put) if query.put else asks_funder(query.text)):
        return hits
    funding = funding_terms(index)
    # The question's own paying ("betalt") may be a word of funding: it tells nothing of what was paid for.
    telling = {g.term for g in query.groups if g.weight > TELLING_WEIGHT and funding.isdisjoint(g.members)}

    def tells(hit: Hit) -> bool:
        return bool(telling & hit.matched) and any(passage_has(index, hit.chunk_id, t) for t in funding)

    return hits if tells(hits[0]) else first_to_front(hits, len(hits), tells)
