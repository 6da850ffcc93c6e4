"""The adverb "så" ("then", "so") in a question: a word of the conversation, never of the topic.

"Og hvad skal en forening så betale?", "Hvem bestemmer så?", "Hvad sker der så, hvis jeg ikke
betaler?": the visitor takes up what was said before; "så" names nothing asked. Searched, it counts
the material's conjunction ("…, så børn kan lege") for the question and, absent from the right
passage, against it. The verb of the same spelling ("Jeg så jeres rapport", "at så frø") has its
subject or "at" straight before it at the start of a clause, where the adverb never stands in a
question (which puts the verb before its subject: "skal jeg så"); there it is kept.
"""
from __future__ import annotations

import re

from .hedges import compile_danish

# "så" (also "saa" typed without "å") as a word of its own, not "såkaldt" or "så-og-så".
_SAA = compile_danish(r"(?<![\w-])så(?![\w-])", re.IGNORECASE)
# A clause's subject (the clause's start, then one pronoun) or the infinitive's "at" before the verb "så".
_VERB_BEFORE = compile_danish(r"(?:(?:^|[.!?,;:]\s*|\b(?:og|men|da|når|at|der|som)\s+)"
                              r"(?:jeg|du|vi|i|de|han|hun|man)|\bat)\s+$", re.IGNORECASE)

# After a condition ("Hvis jeg mister kortet, hvad gør jeg så?") "så" opens the consequence, the
# resumptive adverb of the "hvis" clause: there it is left as it is. Searched, the question's
# small words are read by the decision, which declined such questions as often as it answered them
# (alle-dev: without this, one unanswerable question more was answered).
_CONDITION = compile_danish(r"(?<![\w-])hvis(?![\w-])", re.IGNORECASE)


def without_then(text: str) -> str:
    """The text without the adverb "så"; the verb "så" (after its subject at a clause's start) kept."""
    if "s" not in text.casefold() or _CONDITION.search(text):
        return text
    return _SAA.sub(lambda m: m.group() if _VERB_BEFORE.search(text, 0, m.start()) else " ", text)
