"""Chatty wrappers around a question ("Hej, jeg undrer mig over …, kan du hjælpe mig?") taken off.

People wrap a question in greetings, thanks and requests. Their words carry no topic, yet as query
terms they rank passages that happen to use them and, being absent from the material, count
against the answer. These are phrases of Danish (and English) conversation, not of any material:
each pattern is a whole discourse phrase, never a topic word, and a test shows each one.
"""
from __future__ import annotations

import re

_FLAGS = re.IGNORECASE

_GREETING = (r"(?:hej(?:sa)?(?:\s+igen)?|hallo|halløj|goddag|god\s*morgen|godaften|davs?|hi|hello|hey"
             r"|undskyld(?:\s+(?:mig|forstyrrelsen))?)")
_THANKS = (r"(?:(?:tusind|mange)\s+)?tak(?:\s+for\s+(?:hjælpen|svaret|det|sidst))?"
           r"(?:\s+indtil\s+videre)?|thanks|thank\s+you")
# Phrases that only ask for an answer: the question follows them.
_REQUESTS = (
    r"(?:kan|kunne|vil|ville)\s+(?:du|i)\s+(?:måske\s+|lige\s+|venligst\s+|godt\s+)?"
    r"(?:hjælpe\s+mig(?:\s+med)?|fortælle(?:\s+mig)?|sige(?:\s+mig)?|forklare(?:\s+mig)?|oplyse)"
    r"(?:\s+(?:lidt|mere|noget))?(?:\s+om)?",
    r"jeg\s+(?:vil|ville)\s+(?:gerne|godt|bare)\s+(?:lige\s+)?(?:vide|høre|spørge)(?:\s+lidt)?(?:\s+om)?",
    r"jeg\s+(?:undrer|spekulerer)\s+mig\s+(?:over|på)",
    r"jeg\s+er\s+nysgerrig\s+(?:efter|på)(?:\s+at\s+vide)?",
    r"jeg\s+har\s+et\s+(?:lille\s+)?spørgsmål(?:\s+om)?",
    # "… et hurtigt spørgsmål: …": the announcement of a question.
    r"(?:et|en|mit)\s+(?:hurtigt|lille|kort|enkelt)\s+(?:spørgsmål|ting)",
    r"må\s+jeg\s+(?:lige\s+)?spørge(?:\s+om)?",
    r"(?:can|could|would)\s+you\s+(?:please\s+)?(?:tell\s+me|help\s+me(?:\s+with)?|explain)(?:\s+about)?",
    r"i(?:'d|\s+would)\s+like\s+to\s+know",
    r"i\s+(?:was\s+)?wonder(?:ing|ed)?(?:\s+about)?",
    r"please",
)
# A closing request or thanks after the question ("…, kan du hjælpe mig?", "… på forhånd tak").
_TRAILING = re.compile(r"[\s,;:–-]*(?:kan\s+du\s+hjælpe(?:\s+mig)?|(?:på\s+forhånd\s+)?tak(?:\s+på\s+forhånd)?"
                       r"|can\s+you\s+help(?:\s+me)?|thanks?(?:\s+you)?(?:\s+in\s+advance)?)\s*[?.!]*\s*$",
                       _FLAGS)
_LEADING = re.compile(rf"^\s*(?:{_GREETING}|{_THANKS})\b[\s,.!:;–-]*(?:og\s+|and\s+)?", _FLAGS)
_REQUEST = re.compile(rf"(?:^|(?<=[\s,.!?;:–-]))(?:{'|'.join(_REQUESTS)})\b[\s,:]*", _FLAGS)


def unwrap(question: str) -> str:
    """The question without greetings, thanks and requests around it; unchanged if nothing is left."""
    text = question
    while True:
        stripped = _LEADING.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    text = _TRAILING.sub("", text)
    text = _REQUEST.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–")
    return text if re.search(r"\w", text) else question


# Where one sentence or clause of a message ends and the next begins: a full stop, "!" or "?"
# before a new word, a dash between spaces, or a colon ("Et hurtigt spørgsmål: hvem …").
_CLAUSE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|\s+[–-]+\s+|:\s+")
# How a Danish or English question opens: a question word, or a verb first ("Kan jeg …",
# "Er der …", "Can I …"); a statement opens with its subject ("Jeg bor …", "Vi har …").
_QUESTION_OPENING = re.compile(
    r"^(?:hv\w*|kan|kunne|må|skal|skulle|vil|ville|er|var|har|havde|får|bliver|gælder|findes|"
    r"what\w*|who\w*|when|where|why|how|which|can|could|may|must|shall|should|will|would|is|are|"
    r"was|were|do|does|did|has|have)\b", re.IGNORECASE)


def split_context(question: str) -> tuple[str, str]:
    """(context, question): what a message tells before the question it asks, and the question.

    "Jeg bor i en almen bolig. Hvad anbefaler I …?", "Jeg er lidt bagud med betalingen - hvad
    sker der, hvis …?": a statement before the question sets the scene; the question is the last
    clause that is put as one (ends in "?" or opens with a question word or a verb). A message of
    one clause, or whose last clause is no question, or that asks several, is all question.
    """
    clauses = [c.strip() for c in _CLAUSE_END.split(question.strip()) if re.search(r"\w", c)]
    if len(clauses) < 2 or not _is_question(clauses[-1]) or any(map(_is_question, clauses[:-1])):
        return "", question
    return " ".join(clauses[:-1]), clauses[-1]


def _is_question(clause: str) -> bool:
    return clause.endswith("?") or bool(_QUESTION_OPENING.match(clause))
