"""Whether a passage tells the place a "hvor …?" question asks for: by a name, or by a noun of place.

"Hvor har byerne mistet mest natur?" is answered by "Tabet er størst i de store byer", and "Hvor skal
der især laves byhaver?" by "især i almene boligområder": a place told by its kind, not by its name.
The place gate (answerability_signals' place_named) took only a capitalised word for a place, so the
passages that tell such a place were declined, while one that names no place at all ("Hvor ligger
sekretariatet?" of "Udmeldelse sker skriftligt til kassereren") must still be.

A noun of place stands after a preposition of place ("i", "på", "ved", "hos": a closed class of
Danish grammar) and is a place by the resources: FreeDict's Danish-English dictionary gives its
English words, and WordNet files the commonest noun sense of the first of them as a location
(noun.location: "city", "region", "district", "park"). A compound is read by its head, as the dictionary seldom lists it
("boligområde" by "område"); a word the dictionary lacks by its synonyms in mythes-da, when most of
those the dictionary has are places ("kommune": "amt", "provins", "sogn"; "egn": "område"). After
"på" a medium is a place too: WordNet's noun.communication ("på foreningens hjemmeside" tells where
one signs up).

The place must stand where the question's own words are: in the same clause (between commas) as
a word of the question. "… før en plads eller park bliver lavet om, fx gennem borgermøder og gåture i
kvarteret" does not tell where to park, and "opslag på foreningens hjemmeside" in a sentence about
the notice does not tell where the general meeting is held.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..language import dictd, thesaurus, wordnet
from ..language.analysis import DANISH_STOPWORDS
from ..language.folding import danish_spelling
from ..language.lemmas import lemma_of
from ..language.phrase_compounds import MIN_PART
from .asked_verbs import QUESTION_WORDS, verb_positions
from .fact_kinds import NAME
from .word_class import ACT, THING, word_class

# WordNet's lexicographer file of nouns for places (noun.location), and of media (noun.communication:
# "homepage", "agenda"), a place after "på".
LOCATIONS = "15"
MEDIA = "10"
MEDIUM_PREPOSITION = "på"
# A word of the question stands in a clause when the two share this many first letters, or one holds
# the other's first STEM_LETTERS + 1 ("melde" in "indmeldelse", "park" in "parkere").
STEM_LETTERS = 4
_CLAUSE_BREAK = re.compile(r"[,;:()–]")
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
# A place given in the question to ask a place inside it: "hvor i Vejle", "where in Vejle".
_WITHIN = re.compile(r"\b(?:hvor|where)\s+(?:i|på|paa|in)\s+([^\W\d_]+)", re.IGNORECASE)
# "Hvor skal forslaget sendes?" asks where to without "hen" (which fact_kinds reads as a direction): a
# clause that holds a form of the question's verb and "til" before what follows tells it ("skal være
# indsendt til bestyrelsen"); the stem is the verb's dictionary form without its final -e.
DIRECTION_PREPOSITION = "til"
VERB_STEM = 4
# One thing asked for by its kind: Danish "hvilken"/"hvilket" (singular), English "which" before a
# singular noun ("which town", not "which towns").
_ONE_BY_KIND = re.compile(r"\b(?:hvilken|hvilket)\b|\bwhich [a-z]+(?<!s)\b")


@lru_cache(maxsize=4096)
def names_place(word: str, media: bool = False) -> bool:
    """Whether a Danish noun is a noun of place: the first English word the dictionary gives for it
    (or for its compound's longest head the dictionary lists) that WordNet has as a noun is a
    location by its commonest noun sense; where the dictionary has neither, most of its mythes-da
    synonyms the dictionary has are. With `media`, a medium counts (noun.communication). A grammar
    word is none ("eller": "or", Oregon's abbreviation). False without the resources."""
    net = wordnet.load()
    # Read once per process (dictd.load keeps it; the warm-up loads it for gate_ending).
    table = dictd.load(dictd.DANISH_ENGLISH)
    if net is None or not table or word in DANISH_STOPWORDS or word_class(word) != THING:
        return False
    kinds = (LOCATIONS, MEDIA) if media else (LOCATIONS,)
    lemma = lemma_of(word) or word
    heads = [lemma] + [lemma[cut:] for cut in range(MIN_PART, len(lemma) - HEAD_LETTERS + 1)]
    english = next((table[h] for h in heads if table.get(h)), None)
    if english is not None:
        # The first word WordNet has as a noun: the later ones are rarer senses ("møde": "meeting",
        # then words whose commonest sense is a place).
        return next((net.noun_lexicon(e) for e in english if net.noun_lexicon(e)), "") in kinds
    known = [table[s] for s in thesaurus.synonyms(lemma) if table.get(s)]
    places = sum(any(net.noun_lexicon(e) in kinds for e in found) for found in known)
    return places * 2 > len(known)


def asks_one_by_kind(question: str) -> bool:
    """Whether a question asks for one thing by its kind ("hvilken by", "which recommendation"), not
    several ("hvilke kommuner", "which municipalities")."""
    return bool(_ONE_BY_KIND.search(question.casefold()))


def tells_place(texts: Iterable[str], sentences: Iterable[str], question: str) -> bool:
    """Whether a passage tells the place asked: a name (a capitalised word inside a sentence, not
    the one the question gives to ask a place inside it) in one of the texts (an answering sentence
    and its neighbours), or a noun of place within NOUN_REACH words after a preposition of place in
    an answering sentence itself (a neighbour's "i byerne" places something else). One place asked
    by its kind ("Which town has lost the most?", "hvilken by") is told only by its name: "de store
    byer" is a kind of town, not the one asked for. Where it asks where a thing goes ("Hvor skal
    forslaget sendes?"), "til" in a clause with the question's verb tells it."""
    # "Hvor i Vejle …?" gives the town and asks a place inside it: the name it gives tells nothing.
    given = {m.group(1).casefold() for m in _WITHIN.finditer(question)}
    if any(m.group().casefold() not in given for t in texts for m in NAME.finditer(" " + t)):
        return True
    if asks_one_by_kind(question):
        return False
    spelt = [danish_spelling(w) for w in _WORD.findall(question.casefold())]
    asked = [w for w in spelt if len(w) >= STEM_LETTERS and w not in DANISH_STOPWORDS]
    # A Danish question's verbs stand by its word order; a reading in other words (an English
    # question's Danish words, no question word among them) has none, and its verbs are told by
    # their forms (word_class).
    if any(w in QUESTION_WORDS for w in spelt):
        verbs = verb_positions(spelt)
        acts = [w for i, w in enumerate(spelt) if i in verbs and w in asked]
    else:
        acts = [w for w in asked if word_class(w) == ACT]
    stems = {stem for a in acts if len(stem := (lemma_of(a) or a).removesuffix("e")) >= VERB_STEM}
    for sentence in sentences:
        for clause in _CLAUSE_BREAK.split(sentence):
            words = [w.casefold() for w in _WORD.findall(clause)]
            if _told_where_to(words, stems):
                return True
            told = {_place_after(words, i) for i, w in enumerate(words) if w in PLACE_PREPOSITIONS}
            # A medium tells where one does what the question's verb says ("melde sig ind": "Indmeldelse
            # sker på foreningens hjemmeside"), not where a thing the clause also names is.
            if LOCATIONS in told and any(_same_stem(a, w) for a in asked for w in words) \
                    or MEDIA in told and any(_same_stem(a, w) for a in acts for w in words):
                return True
    return False


def _told_where_to(words: list[str], stems: set[str]) -> bool:
    """Whether a clause says where its verb, a form of the question's (`stems`), sends something: the
    verb, then "til" before a word that is no infinitive marker ("til at"). A "til" before the verb's
    word is no direction of it ("er til stede" is no place of "finde sted")."""
    return any(w == DIRECTION_PREPOSITION and i + 1 < len(words) and words[i + 1] != "at"
               and any(stem in v for stem in stems for v in words[:i]) for i, w in enumerate(words))


def _same_stem(asked: str, word: str) -> bool:
    """Whether a word of the clause is a form of a word of the question: they share their first
    STEM_LETTERS + 1 letters (STEM_LETTERS where one is that short), or one holds the other's
    ("melde" in "indmeldelse")."""
    if len(word) < STEM_LETTERS:
        return False
    short, long = sorted((asked, word), key=len)
    stem = short[:STEM_LETTERS + 1]
    return long.startswith(stem) or len(stem) > STEM_LETTERS and stem in long


def _place_after(words: list[str], i: int) -> str:
    """LOCATIONS where a noun of place follows the preposition at i, within NOUN_REACH words, MEDIA
    where only a medium does (after "på"), "" where neither; a noun right after it and before a
    second preposition is part of a complex preposition ("i stedet for", "på grund af", "i løbet
    af"), which places nothing."""
    if i + 2 < len(words) and words[i + 2] in _SECOND_PREPOSITIONS:
        return ""
    nouns = words[i + 1:i + 1 + NOUN_REACH]
    if any(names_place(n) for n in nouns):
        return LOCATIONS
    return MEDIA if words[i] == MEDIUM_PREPOSITION and any(names_place(n, media=True) for n in nouns) else ""
