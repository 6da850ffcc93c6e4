"""The names the material writes: words it only ever writes with a capital inside a sentence.

"hej, jeg er ny i vejle og overvejer at blive medlem": a visitor may type a town in lower case. The
scene's reading leaves the town of the visitor's story out of the search (scene.story_places), but
told only by its capital it would miss "vejle"; a lower-case word cannot be told from a common noun
("i bestyrelsen") by its form. The material can tell: a word it writes with a capital inside a
sentence ("sekretariat i Vejle", "er Vejle Kommune") and never in lower case is a name there, and it
is the material's use of it that would pull the search to its passage.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index

_WORD = re.compile(r"[^\W\d_]+")
# A word after one of these opens a sentence, a list item or a heading: its capital says nothing.
_OPENS = re.compile(r"(?:^|[.!?:»«\"(\n]|\d\.)\s*$")


def capitalised_names(index: Index) -> frozenset[str]:
    """The material's words (case-folded) written with a capital inside a sentence and never in lower
    case, once per index."""
    found = index.memo.get("capitalised_names")
    if found is None:
        found = index.memo["capitalised_names"] = names_in_texts(
            index.chunk(i).text for i in range(index.n_chunks))
    return found


def names_in_texts(texts) -> frozenset[str]:
    """The words of the texts written with a capital inside a sentence and never in lower case."""
    capital, small = set(), set()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group()
            if word[0].islower():
                small.add(word.casefold())
            elif not word.isupper() and not _OPENS.search(text[max(0, match.start() - 4):match.start()]):
                capital.add(word.casefold())
    return frozenset(capital - small)
