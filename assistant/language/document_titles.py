"""What kind of document a title names: its words outside a name ("Vedtægter for Foreningen Grønne
Byer" is statutes, "Foreningen Grønne Byer: Anbefalinger 2025" recommendations; "Om Balance Danmark"
names no kind). A visitor names a document by its kind in another word ("reglerne", "foreningens
love"): the thesaurus relates the two (thesaurus.material_stand_ins, answer/document_kind.py).
"""
from __future__ import annotations

import re

from .analysis import DANISH_STOPWORDS

# A title's parts: "Foreningen Grønne Byer: Anbefalinger 2025" is a name, then the document's kind.
_TITLE_PARTS = re.compile(r"\s*[:|–—]\s*|\s+-\s+")
WORD = re.compile(r"[^\W\d_]+")
_MEMO = "document_title_kinds"


def title_kinds(title: str) -> tuple[str, ...]:
    """The title's words that say what kind of document it is: those outside a name. A run of two or
    more capitalised words is a name ("Foreningen Grønne Byer"); a single capitalised word opens the
    title or a part of it ("Vedtægter for …", "…: Anbefalinger 2025")."""
    kinds: list[str] = []
    for part in _TITLE_PARTS.split(title):
        words = WORD.findall(part)
        for i, word in enumerate(words):
            capital = word[:1].isupper()
            beside = (i and words[i - 1][:1].isupper()) or (i + 1 < len(words) and words[i + 1][:1].isupper())
            if not (capital and beside) and word.casefold() not in DANISH_STOPWORDS:
                kinds.append(word)
    return tuple(kinds)


def index_kind_terms(index) -> frozenset[str]:
    """Index terms of the kind words of every document title of the index (`index.documents`), once
    per loaded index."""
    found = index.memo.get(_MEMO)
    if found is None:
        found = index.memo[_MEMO] = frozenset(
            t for doc in index.documents for w in title_kinds(doc.get("title") or "")
            for t in index.analyzer.document_terms(w))
    return found
