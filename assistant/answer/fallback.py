"""Which passage an answer starts from: the best one, or when the model declines it, one below it.

The ranking often puts first a passage that shares the question's words ("Vores historie" for
"hvornår fik I jeres navn?") and second the one that answers; asking the answerability model only
about the first declined those questions although the answer was found.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

# How sure the model must at least be of a passage below the best one, which it already finds likelier
# than the best, for that passage to answer when the best is declined. Lower floors were measured
# (docs/benchmarks.md, dev9a round): 0.15 answered "Hvem har betalt for kortlægningen?" from the page
# that says "er finansieret af" (+9 right passages first on the dev sets, 2 correct declines lost), but
# on NorQuAD's validation questions it bought 0.004 fewer false declines for 0.022 more answered
# unanswerable ones, and it answered questions put to the other organisation's material: it stays at
# the threshold.
FALLBACK_FLOOR = 0.30
# How sure the model must at least be of the best passage when it holds every thing the question
# asks about (asked_thing.holds_every_thing) and lacks only its verbs and everyday words.
ANCHORED_FLOOR = 0.2
# How much likelier than the best passage the model must find an anchored passage below it. Chosen on
# NorQuAD's validation questions (docs/benchmarks.md, dev10c round): with no margin 0.001 more
# unanswerable ones were answered there; from 0.05 none, and the dev sets keep every gain.
ANCHORED_MARGIN = 0.05


def clears(judged: tuple[float, bool], threshold: float) -> bool:
    """Whether a passage judged (probability, gated) answers: no gate declines it, the model is sure enough."""
    probability, gated = judged
    return not gated and probability >= threshold


# The gates that find the figure, the sum or the time a "hvor mange?" / "hvad koster?" / "hvornår?"
# question asks missing from a passage (answerability_signals, gate_count.py). Where they alone decline the
# best passage, it holds what the question is about but not the figure: a passage below that the model
# passes holds the figure of the same thing ("How many members answered the survey?": the summary's "8 ud
# af 10 medlemmer" first, page 2's "blandt 1.412 medlemmer" third), not something else the best one lacks,
# like a name (the auditor's).
FIGURE_GATES = frozenset({"quantity_found", "money_found", "counted_named", "count_told", "time_found"})


def lacks_only_the_figure(failed: Sequence[str]) -> bool:
    """Whether the gates that declined the best passage (by name) all find the figure or sum missing."""
    return bool(failed) and FIGURE_GATES.issuperset(failed)


def leading(judged: Sequence[tuple[float, bool]], threshold: float, floor: float | None = None,
            figure_below: Callable[[int], bool] | None = None) -> int | None:
    """The rank of the passage an answer starts from, given each candidate's (probability, gated), best first.

    The best passage when the model passes it; otherwise the first of the next ones that passes
    the gates, is more likely than the best passage itself (gates aside) and clears `floor`
    (FALLBACK_FLOOR, never above the threshold). Where the best passage is the likelier one and
    only a gate declined it (the auditor's section for "hvem er revisor?" names no one), the
    question is about what it lacks: a passage further down that happens to hold a name answers
    something else. Where only the figure gates declined the best one (lacks_only_the_figure), a passage
    below that clears the threshold itself and of which `figure_below(rank)` holds (it is about the same
    thing) answers, however likely the best.
    """
    floor = min(threshold, FALLBACK_FLOOR if floor is None else floor)
    best = judged[0][0] if judged else 0.0
    for rank, (probability, gated) in enumerate(judged):
        if clears((probability, gated), floor if rank else threshold) and (not rank or probability > best):
            return rank
        if rank and figure_below is not None and clears((probability, gated), threshold) and figure_below(rank):
            return rank
    return None


def anchored(judged: Sequence[tuple[float, bool]], holds_every_thing: bool, floor: float | None = None) -> bool:
    """Whether the best passage answers although the model declined it: it holds every thing the
    question asks about, no gate declines it, and the model is not all but sure it does not answer.

    The model weighs a missing verb like a missing noun ("stiftet" where the passage says
    "startede"); a question whose nouns all stand in the passage asks what the passage says.
    """
    floor = ANCHORED_FLOOR if floor is None else floor
    return bool(judged) and holds_every_thing and not judged[0][1] and judged[0][0] >= floor


def anchored_lead(judged: Sequence[tuple[float, bool]], holds_every_thing: Callable[[int], bool],
                  floor: float | None = None) -> int | None:
    """The rank of the passage an answer starts from when the model declined them all: the best
    passage when it is anchored; otherwise the first passage below it that the model finds likelier
    than the best by ANCHORED_MARGIN, that no gate declines, that clears `floor` (ANCHORED_FLOOR) and
    that holds every thing asked about. `holds_every_thing(rank)` is asked only of such a passage (it reads sentences).

    The ranking often puts first the passage with the question's everyday words and second the one
    that names what is asked about ("Vores historie" for "hvornår skiftede I navn?"): the anchor is the
    same evidence there as on the best passage.
    """
    floor = ANCHORED_FLOOR if floor is None else floor
    if not judged:
        return None
    if anchored(judged, holds_every_thing(0), floor):
        return 0
    best = judged[0][0]
    for rank, (probability, gated) in enumerate(judged[1:], start=1):
        if not gated and probability >= floor and probability > best + ANCHORED_MARGIN and holds_every_thing(rank):
            return rank
    return None
