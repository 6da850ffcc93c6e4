"""Asking the assistant while recording its decision: whether a named gate declined the question."""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.index.bm25 import Index


def declined_by(gate: str, question: str, index: Index) -> bool:
    """Whether the question is declined, and the gate of that name is among the checks that failed."""
    trace = DecisionTrace()
    answer = ask(question, index, trace=trace)
    return not answer.answered and any(gate in failed for failed in trace.gates_failed)
