"""Whether a passage says who founded the one a question names, where it asks who founded it.

"Who founded Oprør fra Udkanten?", "Hvem grundlagde bevægelsen Oprør fra Udkanten?" were answered with "Bag
initiativet stod Danske Andelskassers Bank, Jøp, Ove & Myrthu og en række kommuner": the agent gate finds a doer,
but the initiative is Danmark på Vippen's, begun in the sentence before ("Balance Danmark startede i 2014 under
navnet Danmark på Vippen …"), and the movement asked about is only said to have joined it in 2017. A question for
who founded, started or set up one of the document's names that is not the document's own (gate_past_event's
founding_named: "Oprør fra Udkanten", not "Balance Danmark" of "Om Balance Danmark") is answered only by a
passage with a sentence that names it and says it began (the verbs of founding, starting and establishing); the
founders then stand beside it. "Who started Danmark på Vippen?" still is: "… startede i 2014 under navnet
Danmark på Vippen".
"""
from __future__ import annotations

from ..index.bm25 import Index
from ..language.word_runs import folded_text
from .fact_kinds import asked_types
from .gate_past_event import TELLS_FOUNDING, founding_named
from .retrieve import Query
from .sentence_evidence import sentences

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
FOUNDER_GATE = "founder_told"


def founder_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage says that the one whose founder a question asks for began, in a sentence that names
    it (always, for a question that asks no one's founder, or only the document's own)."""
    if not asked_types(question).person:
        return True
    named = founding_named(index, chunk_id, question)
    return not named or any(named in folded_text(text) and TELLS_FOUNDING.search(text)
                            for text, _ in sentences(index, chunk_id))
