"""Whether two Danish words name kinds of the same thing in mythes-da: one a synonym of the other, one
among the other's narrower terms (one or two steps down), or both narrower terms of one headword.

The thesaurus lists only narrower terms ("(underbegreb)"); a word's broader terms are the headwords that
list it, read here by inverting the table once. "forening" and "organisation" are both narrower terms
of "gruppe" and "samling", "klub" is one of "sammenslutning", which "organisation" is too, and
"tænketank" one of "institution", itself one of "organisation". Kinship this loose says two words may
name one thing, not that they do: a caller uses it only where something else says that they do (a
visitor's "jeres forening" for the organisation a page defines itself as, document_self.py).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .thesaurus import DEFAULT_PATH, load


@lru_cache(maxsize=2)
def _broader_table(path: Path = DEFAULT_PATH) -> dict[str, tuple[str, ...]]:
    """Word -> the headwords that list it as a narrower term (a tuple: ~51,600 words held by every
    process, a third of the memory of frozensets, ~8 MB less)."""
    table: dict[str, set[str]] = {}
    for head, narrower in load(path).narrow.items():
        for word in narrower:
            table.setdefault(word, set()).add(head)
    return {word: tuple(heads) for word, heads in table.items()}


def broader(word: str, path: Path = DEFAULT_PATH) -> frozenset[str]:
    """The headwords that list the word as a narrower term ("forening" → "gruppe", "samling", …)."""
    return frozenset(_broader_table(path).get(word.casefold(), ()))


def _below(word: str, path: Path) -> frozenset[str]:
    """The word's narrower terms and theirs: two steps down."""
    thesaurus = load(path)
    first = thesaurus.narrower(word)
    return first.union(*(thesaurus.narrower(w) for w in first))


def kindred(a: str, b: str, path: Path = DEFAULT_PATH) -> bool:
    """Whether the two words (lemmas) are one, synonyms, one a narrower term of the other within two
    steps, or narrower terms of one headword."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    thesaurus = load(path)
    if b in thesaurus.synonyms(a) or a in thesaurus.synonyms(b):
        return True
    if b in _below(a, path) or a in _below(b, path):
        return True
    return bool(broader(a, path) & broader(b, path))


def near_kin(word: str, noun: str, path: Path = DEFAULT_PATH) -> bool:
    """Whether `word` is `noun` (lemmas), a synonym of it, or a broader term one step up ("sammenslutning"
    over "organisation", "klub" over "landsforening"). Narrower than kindred: headwords as broad as
    "samling" and "institution" join "møde" and "fond" to "organisation", and a narrower term is one
    kind among others, or another sense ("magt" and "virksomhed" are kinds of "organisation")."""
    word, noun = word.casefold(), noun.casefold()
    thesaurus = load(path)
    return word == noun or noun in thesaurus.synonyms(word) or word in thesaurus.synonyms(noun) \
        or noun in thesaurus.narrower(word)
