"""The material's inflected forms of a dictionary word that the stemmer cuts another way.

The dictionaries give a verb's infinitive, "betale", which Snowball cuts to "betal", while the
material's "betalt" keeps its stem whole: a word of the material whose stem begins with the
dictionary word's and whose lemma (simplemma's Danish data) is that word is its form. Only the few
stems that begin alike are looked up, in the material's sorted stems.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from .lemmas import lemma_of


def inflected_forms(danish: str, stem: str, stems: Sequence[str], word_of_stem: Mapping[str, str]) -> list[str]:
    """The material's words (one per stem in `stems`, sorted, whose word is `word_of_stem`) that are
    forms of the dictionary word `danish`, stemmed `stem`, under another stem."""
    out = []
    i = bisect_left(stems, stem)
    while i < len(stems) and stems[i].startswith(stem):
        word = word_of_stem[stems[i]]
        if stems[i] != stem and lemma_of(word) == danish:
            out.append(word)
        i += 1
    return out
