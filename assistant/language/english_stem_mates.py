"""A dictionary's Danish word and a material word of its stem that is another word, by derivation.

Snowball strips some of Danish's derivational suffixes as if they were endings: "-hed", "-ighed",
"-ig", "-lig", "-elig", "-els", "-løs". So "råd" (advice, a council) and "rådighed" (disposal: "stille
jord til rådighed") get one stem, and an English question's "advice" or "advise" (the Danish-English
dictionary's "råd", "råde") reached the publication's "rådighed": "What advice do they give about
rainwater?" searched the one sentence about making land available. A material word of the same stem
is the dictionary word's own form unless its lemma (simplemma's Danish data) is the dictionary word's
lemma with one of those suffixes after it: then it is a derived word of another meaning, as "lykkelig"
(happy) is not "lykke" (luck), and the material is taken to lack the word.
"""
from __future__ import annotations

from .lemmas import lemma_of

# The derivational suffixes the Danish Snowball stemmer removes (its step 1 "hed" and step 3 "ig",
# "lig", "elig", "els", "løs"), the longer forms first ("ighed" = "ig" + "hed").
DERIVATIONS = ("elighed", "lighed", "ighed", "hed", "elig", "lig", "ig", "els", "løs")


def derived_apart(danish: str, material_word: str | None) -> bool:
    """Whether the material's word of the same stem as the dictionary's `danish` is a derivation of it
    (or it of the material's word) by a suffix the stemmer strips: another word, not a form of it."""
    if not material_word:
        return False
    a = lemma_of(danish) or danish.casefold()
    b = lemma_of(material_word) or material_word.casefold()
    if a == b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # A verb's infinitive ending goes before the suffix: "råde" (to have at one's disposal) as "råd".
    return any(long.startswith(root) and long[len(root):].startswith(DERIVATIONS)
               for root in {short, short.removesuffix("e")})
