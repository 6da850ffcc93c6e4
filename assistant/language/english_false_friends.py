"""Norwegian and Swedish words that are another word in Danish (false friends across the border).

english_neighbours.py searches the material's words spelt like a neighbour dictionary's translation
(scandinavian.py). Most are the same word ("varm", "sted", "andel"), but some spellings are a
different Danish word: Norwegian "tag" (a label, for English "tag") is Danish "tag" (a roof) and its
plural "tage" ("price tag" searched the publication's green roofs); Swedish "stöta" (to push) is
spelt like Danish "støtte" (support: "push to the top of the agenda" searched "støtte op om").

Whether the two are one word is told by the Danish-English dictionary (dictd.DANISH_ENGLISH): where
it has the neighbour word or the material's word as a headword, at least one of its English senses
must be one the neighbour dictionary gives that neighbour word ("varm": warm; Norwegian "varm": hot,
warm), a WordNet synonym of one (Danish "varme": warmth, Norwegian "varme": heat, WordNet's first
sense of "warmth" is "heat"), or a word of its family (one begins with the other: Danish "anbefaling":
recommendation, Swedish "anbefalla": recommend). Where it has neither, nothing is known, and the word
is kept. Senses are compared without spaces or hyphens (the Danish dictionary writes "squaremetre")
and with their base forms ("building": build).

The Danish dictionary is thin (~5,100 headwords, a few senses each), so some words it lists in
another sense only are still taken for false friends (Danish "lede": govern, head up, restrain;
Norwegian "lede": manage); on the dev sets' English questions three such against eight right.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from . import wordnet
from .english_forms import english_forms

_JOINERS = re.compile(r"[\s\-‐‑]+")
# The shortest word whose longer family members begin with it ("treat": "treatment").
MIN_FAMILY = 4
# Tables read backwards, kept per tables object: the default ones are one object per process
# (english_neighbours.default_neighbours), and every index's translator asks them.
_BACKWARDS: dict[int, tuple[object, dict[str, dict[str, list[str]]]]] = {}


def _squeezed(sense: str) -> list[str]:
    """A sense as the dictionaries may write it: without spaces and hyphens, with its base forms."""
    flat = _JOINERS.sub("", sense.casefold())
    return english_forms(flat) if flat.isalpha() else [flat]


def backwards(tables: Mapping[str, Mapping[str, Sequence[str]]]) -> dict[str, dict[str, list[str]]]:
    """Each neighbour word's English headwords, per table (built once per tables object)."""
    kept = _BACKWARDS.get(id(tables))
    if kept is None or kept[0] is not tables:
        found: dict[str, dict[str, list[str]]] = {}
        for name, table in tables.items():
            mine = found[name] = {}
            for english, words in table.items():
                for word in words:
                    mine.setdefault(word, []).append(english)
        kept = _BACKWARDS[id(tables)] = (tables, found)
    return kept[1]


class FalseFriends:
    """Tells a neighbour word whose Danish look-alike in the material is another word."""

    def __init__(self, tables: Mapping[str, Mapping[str, Sequence[str]]],
                 danish_english: Mapping[str, Sequence[str]] | None, synonyms: wordnet.WordNet | None = None):
        """tables: the neighbour dictionaries by source name; danish_english: the Danish-English
        dictionary (headword -> English senses), None tells nothing apart; synonyms: WordNet, if any."""
        self._tables = tables
        self._danish_english = danish_english or {}
        self._wordnet = synonyms
        # Every English question asks again about the same few pairs, each answer costing WordNet
        # synonyms and base forms of every sense; the pairs are bounded by the tables and the material.
        self._told: dict[tuple[str, str, str], bool] = {}

    def different(self, source: str, neighbour: str, danish: str) -> bool:
        """Whether the material's word `danish`, spelt like `neighbour` of the source's table, is a
        different word: the Danish dictionary has one of them and none of its senses is the neighbour's."""
        key = (source, neighbour, danish)
        told = self._told.get(key)
        if told is None:
            told = self._told[key] = self._different(source, neighbour, danish)
        return told

    def _different(self, source: str, neighbour: str, danish: str) -> bool:
        senses = [*self._danish_english.get(neighbour, ()), *self._danish_english.get(danish, ())]
        if not senses:
            return False
        said = {form for word in self._with_synonyms(backwards(self._tables).get(source, {}).get(neighbour, ()))
                for form in _squeezed(word)}
        return not any(_kin(form, said) for sense in self._with_synonyms(senses) for form in _squeezed(sense))

    def _with_synonyms(self, words: Sequence[str]) -> list[str]:
        if self._wordnet is None:
            return list(words)
        return [*words, *(w for word in words for w in self._wordnet.synonyms(word))]


def _kin(form: str, said: set[str]) -> bool:
    """Whether the English form is one of the said words or of a family with one (begins with it)."""
    return form in said or any(len(w) >= MIN_FAMILY and len(form) >= MIN_FAMILY
                               and (form.startswith(w) or w.startswith(form)) for w in said)
