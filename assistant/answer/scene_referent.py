"""The noun of a scene that the question's pronoun stands for, searched though the material lacks it.

"Jeg vil gerne have rapporten på papir. Hvad koster den?" was answered with page 6's "… de otte
anbefalinger tilsammen vil koste 1,2 milliarder kroner": the scene's words the material never uses are
left out (scene.without_scene), and "Hvad koster den?" alone asks the price of anything. The question
names no thing of its own; its pronoun stands for the scene's noun, which is what is asked about. That
noun is searched like the question's own words, so a material that never names it declines as it does
"Hvad koster rapporten på papir?". Only for a price: a price is of a thing, which a pronoun after "koster"
stands for, while "Hvornår blev den startet?" after "Jeg har hørt om Balance Danmark i radioen" points past
the scene's last noun at the organisation. And only "den"/"denne": a noun of common gender agrees with it
(pronoun_referent); "det" is as often the formal subject of a clause after it ("Hvad koster det at være
med?"), which points at no noun.
"""
from __future__ import annotations

import re

from ..language.analysis import DANISH_STOPWORDS
from .pronoun_referent import may_stand_for, pronoun_in
from .word_class import THING, word_class

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A price asked: the verb "koste" in any tense or the noun "pris" ("Hvad koster den?", "Hvad er prisen på den?").
_PRICE = re.compile(r"\b(?:kost(?:er|ede|et|e)|pris(?:en)?)\b", re.IGNORECASE)
# The Danish pronouns of common gender that point back at one noun (closed class).
_POINTING = frozenset({"den", "denne"})


def referent_place(words: list[str], asked: str) -> set[int]:
    """The place among the scene's `words` of the noun a price question's pronoun stands for: the
    last noun before the question that agrees with it, where the question names no thing of its own
    (empty otherwise)."""
    pronoun = pronoun_in(asked)
    if pronoun not in _POINTING or not _PRICE.search(asked):
        return set()
    own = [w for w in _WORD.findall(asked) if w.casefold() not in DANISH_STOPWORDS]
    if any(word_class(w) == THING for w in own):
        return set()
    nouns = [i for i, w in enumerate(words) if w.casefold() not in DANISH_STOPWORDS and not w[:1].isdigit()
             and word_class(w) == THING]
    return next(({i} for i in reversed(nouns) if may_stand_for(pronoun, [words[i]])), set())
