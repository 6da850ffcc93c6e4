"""Whether a passage tells how to apply for money, where a question asks how one applies for it.

"Vores skole har en grå asfaltgård. Hvordan ansøger man om penge fra puljen til grønne skolegårde?" and
"Hvis min kommune vil søge penge fra puljen til skolegårde, hvordan gør den så?" were answered with
recommendation 6, "Folketinget bør afsætte en fast pulje på 50 millioner kroner om året til at gøre
skolegårde grønne …": the passage names the pool, its sum and its purpose – every word of the question
but the one it asks about. The decision weighs "søge" as one word among many, and a question's verb of
asking is its least telling word.

A question for the way to apply for money ("hvordan" / "how" with "ansøge", "søge" or "apply", and the
money: "penge", "støtte", "tilskud", "midler", "puljen", "funding", "grant") is answered only by a
passage that speaks of applying or of granting: "ansøgning", "kan søges", "bevilges", "tildeles",
"uddeles", "apply", "application". A passage that only names the money says nothing of how to get it.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .retrieve import Query

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
APPLICATION_GATE = "application_told"
# Asked how (Danish with or without æ/ø/å, and English), to apply, and for money.
_HOW = re.compile(r"\b(?:hvordan|hvorledes|how)\b", re.IGNORECASE)
_APPLY = re.compile(r"\b(?:an)?(?:søg|soeg|sog)(?:e|er|es|te|t|ning\w*)?\b|\bapply(?:ing)?\b|\bapplications?\b",
                    re.IGNORECASE)
_MONEY = re.compile(r"\b(?:penge|peng|støtte|stoette|tilskud\w*|midler|midlerne|bevilling\w*|pulje\w*|legat\w*"
                    r"|funding|funds?|grants?|money|support|subsid\w*)\b", re.IGNORECASE)
# A passage that speaks of applying for or granting money (Danish and English forms).
_APPLICATION = re.compile(r"\b(?:ansøg\w*|ansoeg\w*|søges|soeges|søge om|bevilg\w*|tildel\w*|uddel\w*"
                          r"|apply|applications?|applied|granted)\b", re.IGNORECASE)


def asks_how_to_apply(question: str) -> bool:
    """Whether a question asks how one applies for money ("Hvordan ansøger man om penge fra puljen?")."""
    return bool(_HOW.search(question) and _APPLY.search(question) and _MONEY.search(question))


def application_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage speaks of applying for or granting money (always, for a question that does
    not ask how to apply for it)."""
    return not asks_how_to_apply(question) or bool(_APPLICATION.search(index.chunk(chunk_id).text))
