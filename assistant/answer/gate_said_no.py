"""Whether a passage counts those who said no, where a question asks how many did.

"Hvor mange procent svarede nej til en byhave?" and "What percentage of respondents said no to using a city
garden?" were answered with "I spørgeskemaundersøgelsen svarer 81 procent, at de ønsker mere natur …, og 64
procent, at de ville bruge en byhave …": the figure for those who said yes. The rest is not the share who said
no (some may not have answered), and a vote's figure for ("to tredjedele af de afgivne stemmer") is no count of
the votes against. A question that counts a refusal -- a verb of answering or voting with "nej"/"imod"/"no"/
"against" after it, or a wish denied ("ikke ville", "would not") -- is answered only by a passage with a
sentence that holds a figure and a negation. Grammar, not the material's words: the negations and the verbs of
answering are closed classes of Danish and English.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..index.chunking import split_sentences
from .asked_measure import SHARE, asked_measure
from .fact_kinds import asked_types
from .figures import has_figure
from .retrieve import Query
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
SAID_NO_GATE = "said_no_counted"
# "svarede nej", "sagde nej til", "stemte imod", "said no", "voted against"; "ikke ville", "would not",
# "wouldn't", "don't want": the answer counted is a refusal.
_ASKS_REFUSAL = guarded(re.compile(
    r"\b(?:svar\w*|sagde|siger|sige|stemte|stemmer|stemme|said|say|says|answered|answer|voted|vote|replied)"
    r"\s+(?:\w+\s+)?(?:nej|no|imod|against)\b"
    r"|\b(?:ikke|not)\s+(?:\w+\s+)?(?:ville|ønsker|onsker|want|wanted)\b|\b(?:would|ville)\s+(?:\w+\s+)?(?:ikke|not)\b"
    r"|\b(?:wouldn't|don't want|didn't want)\b", re.IGNORECASE))
# A negation or a word of refusal in the sentence that counts ("svarede nej", "ønsker ikke", "imod").
_NEGATION = re.compile(r"\b(?:nej|ikke|imod|no|not|against|never|aldrig)\b|n't\b", re.IGNORECASE)


def asks_refusals(question: str) -> bool:
    """Whether a question asks how many said no ("Hvor mange procent svarede nej …?")."""
    # The refusal first: it is read for every passage weighed, and rarely there.
    refuses = bool(_ASKS_REFUSAL.search(question))
    return refuses and bool(asked_types(question).quantity or asked_measure(question) == SHARE)


def counts_refusals(text: str) -> bool:
    """Whether a text has a sentence that holds a figure and a negation ("19 procent svarede nej")."""
    return any(has_figure(s) and _NEGATION.search(s) for s in split_sentences(text))


def said_no_counted(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage counts a refusal where the question asks how many refused (always, for a
    question that asks none)."""
    return not asks_refusals(question) or counts_refusals(index.chunk(chunk_id).text)
