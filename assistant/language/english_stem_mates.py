"""A dictionary's Danish word and a material word of its stem that is another word, by derivation.

Snowball strips some of Danish's derivational suffixes as if they were endings: "-hed", "-ighed",
"-ig", "-lig", "-elig", "-els", "-løs". So "råd" (advice, a council) and "rådighed" (disposal: "stille
jord til rådighed") get one stem, and an English question's "advice" or "advise" (the Danish-English
dictionary's "råd", "råde") reached the publication's "rådighed": "What advice do they give about
rainwater?" searched the one sentence about making land available.

Many such derivations keep the meaning ("sund"/"sundhed", "nær"/"nærheden", "årlig"/"år",
"personlig"/"person"); others do not ("myndig", of age, / "myndighed", authority; "skrifte", confess,
/ "skriftlig", written). The Danish-English dictionary tells them apart: the two words are one family
where an English word of one is an English word of the other, or they share its beginning ("healthy" /
"health", "yearly" / "year", "possible" / "possibility"). A derivation the dictionary does not hold, or
whose English words share nothing with the other's, is another word, and the material lacks the asked one.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from .lemmas import lemma_of

# The derivational suffixes the Danish Snowball stemmer removes (its step 1 "hed" and step 3 "ig",
# "lig", "elig", "els", "løs"), the longer forms first ("ighed" = "ig" + "hed").
DERIVATIONS = ("elighed", "lighed", "ighed", "hed", "elig", "lig", "ig", "els", "løs")
# English words of one family share at least this beginning ("year" / "yearly", "harm" / "harmful").
SHARED_BEGINNING = 4


def derived_apart(danish: str, material_word: str | None, dan_eng: Mapping[str, Sequence[str]]) -> bool:
    """Whether the material's word of the same stem as the dictionary's `danish` is a derivation of it
    (or it of the material's word) by a suffix the stemmer strips, with English words of another
    meaning in `dan_eng` (the Danish-English dictionary): another word, not a form of it."""
    if not material_word:
        return False
    known_a, known_b = lemma_of(danish), lemma_of(material_word)
    a, b = known_a or danish.casefold(), known_b or material_word.casefold()
    if a == b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # A verb's infinitive ending goes before the suffix: "råde" (to have at one's disposal) as "råd".
    roots = [root for root in {short, short.removesuffix("e")} if long.startswith(root)]
    if not roots:
        # Two words the lemmatiser knows, neither the other's start, that the stemmer joins by their
        # endings ("videre", further, and "viden", knowledge; "firs", eighty, and "fire", four).
        return known_a is not None and known_b is not None
    if not any(long[len(root):].startswith(DERIVATIONS) for root in roots):
        return False
    # Only a dictionary word the dictionary knows is told apart: a glossary's ("udmelde", to resign)
    # keeps the material's derivation ("udmeldelse"), chosen by hand for it.
    asked = dan_eng.get(a, ())
    return bool(asked) and not any(_one_family(x, y) for x in asked for y in dan_eng.get(b, ()))


def stem_mate(danish: str, material_word: str | None, dan_eng: Mapping[str, Sequence[str]]) -> str | None:
    """The material's word of the dictionary word's stem, unless it is another word (derived_apart)."""
    return None if derived_apart(danish, material_word, dan_eng) else material_word


def _one_family(x: str, y: str) -> bool:
    x, y = x.casefold(), y.casefold()
    shared = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
    return x == y or shared >= SHARED_BEGINNING
