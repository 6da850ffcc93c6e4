"""A question asked inside a frame: "Ved du tilfældigvis, hvornår …?", "Would you be able to tell me when …?".

People put the question they mean as an embedded question after a main clause that only asks for
it ("Kunne du ikke lige fortælle mig, …", "Jeg kunne godt tænke mig at vide, …", "Do you by any
chance know …"). The forms are endless, so no list of them is kept (wrappers.py has the common
ones): the frame is told by its place - the main clause before an embedded question's question
word - and by its words, which speak to the assistant or of the asker (a first- or second-person
pronoun). Whether the frame's other words name what is asked about is for the reader, who knows
the material (reading.without_frame).
"""
from __future__ import annotations

import re

# The words that open an embedded question: Danish hv-words and "om" ("whether"), English wh-words
# and "whether" (not "if", which as often opens a condition: "Can I vote if I have not paid?").
_DANISH_OPENING = r"hv(?:ad|em|or|ornår|ornaar|ornar|orfor|ordan|ilke[nt]?)|(?<=,\s)om"
_ENGLISH_OPENING = r"what|who|whom|whose|when|where|why|how|which|whether"
# Closed classes: the pronouns by which a frame speaks to the assistant or of the asker.
_DANISH_PERSONS = frozenset({"jeg", "du", "i", "vi", "mig", "dig", "os", "jer", "man"})
_ENGLISH_PERSONS = frozenset({"i", "you", "we", "me", "us", "i'd", "i'm", "i'll", "you're", "we're"})
FRAME_PERSONS = _DANISH_PERSONS | _ENGLISH_PERSONS
# A longer main clause says more than that it asks.
MAX_FRAME_WORDS = 9
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def frame_split(clause: str, english: bool) -> tuple[str, str] | None:
    """(frame, question) when the clause opens with a main clause that speaks to the assistant or
    of the asker, before an embedded question; None when it does not."""
    opening = _ENGLISH_OPENING if english else _DANISH_OPENING
    found = re.match(rf"^\s*(?P<frame>.+?)[\s,:;–-]+(?P<rest>(?:{opening})\b.*)$", clause,
                     re.IGNORECASE | re.DOTALL)
    if not found:
        return None
    frame = found["frame"]
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(frame)]
    # A clause that opens with a question word is itself the question ("Hvem ved, hvornår …").
    # A frame says who asks and how, two words at least ("ved du", "do you know"): a lone "i" before
    # "hvilke byer …" is the preposition.
    if len(words) < 2 or len(words) > MAX_FRAME_WORDS or re.match(rf"(?:{opening})\b", frame.strip(), re.IGNORECASE):
        return None
    if not (_ENGLISH_PERSONS if english else _DANISH_PERSONS).intersection(words):
        return None
    return frame, found["rest"]
