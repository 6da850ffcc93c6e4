"""A question hidden in a remark of not knowing: "…, men jeg kan ikke se, hvornår …", "I couldn't work out who …".

Visitors often put what they ask as what they cannot find or do not know, after what they did: "Jeg
har meldt mig ind på hjemmesiden, men jeg kan ikke se, hvornår jeg er medlem fra." or "I read your
report, but I didn't catch how many members answered." The remark ends the visitor's situation, and
the embedded question after it is what is asked. Its words are the everyday verbs of seeing, finding
out, knowing and understanding, negated, with the asker as subject: a closed frame of Danish and
English conversation, not of any material; a test shows each form.
"""
from __future__ import annotations

import re

from .hedges import compile_danish
from .word_guard import guarded

_FLAGS = re.IGNORECASE
# What joins the remark to what went before: "men", "og", "but", "and", or nothing.
_DANISH_JOIN = r"[\s,]*\b(?:(?:men|og)\s+)?(?:jeg|vi)\s+"
_ENGLISH_JOIN = r"[\s,]*\b(?:(?:but|and)\s+)?(?:i|we)"
# Negated verbs of seeing, finding out and knowing; "helt"/"rigtig"/"lige" only soften them.
_SOFT = r"(?:\s+(?:helt|rigtig|rigtigt|lige|bare|simpelthen))?"
_DANISH_NOT_KNOWING = (
    rf"(?:kan|kunne)\s+ikke{_SOFT}\s+(?:se|finde(?:\s+ud\s+af)?|huske|forstå|gennemskue|regne\s+ud|få\s+øje\s+på)"
    rf"|(?:ved|vidste)\s+ikke{_SOFT}"
    rf"|har\s+ikke{_SOFT}\s+(?:kunnet\s+(?:se|finde(?:\s+ud\s+af)?)|fanget|forstået|fundet\s+ud\s+af)"
    # Being unsure: "Jeg er ikke sikker på, hvem …", "Vi er usikre på, om …".
    rf"|er\s+(?:ikke{_SOFT}\s+(?:sikker|sikre)|(?:lidt\s+|noget\s+)?(?:usikker|usikre))\s+på")
_ENGLISH_NOT_KNOWING = (
    r"\s+(?:can[’']t|cannot|can\s+not|couldn[’']t|could\s+not)\s+(?:quite\s+|really\s+|seem\s+to\s+)?"
    r"(?:work\s+out|find\s+out|figure\s+out|make\s+out|see|tell|find|remember|understand)"
    r"|\s+(?:don[’']t|do\s+not|didn[’']t|did\s+not)\s+(?:quite\s+|really\s+)?"
    r"(?:know|understand|get|catch|see|remember)"
    r"|(?:[’']m|[’']re|\s+am|\s+are)\s+(?:not\s+(?:quite\s+|really\s+)?(?:sure|clear)|unsure)(?:\s+(?:about|of))?")
_DANISH = guarded(compile_danish(
    rf"{_DANISH_JOIN}(?:{_DANISH_NOT_KNOWING})[\s,]*(?=(?:om|hv\w+)\b)", _FLAGS))
_ENGLISH = guarded(re.compile(
    rf"{_ENGLISH_JOIN}(?:{_ENGLISH_NOT_KNOWING})[\s,]*"
    r"(?=(?:what|who|whom|whose|when|where|why|how|which|whether)\b)", _FLAGS))


# A copula or "hedder" last in the embedded question ("hvem formanden er", "who the chairman is") goes
# back after the question word, as the direct question puts it ("hvem er formanden?"), which the
# reading of what is asked (asked_thing, the role gates) knows; other verbs keep their place.
_LAST_COPULA = re.compile(r"^(?P<wh>\S+(?:\s+(?:mange|meget|many|much))?)\s+(?P<subject>[^.!?,]+?)\s+"
                          r"(?P<verb>er|var|bliver|blev|hedder|hed|is|are|was|were)\s*$", _FLAGS)


def as_direct(question: str) -> str:
    """The embedded question put as a direct one: its copula after the question word, a "?" last."""
    question = question.rstrip(" .!?")
    found = _LAST_COPULA.match(question)
    # "hvor mange medlemmer der er": the question word's own noun is the subject, "der"/"there" holds its place.
    if found and not re.search(r"\b(?:der|there)\b", found["subject"], _FLAGS):
        question = f"{found['wh']} {found['verb']} {found['subject']}"
    return question + "?"


def without_not_knowing(text: str) -> str:
    """The text with a remark of not knowing before an embedded question taken off (a sentence's end
    in its place in the middle of a message, nothing at its start) and that question put directly."""
    for pattern in (_DANISH, _ENGLISH):
        found = pattern.search(text)
        if found:
            rest = text[found.end():]
            end = re.search(r"[.!?](?:\s|$)", rest)
            asked, after = (rest[:end.start()], rest[end.end():]) if end else (rest, "")
            before = text[:found.start()]
            text = (f"{before.rstrip(' ,')}. " if before.strip() else "") + as_direct(asked) + (
                f" {after.strip()}" if after.strip() else "")
    return text
