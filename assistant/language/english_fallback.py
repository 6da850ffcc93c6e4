"""What an English word stands for when no source maps it into the material.

A word no source maps keeps its best dictionary translation, or else itself, so a question about
something the material lacks still asks about it ("football" -> "fodbold"); the answer decision
then sees a word the material does not hold. english.py asks this last, after all its sources.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

ABSENT = "absent"        # a Danish word the material does not use
UNMAPPED = "unmapped"    # no Danish word found: the English word stands for itself


@dataclass(frozen=True)
class Translation:
    """An English word (or phrase) and the Danish words it stands for."""

    english: str
    danish: tuple[str, ...]
    source: str   # one of english.SOURCES, or ABSENT / UNMAPPED


def fallback(english: str, forms: Sequence[str], sources: Sequence[str],
             senses: Callable[[str, str, Sequence[str]], list[str]]) -> Translation:
    """The first dictionary's likeliest Danish word for the first form it holds, else the word itself.

    senses(source, form, forms): a dictionary's Danish words for a form, the likeliest first.
    """
    for source in sources:
        for form in forms:
            danish = senses(source, form, forms)
            if danish:
                # A one-word translation searches best: "football" -> fodbold, not a phrase.
                best = min(danish, key=lambda d: " " in d)
                return Translation(english, (best,), ABSENT)
    return Translation(english, (english,), UNMAPPED)
