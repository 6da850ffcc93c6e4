"""Whether a passage tells the place a "hvor …?" question asks for: by a name, or by a noun of place.

"Hvor har byerne mistet mest natur?" is answered by "Tabet er størst i de store byer", and "Hvor skal
der især laves byhaver?" by "især i almene boligområder": a place told by its kind, not by its name.
The place gate (answerability_signals' place_named) took only a capitalised word for a place, so the
passages that tell such a place were declined, while one that names no place at all ("Hvor ligger
sekretariatet?" of "Udmeldelse sker skriftligt til kassereren") must still be.

A noun of place stands after a preposition of place ("i", "på", "ved", "hos": a closed class of
Danish grammar) and is a place by the resources: FreeDict's Danish-English dictionary gives its
English words, and WordNet files the commonest noun sense of the first of them as a location
(noun.location: "city", "region", "district", "park"). A compound is read by its head, as the
dictionary seldom lists it ("boligområde" by "område").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..language import dictd, wordnet
from ..language.analysis import DANISH_STOPWORDS
from ..language.lemmas import lemma_of
from ..language.phrase_compounds import MIN_PART
from .fact_kinds import NAME
from .word_class import THING, word_class

# WordNet's lexicographer file of nouns for places (noun.location).
LOCATIONS = "15"
# Prepositions that place something (closed class); "til" and "fra" say where to or from, which
# "hvor … hen?" asks (fact_kinds reads it apart), and "for" is mostly no place ("for en bedre udvikling").
PLACE_PREPOSITIONS = frozenset(("i", "på", "ved", "hos", "omkring", "rundt"))
# The noun may follow its preposition after an article, a possessive and an adjective: "i de store byer".
NOUN_REACH = 3
# A compound's head is looked up only if this long: a shorter tail is seldom the head ("by" of "Vejle by").
HEAD_LETTERS = MIN_PART + 1
# The second preposition of a complex preposition (a closed class: "i stedet for", "på grund af").
_SECOND_PREPOSITIONS = frozenset(("af", "for", "til", "med"))
_WORD = re.compile(r"[^\W\d_]+")
# One thing asked for by its kind: Danish "hvilken"/"hvilket" (singular), English "which" before a
# singular noun ("which town", not "which towns").
_ONE_BY_KIND = re.compile(r"\b(?:hvilken|hvilket)\b|\bwhich [a-z]+(?<!s)\b")


@lru_cache(maxsize=4096)
def names_place(word: str) -> bool:
    """Whether a Danish noun is a noun of place: the first English word the dictionary gives for it
    (or for its compound's longest head the dictionary lists) that WordNet has as a noun is a
    location by its commonest noun sense. A grammar word is none ("eller": "or", Oregon's
    abbreviation). False without the resources."""
    net = wordnet.load()
    # Read once per process (dictd.load keeps it; the warm-up loads it for gate_ending).
    table = dictd.load(dictd.DANISH_ENGLISH)
    if net is None or not table or word in DANISH_STOPWORDS or word_class(word) != THING:
        return False
    lemma = lemma_of(word) or word
    heads = [lemma] + [lemma[cut:] for cut in range(MIN_PART, len(lemma) - HEAD_LETTERS + 1)]
    english = next((table[h] for h in heads if table.get(h)), [])
    return next((net.noun_lexicon(e) for e in english if net.noun_lexicon(e)), "") == LOCATIONS


def tells_place(texts: Iterable[str], sentences: Iterable[str], question: str) -> bool:
    """Whether a passage tells the place asked: a name (a capitalised word inside a sentence) in one
    of the texts (an answering sentence and its neighbours), or a noun of place within NOUN_REACH
    words after a preposition of place in an answering sentence itself (a neighbour's "i byerne"
    places something else). One place asked by its kind ("Which town has lost the most?", "hvilken
    by") is told only by its name: "de store byer" is a kind of town, not the one asked for."""
    if any(NAME.search(" " + t) for t in texts):
        return True
    if _ONE_BY_KIND.search(question.casefold()):
        return False
    for sentence in sentences:
        words = [w.casefold() for w in _WORD.findall(sentence)]
        if any(w in PLACE_PREPOSITIONS and _place_after(words, i) for i, w in enumerate(words)):
            return True
    return False


def _place_after(words: list[str], i: int) -> bool:
    """Whether a noun of place follows the preposition at i, within NOUN_REACH words; a noun right
    after it and before a second preposition is part of a complex preposition ("i stedet for", "på
    grund af", "i løbet af"), which places nothing."""
    if i + 2 < len(words) and words[i + 2] in _SECOND_PREPOSITIONS:
        return False
    return any(names_place(n) for n in words[i + 1:i + 1 + NOUN_REACH])
