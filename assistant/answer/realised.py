"""Whether a passage says that what a question asks has already come about.

"Hvilke kommuner har allerede skrevet grønne mål ind i deres planer?" of a publication that
recommends the goal ("Kommunerne skal sikre, at …", "Målet skal skrives ind i planloven"): the
passage speaks of the very thing, but as a recommendation, not as something that has happened.
Danish marks a realised event with the past tense or a perfect participle ("har plantet", "blev
vedtaget", "er faldet"); a question with "allerede" asks for one, and a passage whose answering
sentences hold no such verb form only says what should be done. A participle after a determiner
is an adjective, not an event: "erstatte hvert fældet træ med to nye" recommends, it tells of nothing
felled.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.lemmas import lemma_of
from .fact_kinds import answering_sentences
from .word_guard import guarded

_ALREADY = guarded(re.compile(r"\ballerede\b", re.IGNORECASE))
_WORD = re.compile(r"[^\W\d_]+")
# Danish determiners (a closed class of the grammar, as the auxiliaries in asked_thing.py): a participle
# right after one is used as an adjective ("et fældet træ", "hvert plantet træ", "vores vedtagne mål").
# "de", "den" and "det" are left out: they are pronouns too, and "de plantede træer" may be what they did.
_DETERMINERS = frozenset(
    "en et hver hvert enhver ethvert denne dette disse nogle ingen intet "
    "min mit mine din dit dine sin sit sine vores jeres deres hans hendes dens dets".split())


def asks_realised(question: str) -> bool:
    """Whether a question asks what has already come about ("… har allerede …?")."""
    return bool(_ALREADY.search(question))


def states_realised(index: Index, chunk_id: int, terms) -> bool:
    """Whether a sentence of the passage that holds the question best tells of a realised event."""
    tied, found = answering_sentences(index, chunk_id, terms)
    return any(_realised(found[i][0]) for i in tied)


def _realised(sentence: str) -> bool:
    words = _WORD.findall(sentence.casefold())
    return any(_past_form(word) and not (i and words[i - 1] in _DETERMINERS) for i, word in enumerate(words))


def _past_form(word: str) -> bool:
    """A verb's past tense or past participle by its dictionary form: "plantet" of "plante",
    "vedtaget" of "vedtage", "startede" of "starte", "fik" is not told (a strong past: rare in answers)."""
    lemma = lemma_of(word)
    return bool(lemma) and lemma != word and lemma.endswith("e") and word.endswith(("t", "ede", "te"))
