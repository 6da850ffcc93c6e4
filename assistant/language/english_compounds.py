"""English phrases and compounds as one Danish compound of their parts' translations (school yards -> skolegårde).

What English writes as two words ("school yards") or as a closed compound ("rainwater"), Danish
writes as one word of the parts' translations, joined directly or with a linking -s- or -e-
("bestyrelse|s|medlem"); only a compound the material uses is kept.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from .english_forms import ENGLISH_STOPWORDS, english_forms

LINKS = ("", "s", "e")
# Each part of an English compound has at least this many letters ("rain|water", not "ra|inwater").
MIN_PART = 3

Translate = Callable[[str], list[str]]
Found = Callable[[Iterable[str]], tuple[str, ...]]
# lefts, rights, links, the English left and right part: the candidate compounds to look up.
Joined = Callable[[Sequence[str], Sequence[str], Sequence[str], str, str], Iterable[str]]


def danish_parts(english: str, translate: Translate) -> list[str]:
    """Every one-word Danish translation of an English word's forms, and the word itself."""
    return list(dict.fromkeys([*(d for f in english_forms(english) for d in translate(f) if " " not in d),
                               english]))


def compound_words(lefts: Sequence[str], rights: Sequence[str], links: Sequence[str],
                   left: str, right: str) -> Iterable[str]:
    """Every left word joined to every right word by every link, but the English parts themselves."""
    return (a + link + b for a in lefts for b in rights for link in links if a != left or b != right)


def danish_compound(english: str, translate: Translate, found: Found,
                    joined_words: Joined = compound_words) -> tuple[str, ...]:
    """The material's Danish compound of an English phrase of two words or a closed compound.

    translate: the dictionaries' Danish words for an English form; found: the material's words
    among Danish candidates; joined_words: the candidates to look up (compound_words, or those of
    them a material can have: compound_beginnings.py).
    """
    if " " in english:
        splits = [tuple(english.split(" "))] if english.count(" ") == 1 else []
        if any(w in ENGLISH_STOPWORDS for pair in splits for w in pair):
            return ()
    else:
        splits = [(english[:i], english[i:]) for i in range(MIN_PART, len(english) - MIN_PART + 1)]
    for left, right in splits:
        if len(left) < MIN_PART or len(right) < MIN_PART:
            continue
        lefts, rights = danish_parts(left, translate), danish_parts(right, translate)
        joined = found(joined_words(lefts, rights, LINKS, left, right))
        if not joined:
            continue
        # A part's own word is no compound of the two ("organisation called" is no word); the
        # parts are looked up only for a split the material has a compound of (most have none).
        parts = set(found(lefts + rights))
        compounds = tuple(w for w in joined if w not in parts)
        if compounds:
            return compounds
    return ()
