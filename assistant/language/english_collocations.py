"""An English two-word noun no dictionary or compound maps, by WordNet's other words for the thing or its parts.

"solar panels": the dictionaries hold "solar" and "panel" apart and the material neither ("sol",
"panel" are no words of it), so the phrase reached nothing and its words were read as things the
material lacks. WordNet lists the phrase as a noun whose sense is made of "solar cell", and that
phrase's parts make the material's compound ("sol|celle": "solceller"). Only two-word nouns (WordNet's
collocations) are read so, and only by other phrases: a single word of the same sense ("park" for
"car park") names the general thing, not the one asked about.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from . import wordnet
from .english_fallback import Translation

# The source a translation found through a related phrase is told by.
KIN = "wordnet-kin"

Lookup = Callable[[str, Sequence[str], Sequence[str]], "Translation | None"]


def phrase_lookup(lookup: Lookup, net: wordnet.WordNet | None, phrase: str, forms: Sequence[str],
                  sources: Sequence[str]) -> Translation | None:
    """The phrase's translation by `lookup` (in its forms, from `sources`), else the first of its
    WordNet kin phrases (wordnet.noun_kin of a form) that `lookup` maps into the material."""
    found = lookup(phrase, forms, sources)
    if found is not None or net is None or " " not in phrase:
        return found
    for form in forms:
        for kin in net.noun_kin(form):
            if " " in kin and (related := lookup(kin, [kin], sources)):
                return Translation(phrase, related.danish, KIN)
    return None
