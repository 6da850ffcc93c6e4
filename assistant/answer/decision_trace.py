"""What the answer/decline decision did with one question, as data: the step that declined it, or what answered.

compose.ask fills one when asked to (`trace=`); benchmarks/answerability_causes.py sorts the false
declines and the wrongly answered questions by it. Reading the decision's own record, not a replay of
its steps, keeps the two from drifting apart when a step changes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .answerability import Signals
from .retrieve import Hit

# The steps, in the order the answer path takes them.
REFERENCE = "reference"        # a question naming a § was answered by quoting it
NO_HITS = "no_hits"            # nothing was found to weigh
ASKED_THING = "asked_thing"    # a thing the question asks about is named nowhere (asked_thing.py)
DECLINED = "declined"          # no weighed passage answers (model, gates, fallback and anchor all said no)
NO_SENTENCES = "no_sentences"  # a passage answers, but no sentence of it was chosen
ANSWERED = "answered"


@dataclass
class DecisionTrace:
    """One question's way through the decision (compose.compose), filled as it goes."""

    step: str = ""
    # The candidates the decision saw, best first: near-duplicates merged, a defining passage first.
    hits: tuple[Hit, ...] = ()
    # Each weighed passage's signals and (probability, gated), best first (compose.weighed_hits).
    signals: tuple[Signals, ...] = ()
    judged: tuple[tuple[float, bool], ...] = ()
    # The rank among the weighed passages the answer starts from, and what took it:
    # "best", "fallback" (fallback.leading), "anchor", "anchor_below" (fallback.anchored_lead), "definition".
    lead: int | None = None
    answered_by: str = ""
    gates_failed: tuple[tuple[str, ...], ...] = field(default_factory=tuple)
