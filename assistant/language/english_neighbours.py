"""English words the Danish dictionaries lack: the Norwegian and Swedish dictionaries, and WordNet.

FreeDict's English-Norwegian (~10,600 headwords) and English-Swedish dictionaries (with the
Swedish-English one read backwards) translate many words the English-Danish data lacks, into words
Danish spells alike (scandinavian.py: playground -> skolegård, recommend -> anbefalla ->
anbefalinger). Every translation of every sense the material holds is kept, so the material chooses
the sense ("current" -> "gældende" on a page without electricity), but not a word the tables list
under many English words where the English word has a surer one: Swedish "förslag" is listed under
proposal, suggestion, motion and account, "konto" only under account, so "accounts" does not search
the statutes' "forslag" (as dictd.surest_senses does for the Danish dictionary). For a word no dictionary holds,
WordNet's synonyms are looked up instead (wordnet.py). english.py asks these after its own sources.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache, partial

from . import dictd, table_cache, wordnet
from .english_false_friends import FalseFriends
from .english_phrase_senses import phrasal_counts
from .scandinavian import SpeltAlike
from .word_zipf import zipf_frequency

NEIGHBOURS = ("eng-nor", "eng-swe")
# Neighbour-language words shorter than this are too often another Danish word.
MIN_NEIGHBOUR = 3
# A synonym this common in English (wordfreq's Zipf scale) stands for too many things: "begin" ->
# "get", "earn" -> "make".
GENERIC_ZIPF = 5.5
# A neighbour word listed under more than this many times as many English words as the English
# word's surest one (at least dictd.SENSE_FLOOR) is not searched for it. On the dev sets' English
# questions: 1.5 keeps "accounts" from "förslag" (4 against "konto"'s 1) and "live" from "bygga"
# (4 against "bo"'s 2); 2, the Danish dictionary's ratio, keeps both.
SENSE_RATIO = 1.5


@cache
def default_neighbours() -> dict[str, dict[str, list[str]]]:
    """Debian's English-Norwegian and English-Swedish tables (the Swedish-English one read backwards),
    merged once per process: every index (re)loaded builds a translator on them, and none changes them."""
    swedish = {k: list(v) for k, v in dictd.load(dictd.ENGLISH_SWEDISH).items()}
    for english, words in dictd.inverted(dictd.load(dictd.SWEDISH_ENGLISH)).items():
        swedish.setdefault(english, []).extend(w for w in words if w not in swedish.get(english, ()))
    return {"eng-nor": dictd.load(dictd.ENGLISH_NORWEGIAN), "eng-swe": swedish}


def sense_counts(tables: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, int]]:
    """Each neighbour word's number of English headwords, per table: the table read backwards."""
    return {name: dict(Counter(w for words in table.values() for w in set(words)))
            for name, table in tables.items()}


@cache
def default_sense_counts() -> dict[str, dict[str, int]]:
    """sense_counts of Debian's tables, kept in the table cache (~30 ms to count)."""
    names = (dictd.ENGLISH_NORWEGIAN, dictd.ENGLISH_SWEDISH, dictd.SWEDISH_ENGLISH)
    files = [dictd.DICTD_DIR / f"{name}{ending}" for name in names for ending in (".index", ".dict.dz")]
    return table_cache.cached("neighbour-senses", partial(sense_counts, default_neighbours()), sources=files)


def surest(words: Sequence[str], counts: dict[str, int], ratio: float = SENSE_RATIO) -> Sequence[str]:
    """The words, in order, listed under at most `ratio` times as many English words as the fewest."""
    if len(words) < 2:
        return words
    most = ratio * max(dictd.SENSE_FLOOR, min(counts.get(w, 0) for w in words))
    return [w for w in words if counts.get(w, 0) <= most]


class Neighbours:
    """The neighbour dictionaries and WordNet, for one material's words."""

    def __init__(self, words: Iterable[str], tables: dict[str, dict[str, list[str]]] | None = None,
                 synonyms: wordnet.WordNet | None | bool = True,
                 danish_english: dict[str, list[str]] | None = None):
        """tables: the neighbour dictionaries by source name (Debian's by default); synonyms: a
        WordNet, True for Debian's, False for none; danish_english: the Danish-English dictionary,
        which tells a neighbour word spelt like another Danish word (english_false_friends.py)."""
        found = default_neighbours() if tables is None else tables
        self.tables = {name: found.get(name, {}) for name in NEIGHBOURS}
        self._counts = default_sense_counts() if tables is None else sense_counts(self.tables)
        self._spelt = SpeltAlike(words)
        self.wordnet = wordnet.load() if synonyms is True else (synonyms or None)
        if self.wordnet is not None:
            phrasal_counts()  # WordNet's sense counts (english_phrases) are read with it, not in a first question
        self._false_friends = FalseFriends(found, danish_english, self.wordnet)

    def danish(self, source: str, form: str, searchable: Callable[[str], bool]) -> list[str]:
        """The material's words spelt like the source's surest translations of the English form, but
        not a Danish word that is another word than the neighbour's ("tag": a label, Danish a roof)."""
        return [w for n in surest(self.tables[source].get(form, ()), self._counts[source])
                if len(n) >= MIN_NEIGHBOUR for w in self._spelt.danish(n)
                if searchable(w) and not self._false_friends.different(source, n, w)]

    def alike(self, candidates: Iterable[str]) -> list[str]:
        """Danish candidates, each followed by the material's words spelt like it ("regnvann")."""
        return [w for c in candidates for w in (c, *(self._spelt.danish(c) if len(c) >= MIN_NEIGHBOUR
                                                     else ()))]

    def spelt_many(self, candidates: list[str]) -> list[tuple[str, ...]]:
        """The material's words spelt like each candidate (what alike adds), folded in one pass."""
        return self._spelt.danish_many(candidates)

    def synonyms(self, form: str) -> list[str]:
        """WordNet's synonyms of an English word, each one word and not a generic one, then the verbs
        a noun for a person is derived from: a person no dictionary names is often the doer of a verb
        they hold ("founder" -> "found" -> "stifte", "stiftende"), however common the verb."""
        if self.wordnet is None:
            return []
        found = [w for w in self.wordnet.synonyms(form) if " " not in w and zipf_frequency(w, "en") < GENERIC_ZIPF]
        return found + [w for w in self.wordnet.derived_verbs(form) if " " not in w and w not in found]

    def with_doings(self, forms: Sequence[str]) -> list[str]:
        """The forms, then the verbs a noun for a person is derived from ("founders" -> "found")."""
        if self.wordnet is None:
            return list(forms)
        return list(dict.fromkeys([*forms, *(v for f in forms for v in self.wordnet.derived_verbs(f) if " " not in v)]))

    def adjectives(self, adverb: str) -> list[str]:
        """The adjectives an adverb is derived from ("personally" -> "personal"), by WordNet."""
        return self.wordnet.adverb_adjectives(adverb) if self.wordnet is not None else []

    def adjective_nouns(self, adjective: str) -> list[str]:
        """The nouns WordNet derives an adjective or its near synonyms from ("expensive" -> "cost")."""
        return self.wordnet.adjective_nouns(adjective) if self.wordnet is not None else []

    def with_related(self, translate: Callable[[str], list[str]]) -> Callable[[str], list[str]]:
        """translate, and for an adjective the translations of the nouns it relates to: where English
        puts an adjective before a noun, Danish makes a compound of the two nouns ("urban garden" ->
        "city" + "garden" -> "byhave"; the dictionaries give "urban" only as "urban", "stadslik")."""
        if self.wordnet is None:
            return translate
        return lambda form: [*translate(form), *(d for noun in self.wordnet.pertainyms(form) if " " not in noun
                                                 for d in translate(noun))]
