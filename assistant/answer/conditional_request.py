"""A question asked as what the visitor should pass on: "Hvis jeg skulle forklare min chef, hvad I laver, …?".

People ask for an answer by imagining the situation they need it in. The message then has three
parts: a condition that tells who is to be told ("Hvis jeg skulle forklare min chef", "If I had to
explain to my boss"), the embedded question that is asked ("hvad I laver", "what you do"), and a
closing that asks what to say ("hvad skulle jeg så sige?", "what would I say?"). The condition and
the closing name no topic - only the visitor's audience - yet their words ("chef", "byrådet", "sige")
pull the search to passages that use them and count against the answer. Both are taken off when all
three parts are there; the closing alone after a condition without an embedded question ("Hvis jeg
melder mig ud, hvad skal jeg så sige?") leaves the message as it is, as the condition is the topic.
Convincing someone that a claim holds ("overbevise min svigerfar om, at balance er godt for
økonomien") asks why it holds. The forms are Danish and English grammar (conditional clause, modal
verb, first-person subject), not words of any material; each has a test.
"""
from __future__ import annotations

import re

from .hedges import compile_danish

_FLAGS = re.IGNORECASE

# The closing: a question word, a modal, the visitor (or the organisation asked for its words) and a
# verb of saying, perhaps to whom ("hvad ville I sige til ham?", "what should I tell them?").
_DANISH_CLOSING = (r"(?:hvad|hvordan)\s+(?:skulle|skal|ville|vil|kunne|kan|bør|burde)\s+(?:jeg|vi|man|i|du)"
                   r"(?:\s+(?:så|nu|egentlig|da))*\s+(?:sige|svare|fortælle|forklare)(?:\s+(?:det|dem))?"
                   r"(?:\s+til\s+(?:ham|hende|dem|vedkommende|(?:min|mit|mine|vores)\s+[^\W\d_]+))?")
_ENGLISH_CLOSING = (r"(?:what|how)\s+(?:would|should|could|do|can|shall)\s+(?:i|we|you)(?:\s+then)?"
                    r"\s+(?:say|tell\s+(?:him|her|them|my\s+[^\W\d_]+)|explain\s+it|put\s+it)(?:\s+then)?")
_CLOSING = compile_danish(rf"\s*[,;–—-]+\s*(?:{_DANISH_CLOSING}|{_ENGLISH_CLOSING})\s*[?.!]*\s*$", _FLAGS)

# The condition that opens the message: "hvis" / "if", perhaps "nu", a first-person subject, a modal
# or "had to" / "were to", and up to eight words telling whom the visitor tells ("Hvis nu jeg skulle
# overbevise min svigerfar i Aalborg om"); no sentence ends inside it.
_CONDITION = compile_danish(
    r"^\s*(?:og\s+|and\s+)?(?:hvis|if)(?:\s+nu)?\s+(?:jeg|vi|man|i|we)(?:\s+nu)?"
    r"\s+(?:skulle|skal|ville|had\s+to|have\s+to|were\s+to|was\s+to|needed\s+to|wanted\s+to)"
    r"(?P<telling>(?:\s+[^\s.!?:;,–—]+){1,8}?)"
    # The embedded question after it: a question word (not "hvis"), or a claim with "at"/"that".
    r"(?:\s*[,:–—-]\s*|\s+)(?P<asked>(?:hv(?!is\b)\w+|what|who|when|where|why|how|which|whether)\b.*"
    r"|(?:om,?\s+)?at\s.*|(?:of\s+)?that\s.*)$", _FLAGS | re.DOTALL)
# Convincing someone of a claim asks for the reasons it holds.
_CONVINCE = compile_danish(r"\b(?:overbevise|overtale|convince|persuade)\b", _FLAGS)
_CLAIM = compile_danish(r"^(?:om,?\s+)?(?:at|of\s+that|that)\s+", _FLAGS)


def without_conditional_request(message: str) -> str:
    """The embedded question of a message asked as what to pass on, without the condition and the
    closing around it ("Hvis jeg skulle forklare min chef, hvad I laver, hvad skulle jeg så sige?" ->
    "hvad I laver?"); the message unchanged when it lacks one of the three parts."""
    closing = _CLOSING.search(message)
    if not closing:
        return message
    found = _CONDITION.match(message[:closing.start()])
    if not found:
        return message
    asked = found["asked"].strip(" ,;–—-")
    if _CLAIM.match(asked):
        # The claim to convince of asks why it holds; any other claim ("at I …") is asked as it stands.
        english = not re.match(r"(?:om,?\s+)?at\b", asked, _FLAGS)
        why = ("why " if english else "hvorfor ") if _CONVINCE.search(found["telling"]) else ""
        asked = why + _CLAIM.sub("", asked)
    return asked.rstrip(" ?.!") + "?"
