"""Among candidates that hold as much of a question, the one holding its rarest word goes first.

"Hvem har lavet analysen?": the recommendations' page ("før en plads eller park bliver lavet om") and
the method page ("Analysen er udarbejdet af foreningens sekretariat") each hold half of the question
by the material's weights, and BM25 puts first the one whose word is short and common ("lavet")
ahead of the one that says what the question is about. What a question is about is its word rarest
in general Danish (answerability_signals.focus_term: "analysen", not "lavet"), the same word the
decision reads as the question's focus. So among the best few passages, when the best one lacks
that word, the first one below it that holds the word, as much of the question and a score close
to the best goes first. The order changes, not the scores the decision reads. A candidate that
holds less of the question stays where it is: one rare word is not the question ("Kommer
indbydelsen til generalforsamlingen med posten?"); one that holds more is BM25's to place.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.background import term_rarity
from .answerability_signals import focus_term
from .ranked_passages import Hit, Query

# The candidates the decision weighs (rank_kinds.KIND_DEPTH) and how close to the best one's score
# the moved one must be (rank_kinds.KIND_SCORE_SHARE).
RARE_DEPTH = 3
RARE_SCORE_SHARE = 0.5
# How much rarer in general Danish (background.general_rarity, 0..1) the focus word must be than every
# word the best passage holds: between words about as rare ("bygninger", "tage"; two names of one
# rarity) the rarest tells nothing (chosen on alle-dev: 0.1 and below moved more wrongly than right).
RARE_MARGIN = 0.15
# Only a tie moves, and only between passages that each hold this much of the question: one that
# holds more is BM25's business (and moving it answered questions put to the other material: "hvem
# bestemmer om et medlem skal smides ud" by the Om page's "bestemme"), and a rare word in a passage
# holding little else of the question ("Kan en lille købmandsbutik blive medlem?") is no answer.
MIN_COVERAGE = 0.4
# The question is its last sentence or clause: a story before it ("Jeg overvejer at melde mig ind –
# hvad får jeg ud af at være medlem?") says who asks, not what is asked.
_LAST_PART = re.compile(r"[.!?;:–—-]\s+")
_WORD = re.compile(r"\w+")


def rare_word_first(index: Index, query: Query, hits: list[Hit]) -> list[Hit]:
    """The hits with the first close candidate that holds the question's focus word moved to the
    front, when the best one lacks it and the candidate holds as much of the question."""
    if len(hits) < 2 or len(query.groups) < 2:
        return hits
    asked = _LAST_PART.split(query.text.strip().rstrip("?!. "))[-1]
    rarity = term_rarity(index.analyzer, asked)
    focus = focus_term([g for g in query.groups if g.term in rarity], rarity)
    best = hits[0]
    if focus is None or focus.term in best.matched:
        return hits
    held_rarest = max((rarity.get(t, 0.0) for t in best.matched), default=0.0)
    if rarity[focus.term] < held_rarest + RARE_MARGIN:
        return hits
    floor, held = RARE_SCORE_SHARE * best.score, round(best.coverage, 6)
    for rank in range(1, min(RARE_DEPTH, len(hits))):
        hit = hits[rank]
        if focus.term in hit.matched and hit.score >= floor and round(hit.coverage, 6) == held >= MIN_COVERAGE \
                and _says_as_asked(index, hit, query.text, focus.term):
            return [hit, *hits[:rank], *hits[rank + 1:]]
    return hits


def _says_as_asked(index: Index, hit: Hit, question: str, term: str) -> bool:
    """Whether the passage writes the rare word as the question does ("analysen" for "Hvem har lavet
    analysen?"): another form of it is as often another thing ("Hvilke analyser laver I?", put to the
    association, is about the analyses an organisation makes, not the one its publication rests on)."""
    text = set(_WORD.findall(hit.chunk.text.casefold()))
    return any(word in text for word in _WORD.findall(question.casefold())
               if term in index.analyzer.query_terms(word))
