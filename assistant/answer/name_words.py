"""The question's names: capitalised words after its first, and numbers.

A name's parts are no words of its meaning: "Christiansborg" split as a compound found "borg", the
stem of the material's "borgere" (dev23f, dev24f). The retriever keeps a name the material lacks
whole, and the answerability signals weigh names apart (answerability_signals.py).
"""
from __future__ import annotations

import re

from ..language.analysis import Analyzer


def name_terms(analyzer: Analyzer, question: str) -> frozenset[str]:
    """Query terms of the question's names and numbers: capitalised words after its first, digits."""
    words = re.findall(r"[^\W_]+", question)
    names = [w for i, w in enumerate(words) if w.isdigit() or (i > 0 and w[:1].isupper())]
    return frozenset(t for w in names for t in analyzer.query_terms(w))


def without_name_parts(members: list[str], term: str, names: frozenset[str], known) -> list[str]:
    """A query term's expansions less the parts of a name the material lacks (`known`: the index
    terms): "christiansborg" keeps no "borg". A name the material has, and longer words that begin
    with a name, stay."""
    if term not in names or term in known:
        return members
    return [m for m in members if m == term or m not in term]
