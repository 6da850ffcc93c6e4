"""Whether a passage says when the one past event a question asks about happened.

"Hvornår udkom jeres første rapport?" was answered with "Balance Danmark har via rapporter … de seneste
år særligt haft fokus …", "Hvornår blev den første bestyrelse valgt?" with "… vælges af
generalforsamlingen for to år ad gangen": the time gate takes any time for "hvornår?" (a period, a
rule for every year, a span), and those sentences hold one. A question about one event in the past
("Hvornår blev X stiftet?", "Hvilket år udkom …?", "When was the last meeting held?") is answered by a
point in time: a year or a date (gate_clock's dates). A vague period ("de seneste år"), a term of office
or a condition ("afholdes, når bestyrelsen beslutter det") does not say when it happened.

The past is read from the verb after the question word: a regular past by its dictionary form
(word_class.regular_past: "startede", "ændrede"), one of the strong pasts of Danish's closed class of
irregular verbs ("blev", "fik", "udkom"), or English's auxiliary ("when was / did"). The date may
stand in the sentence that holds the question best, beside it, or in a sentence that holds nearly as
much of the question ("… som i slutningen af 2018 ændrede navn" for "Hvornår fik organisationen sit
nuværende navn?", whose words the next sentence's "organisation" holds as well).
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .checked_sentences import checked_texts
from .gate_clock import DATE, tells_time_kind
from .retrieve import Query
from .word_class import regular_past

_ASKS_WHEN_PAST = re.compile(r"\b(?:hvornår|hvornaar|hvornar|(?:i )?hvilket [åa]a?r)\s+(?P<verb>[^\W\d_]+)"
                             r"|\b(?P<english>when|(?:in )?(?:what|which) year)\s+(?:was|were|did)\b", re.IGNORECASE)
# The strong pasts of Danish's irregular verbs that ask for an event ("Hvornår blev …", "… udkom …").
_STRONG_PAST = frozenset("blev var fik kom gik tog gav stod lå opstod udkom holdt".split())
# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
PAST_EVENT_GATE = "past_event_dated"


def asks_past_event(question: str) -> bool:
    """Whether a question asks when one event happened in the past ("Hvornår blev X stiftet?")."""
    found = _ASKS_WHEN_PAST.search(question)
    if not found:
        return False
    verb = (found["verb"] or "").casefold()
    return bool(found["english"]) or verb in _STRONG_PAST or regular_past(verb)


def past_event_dated(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage gives a year or a date where it answers a question about one past event
    (always, for a question that asks no such thing)."""
    if not asks_past_event(question):
        return True
    return any(tells_time_kind(text, DATE) for text in checked_texts(index, chunk_id, query))
