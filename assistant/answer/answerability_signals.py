"""The answerability model's inputs for one question and passage: how much of the question the passage
and its best sentence hold, weighed by how telling each word is in the corpus and in general language,
how its BM25 score compares with the question's maximum and the other candidates, and whether it holds
the kind of fact asked for (the checks the model's gates read). answerability.py weighs them.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..index.bm25 import K1, Index
from .anchored_everyday import anchored_everyday, nearest_rival
from .asked_kinds import NOTHING_ASKED, AskedTypes
from .asked_measure import distance_told
from .asked_which import which_named
from .compound_focus import held_whole
from .counted_thing import counted_members, counts_it
from .document_kind import held_as_document
from .document_self import held_as_known_one, held_as_self, told_by_name
from .fact_kinds import (
    MONEY,
    NAME,
    PRICE_WORD,
    answering_sentences,
    asks_superlative,
    has_figure,
    names_role,
    neighbourhood,
    prices_the_thing,
    states_time,
    tells_time,
)
from .gate_clock import telling_sentences, tells_time_kind
from .gate_role import holds_role, role_words
from .held_apart import held_apart
from .held_otherwise import held_in_phrases, held_otherwise
from .place_told import asks_one_by_kind, tells_place
from .realised import asks_realised, states_realised
from .received_thing import holds_received, received_word
from .retrieve import Hit, Query, TermGroup
from .sentence_evidence import best_sentence_weight, shared_query_terms
from .sibling_compounds import siblings_held

FEATURES = (
    "coverage",            # share of the question's corpus weight (idf) the passage holds
    "general_coverage",    # the same, each word weighed by how rare it is in general language
    "joint_coverage",      # weighed by both: rare in the corpus *and* in general language
    "unmatched_rare",      # how rare in general language the rarest word the passage lacks is
    "rarest_matched",      # whether the passage holds the question's most telling word
    "sentence_coverage",   # share of the question's weight in the passage's best sentence
    "relative_score",      # BM25 score / the score a passage holding every query term would get
    "margin",              # how far ahead of the next passage the best one is
    "terms",               # log(1 + number of query terms)
    "names_matched",       # share of the question's names and numbers the passage holds
    "sentence_joint",      # joint-weighted share of the question in the passage's best sentence
    "lead",                # the best score over the mean of the other candidates' scores
    "rare_missing",        # how many words rare in general language the passage lacks
    "time_found",          # "hvornår?": the best sentence holds a year, date or number (1 if not asked)
    "quantity_found",      # "hvor mange?", "hvad koster?": it holds a number (1 if not asked)
    "person_found",        # "hvem?": it holds a name (1 if not asked)
)


# The fewest other query words a question must have for a definite form alone to count as the
# document's subject (see signals()).
MIN_OTHER_WORDS = 2


@dataclass(frozen=True)
class Signals:
    """The model's inputs for one passage, in FEATURES order."""

    values: tuple[float, ...]
    # Rarity of the rarest question word no passage holds in any form: a gate, not a model input
    # (as an input it only blurred the model; as a gate it does what it says).
    absent_rare: float = 0.0
    # Whether the passage holds the kind of fact asked for where the model's inputs cannot tell: a
    # sum of money for a price, a name for "hvem er formanden?". Gates too, for the same reason.
    money_found: bool = True
    role_named: bool = True
    which_named: bool = True
    # "Hvor ligger …?": a place is a name ("Aarhus", "Christiansborg"); a sentence without one
    # speaks of the topic but not of where.
    place_named: bool = True
    # The question's focus word (its rarest in general language) held other than only as the head
    # of its compound: statutes on "medlem" say nothing of the "æresmedlem" asked about.
    focus_whole: bool = True
    # "Hvor mange X?": the answering text counts X where it names X (counted_thing.py).
    counted_named: bool = True
    # "… har allerede …?": an answering sentence tells of a realised event (realised.py).
    realised: bool = True
    received_named: bool = True  # "Får bestyrelsen løn?": the thing received is named (received_thing.py)

    def as_dict(self) -> dict[str, float]:
        return dict(zip(FEATURES, self.values))


def focus_term(groups: Sequence[TermGroup], general: dict[str, float]) -> TermGroup | None:
    """The question's focus: its word rarest in general language (the corpus weight breaks ties).
    "Kan man blive æresmedlem?" is about "æresmedlem", whatever else the material says of members."""
    return max(groups, key=lambda g: (general[g.term], g.weight), default=None)


def _max_score(index: Index, query: Query) -> float:
    """The BM25 score of a passage holding every query term at saturation (tf → ∞)."""
    total = 0.0
    for term in query.terms:
        t = index.term_ids.get(term)
        if t is not None:
            total += max(float(index.idf[t]), 0.0) * (K1 + 1)
    return total


def signals(index: Index, query: Query, hits: Sequence[Hit], rank: int,
            rarity: dict[str, float], names: frozenset[str] = frozenset(),
            asks: AskedTypes = NOTHING_ASKED,
            unknown: dict[str, float] | None = None, focus: bool = True) -> Signals:
    """The signals for hits[rank] as the answer to the query; without `focus` the compound check
    (focus_whole), which a model may not gate on, is not made and reads as passed."""
    hit = hits[rank]
    groups = query.groups
    total = query.total_weight or 1.0
    general = {g.term: rarity.get(g.term, 1.0) for g in groups}
    joint = {g.term: general[g.term] * g.weight for g in groups}
    # A word the passage holds as the head of a compound or in another word class counts as held
    # (held_otherwise.py): the search matched only the forms it expanded the word to. So does a verb
    # of a fixed phrase said with the phrase's synonym, or that is all the passage lacks ("bakker … op").
    matched = hit.matched | held_otherwise(index, hit.chunk_id, [g for g in groups if g.term not in hit.matched],
                                           frozenset(query.terms))
    # And another compound of the word's head, where the material lacks the word ("industriklynger"
    # for "erhvervsklynger"; sibling_compounds.py).
    matched |= siblings_held(index, hit.chunk_id, [g for g in groups if g.term not in matched], names)
    # Or its parts written apart or its root ("storbyerne" by "de store byer"; held_apart.py).
    matched |= held_apart(index, hit.chunk_id, [g.term for g in groups if g.term not in matched], names)
    matched |= held_in_phrases(index, hit.chunk_id, query.text, [g for g in groups if g.term not in matched],
                               [g for g in groups if g.term in matched])
    # Or a word for the whole document, which its title names by its kind ("reglerne" of the statutes
    # titled "Vedtægter"; document_kind.py).
    matched |= held_as_document(index, hit.chunk_id, query.text, [g.term for g in groups if g.term not in matched],
                                names)
    # Or a word for the organisation the document defines itself as ("jeres forening" of the page that
    # opens "Balance Danmark er en … organisation"; document_self.py), where the passage holds what else
    # the question is about (its focus): "Hvem bestemmer mest i foreningen?", put to the other
    # organisation's page, is about "bestemme", which no passage there holds.
    self_held = held_as_self(index, hit.chunk_id, query.text, [g.term for g in groups if g.term not in matched],
                             names, put=query.put)
    rest_focus = focus_term([g for g in groups if g.term not in self_held], general)
    if rest_focus is not None and rest_focus.term in matched:
        # A definite form alone ("sammenslutningen") is as often another body: with one other word
        # left, any passage naming that word would hold all of the question ("Hvem styrer
        # sammenslutningen?", put to the Om page, by its "styrker"), so there it does not count.
        # Unless a sentence names the organisation with that word (document_self.told_by_name).
        rest = [g.term for g in groups if g.term not in self_held]
        few = len(rest) < MIN_OTHER_WORDS and not told_by_name(index, hit.chunk_id, rest)
        matched |= self_held - held_as_known_one(index, hit.chunk_id, query.text, self_held, names,
                                                 put=query.put) if few else self_held
    # So does an everyday word the material never uses, where the passage holds all else and its
    # nearest rival lacks the question's most telling word ("da I fik nyt navn": anchored_everyday.py).
    # Only in the visitor's own Danish: an English question's Danish words are the dictionary's.
    if not query.put:
        matched |= anchored_everyday(index, query.text, groups, matched, nearest_rival(hits, rank), general,
                                     asks, names)
    coverage = sum(g.weight for g in groups if g.term in matched) / total
    general_total = sum(general.values()) or 1.0
    joint_total = sum(joint.values()) or 1.0
    unmatched = [general[g.term] for g in groups if g.term not in matched]
    rarest = max(groups, key=lambda g: (joint[g.term], g.weight), default=None)
    terms = shared_query_terms(groups, [g.weight for g in groups])
    best_sentence = best_sentence_weight(index, hit.chunk_id, terms)
    top = _max_score(index, query)
    nxt = hits[rank + 1].score if rank + 1 < len(hits) else 0.0
    margin = (hit.score - nxt) / abs(hit.score) if hit.score else 0.0
    asked_names = [g.term for g in groups if g.term in names]
    joint_terms = shared_query_terms(groups, [joint[g.term] for g in groups])
    others = [h.score for i, h in enumerate(hits) if i != rank]
    mean_other = sum(others) / len(others) if others else 0.0
    role = asks.role
    # Where the asked fact should stand: the best sentence and its neighbours.
    tied, found_sentences = answering_sentences(index, hit.chunk_id, terms) if any(asks) else ([], ())
    best = tied[0] if tied else -1
    words = set(found_sentences[best][1]) if best >= 0 else set()
    text = neighbourhood(found_sentences, best)
    sentence = found_sentences[best][0] if best >= 0 else ""
    has_number = has_figure(text)
    price_named = bool(PRICE_WORD.search(text))
    # Each kind of fact may stand beside any sentence that holds the question as well as the best.
    texts = [neighbourhood(found_sentences, i) for i in tied]
    # A time of day ("hvad tid starter …?") is told by the clock, the next meeting by a date (gate_clock).
    # Or in the sentence naming the question's most telling word, strictly told there (gate_clock).
    told = [found_sentences[i][0] for i in telling_sentences(found_sentences, tied, groups, joint.get)] \
        if asks.time else []
    found = (not asks.time or any(tells_time(t) and tells_time_kind(t, asks.time_kind) for t in texts)
             or any(states_time(t) and tells_time_kind(t, asks.time_kind) for t in told),
             not asks.quantity or any(has_figure(t) for t in texts) and distance_told(query.put or query.text, texts)
             or (asks.price and price_named),
             not asks.person or any(NAME.search(" " + t) for t in texts))
    focus_group = focus_term(groups, general) if focus else None
    # The sum must stand in the very sentence that answers: its neighbours name other sums.
    money_found = not asks.price or (price_named and not has_number or bool(MONEY.search(sentence))) \
        and prices_the_thing(groups, general, words)
    # An English role is read by its Danish words, as a Danish one by its own (gate_role).
    said, said_as = role_words(index, groups, role) if role else ([], "")
    role_named = not role or names_role(text, said_as) and holds_role(index, groups, matched, said, hit.chunk_id)
    which_ok = which_named(index, groups, asks.named, found_sentences, best,
                           superlative=bool(asks.named) and asks_superlative(query.put or query.text)
                           and asks_one_by_kind(query.put or query.text))
    place_named = not asks.place or tells_place(texts, [found_sentences[i][0] for i in tied], query.text)
    return Signals((
        coverage,
        sum(v for t, v in general.items() if t in matched) / general_total,
        sum(v for t, v in joint.items() if t in matched) / joint_total,
        max(unmatched, default=0.0),
        1.0 if rarest is not None and rarest.term in matched else 0.0,
        min(1.0, best_sentence / total),
        min(1.0, max(0.0, hit.score / top)) if top > 0 else 0.0,
        max(-1.0, min(1.0, margin)),
        math.log1p(len(groups)),
        (sum(t in matched for t in asked_names) / len(asked_names)) if asked_names else 1.0,
        min(1.0, best_sentence_weight(index, hit.chunk_id, joint_terms) / joint_total),
        min(5.0, hit.score / mean_other) if mean_other > 0 else 5.0,
        float(sum(1 for v in unmatched if v >= 0.5)),
        *(1.0 if ok else 0.0 for ok in found),
    ), absent_rare=max(((unknown if unknown is not None else general).get(g.term, 1.0)
                        for g in groups if not g.members), default=0.0),
        money_found=money_found, role_named=role_named, which_named=which_ok, place_named=place_named,
        counted_named=not asks.quantity or counts_it(index.analyzer, [found_sentences[i][0] for i in tied], texts,
                                               counted_members(index, query, asks.counted)),
        realised=not asks_realised(query.text) or states_realised(index, hit.chunk_id, terms),
        focus_whole=focus_group is None or held_whole(index, hit.chunk_id, focus_group),
        received_named=holds_received(index, hit.chunk_id, groups, received_word(query.text)))
