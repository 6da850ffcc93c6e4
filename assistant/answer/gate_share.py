"""Whether a passage states a share, where a question asks for one ("What share of …?", "hvor stor en del af …?").

"What share of your members are private individuals?" was answered with "Balance Danmarks medlemmer består
af kommuner, virksomheder, organisationer og privatpersoner": the passage names the group and says nothing
of how big a part of the members it is. A share is told by a percentage, a fraction in words or "8 ud af 10"
(asked_measure.states_measure) or by a majority ("simpelt flertal"), which is a share the statutes state
without a figure. A question that asks a share (asked_measure.SHARE: "hvor stor en del", "hvor mange
procent", "what share", "how big a part") is answered only by a passage that states one somewhere (a
table's cells stand apart from the sentences sharing the question's words); a count ("1.412 medlemmer") or a
date is no share.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .asked_measure import SHARE, asked_measure, states_measure
from .retrieve import Query

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
SHARE_GATE = "share_told"
# A majority is a share said in words, and Norwegian and English say a percentage so (grammar, not the
# material's words): asked_measure reads the Danish forms.
# Norwegian says half "halvparten" and a share "ni av ti" (NorQuAD's answers: "Omkring halvparten").
_MAJORITY = re.compile(r"\b(?:flertal(?:let)?|flertall(?:et)?|majority|prosent|percent|pct|halvpart\w*)\b"
                       r"|\b(?:\d+|en|én|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti) (?:av|out of) "
                       r"(?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|hundre)\b", re.IGNORECASE)


def states_share(text: str) -> bool:
    """Whether a text states a share: a percentage, a fraction, "8 ud af 10" or a majority."""
    return states_measure(text, SHARE) or bool(_MAJORITY.search(text))


def share_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage states a share where the question asks for one (always, for a question that
    asks none)."""
    if asked_measure(question) != SHARE:
        return True
    # The whole passage is read: a table's cells ("Store byer 26 % 21 %") stand apart from the sentences
    # that share the question's words, and a passage without any share states none of what is asked.
    return states_share(index.chunk(chunk_id).text)
