"""Whether a passage states what follows, where a question asks "hvad sker der, hvis …?".

"Hvad sker der med mit medlemskab, hvis mit firma går konkurs?" was answered with "Balance Danmarks
medlemmer består af kommuner, virksomheder, …", "Hvad sker der, hvis en kommune ikke når målet om 30
procent grønt?" with "De vigtigste er et bindende mål om mindst 30 procent grønt areal …": the passage
holds the thing the question is about (members, the target) and says nothing of what happens. A
question about a consequence names its condition ("hvis …", "når …", "hvad sker der med et medlem,
der …"); the material states a consequence by the same grammar:
  - a condition: "hvis", "når", "såfremt", "medmindre", "ved opløsning …", "Ved køb, salg …";
  - a relative clause on the one it befalls: "Et medlem, der er i restance …, slettes som medlem";
  - a result: ", så byerne bedre tåler skybrud";
or it names the condition's own act and says what is done with it ("Et medlem kan melde sig ud … til
udgangen af et kvartal" for "Hvad sker der, hvis jeg melder mig ud midt i et kvartal?"). A sentence
holding the question, or one beside it, must do one of these.

Only a Danish question is checked: an English condition's verb reaches the material through the
dictionary's first Danish sense, which is often another verb ("felled" → "fylde", where the answer says
"erstatte hvert fældet træ med to nye"), and the check would decline the answer for the translation's
fault.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .checked_sentences import checked_texts
from .retrieve import Query
from .word_class import ACT, word_class

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
CONSEQUENCE_GATE = "consequence_told"
# "Hvad sker der (så) (med X), hvis/når …", "what happens (to X) if/when …", "… to a member who …", and a
# condition before it ("hvis foreningen bliver opløst, hvad sker der så").
_ASKS = re.compile(r"\bhvad\s+sker\s+der\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:hvis|når|naar|nar|såfremt|saafremt)\b(?P<condition>[^?.!]*)"
                        r"|\bmed\s+(?:et|en|de)?\s*[^\W\d_]+,?\s+(?:der|som)\b(?P<relative>[^?.!]*)", re.IGNORECASE)
# How Danish states a consequence (closed classes of conjunctions and prepositions).
_STATES = re.compile(r"\b(?:hvis|når|naar|såfremt|medmindre|dersom|ved|i stedet for)\b"
                     r"|,\s*(?:så|saa)\b"
                     # A relative clause closed before the main clause goes on: "Et medlem, der er i restance
                     # …, slettes" (not "enhver person …, der støtter foreningens formål.", which says who may).
                     r"|[^\W\d_],\s*(?:der|som)\s+[^,.;]+,\s*[^\W\d_]+", re.IGNORECASE)


def asked_condition(question: str) -> str:
    """The condition a Danish question asks the consequence of ("mit firma går konkurs"), or "" where
    it asks none: no "hvad sker der", or no condition named."""
    if not _ASKS.search(question):
        return ""
    found = _CONDITION.search(question)
    return (found["condition"] or found["relative"] or "").strip() if found else ""


def condition_acts(index: Index, condition: str) -> frozenset[str]:
    """The index terms of the condition's verbs."""
    words = re.findall(r"[^\W\d_]+", condition)
    return frozenset(t for w in words if word_class(w) == ACT for t in index.analyzer.query_terms(w))


def consequence_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage states what follows where a question asks what happens if something does
    (always, for a question that asks no such thing)."""
    condition = asked_condition(question)
    if not condition:
        return True
    texts = checked_texts(index, chunk_id, query)
    if any(_STATES.search(text) for text in texts):
        return True
    acts = condition_acts(index, condition)
    return any(acts & set(index.analyzer.document_terms(text)) for text in texts)
