"""The question's names: capitalised words after its first, and numbers.

A name's parts are not always words of its meaning: "Christiansborg" split as a compound found
"borg", the stem of the material's "borgere" (dev23f, dev24f). The retriever drops such a part of a
name the material lacks, where the material has the part only as another word; a part it says as
the word inside the name stays ("vidda" of "Hardangervidda": dropping every name's parts cost
NorQuAD 0.3 points of Recall@1). The answerability signals weigh names apart (answerability_signals.py).
"""
from __future__ import annotations

import re

from ..language.analysis import Analyzer
from ..language.lemmas import UNKNOWN, MaterialLemmas


def name_terms(analyzer: Analyzer, question: str) -> frozenset[str]:
    """Query terms of the question's names and numbers: capitalised words after its first, digits."""
    words = re.findall(r"[^\W_]+", question)
    names = [w for i, w in enumerate(words) if w.isdigit() or (i > 0 and w[:1].isupper())]
    return frozenset(t for w in names for t in analyzer.query_terms(w))


def named_words(analyzer: Analyzer, question: str) -> dict[str, str]:
    """Query term -> the name it is of (case-folded): capitalised words after the question's first."""
    words = re.findall(r"[^\W_]+", question)
    return {t: w.casefold() for i, w in enumerate(words) if i > 0 and w[:1].isupper()
            for t in analyzer.query_terms(w)}


def without_name_parts(members: list[str], term: str, names: dict[str, str], known,
                       material: MaterialLemmas) -> list[str]:
    """A query term's expansions less the parts of a name the material lacks (`known`: the index
    terms) that the material holds only as other words: "christiansborg" keeps no "borg", which the
    material has only of "borgere". A part the material says as the word inside the name stays
    (a place name's "vidda" in "Hardangervidda"), and so do the name itself, longer words that begin
    with it and a part whose words the lemmatiser does not know."""
    name = names.get(term)
    if name is None or term in known:
        return members
    return [m for m in members if m == term or m not in term
            or any(lemma == UNKNOWN or lemma in name for lemma in material.lemmas_of(m))]
