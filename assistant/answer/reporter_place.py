"""Where the people a visitor speaks of live: "Min kusine i Aarhus siger, at I er betalt af et parti.".

A visitor names who told them or who asks, and often where that person lives ("min svoger i Esbjerg",
"my aunt in Randers", "min nabo i tarm spørger …"). The place says who the person is, not what is
asked: left in a claim put to the assistant to check (hearsay.py keeps who said it), a town the
material never names reads as a thing the question asks about and declines it (asked_thing.py), and
a town the material does name pulls the search to the passage naming it.

Read from grammar, not from a list of towns: a clause that opens with a possessive and one noun (its
subject: "min kusine", "my aunt"), then a preposition of place and one word. The word is the place's
name when it is written with a capital and no capitalised word follows it ("i Grønne Byer", "hos
Balance Danmark" name an organisation the question may be about, and are kept), or, in a message typed
all in small letters, when a verb follows it ("min nabo i tarm spørger"): a place name cannot be told
from a common noun there by its form, but the subject's verb ends the phrase.
"""
from __future__ import annotations

import re

from ..language.folding import danish_letters
from ..language.lemmas import lemma_of
from .hedges import compile_danish
from .word_class import ACT, word_class

# The possessives (closed classes, Danish and English) before the one noun of the subject.
_POSSESSIVE = r"(?:min|mit|mine|vores|vor|hans|hendes|deres|my|our|his|her|their)"
# Prepositions of where someone lives or comes from, with the adverbs of direction Danish puts first.
_AT_PLACE = r"(?:(?:ude|oppe|nede|ovre|henne)\s+)?(?:i|på|fra)|(?:(?:over|up|down|out)\s+)?(?:in|from)"
_SUBJECT_PLACE = compile_danish(
    rf"(?:^|(?<=[.!?]\s))((?:(?:så|og|men|so|and|but),?\s+)?{_POSSESSIVE}\s+[^\W\d_]+)"
    rf"\s+(?:{_AT_PLACE})\s+([^\W\d_][\w-]*)(?=,?\s+([^\W\d_]+))",
    re.IGNORECASE)


def without_subjects_place(text: str) -> str:
    """The text without the place of a person it opens a clause with ("Min kusine i Aarhus siger, at
    …" -> "Min kusine siger, at …"); unchanged where the word after the preposition is no place name."""
    lowercase = not any(c.isupper() for c in text)

    def drop(match: re.Match) -> str:
        place, following = match.group(2), match.group(3)
        if following[:1].isupper():
            return match.group()
        if place[:1].isupper() or (lowercase and _verb(following)):
            return match.group(1)
        return match.group()

    return _SUBJECT_PLACE.sub(drop, text)


def _verb(word: str) -> bool:
    """Whether a word typed in small letters, perhaps without æ/ø/å, is a verb: one with a past or an
    imperative (word_class), or the present tense, the infinitive and -r ("siger", "spoerger"), which
    the lemmatiser gives for verbs whose past is irregular ("sagde", "spurgte")."""
    folded = danish_letters(word.casefold())
    lemma = lemma_of(folded)
    return word_class(folded) == ACT or (lemma is not None and folded == lemma + "r")
