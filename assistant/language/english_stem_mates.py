"""A dictionary's Danish word and a material word the stemmer joins to it by their endings only.

Snowball cuts some Danish words of different lemmas to one stem by their endings: "videre" (further,
besides) and "viden" (knowledge) are both "vid", "firs" (eighty) and "fire" (four) "fir", "sidde" (sit)
and "siden" (since) "sid". An English question's word went on to the
material's word of the other lemma: "Do you only care about the countryside, or about cities as well?"
read "as well" as "besides" ("desuden", "videre") and searched the Om page's "viden". Where the
lemmatiser (simplemma's Danish data) knows both words and neither lemma begins the other, they are
other words, as lemmas.py tells them apart for a Danish question, and the material lacks the asked one.
A word one lemma begins ("start" / "starte", "sund" / "sundhed") is left to the stemmer: a derivation
by a suffix Snowball strips keeps the meaning too often ("sundhed", "nærheden", "år" for "årlig";
"råd" reaching "rådighed" was tried apart and cost more answers than it saved, docs/benchmarks.md).
"""
from __future__ import annotations

from .lemmas import lemma_of, related


def derived_apart(danish: str, material_word: str | None) -> bool:
    """Whether the material's word of the same stem as the dictionary's `danish` is another word: both
    lemmas known, neither the other's start (nor the start without an infinitive's -e)."""
    if not material_word:
        return False
    a, b = lemma_of(danish), lemma_of(material_word)
    if a is None or b is None:
        return False
    short, long = sorted((a, b), key=len)
    return not (related(a, b) or long.startswith(short.removesuffix("e")))


def stem_mate(danish: str, material_word: str | None) -> str | None:
    """The material's word of the dictionary word's stem, unless it is another word (derived_apart)."""
    return None if derived_apart(danish, material_word) else material_word
