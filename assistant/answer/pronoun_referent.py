"""Which earlier noun a Danish pronoun can stand for: "den" a noun of common gender, "det" a neuter one.

"Hvornår holdes den ordinære generalforsamling?" – "hvordan indkaldes den?": "den" agrees with
"generalforsamlingen". After "Hvem kan være medlem af Balance Danmark?", "hvornår blev den startet?"
does not stand for "medlem" ("medlemmet", neuter) but for the organisation. The gender is told from the
lemmatiser's table of forms, as word_class tells a noun: a noun of common gender has its definite form
in -en/-n, a neuter one in -et/-t. Plural and English pronouns ("de", "dem", "it", "they") agree with
any noun, and so does a noun the table does not know (a compound, a name).
"""
from __future__ import annotations

import re

from ..language.lemmas import lemma_of

COMMON, NEUTER = "common", "neuter"
_GENDERED = {"den": COMMON, "denne": COMMON, "det": NEUTER, "dette": NEUTER}
_ANY = frozenset("de dem disse it they them".split())
# English pronouns that stand for a thing, not for the organisation asked ("they" mostly does:
# "What do they focus on?").
ENGLISH_OBJECT_PRONOUNS = frozenset({"it", "them"})


def genders(noun: str) -> set[str]:
    """The genders a noun's definite forms show (both for a noun with both, none for no noun)."""
    lemma = lemma_of(noun)
    if lemma is None:
        return set()
    stem = lemma + lemma[-1] if len(lemma) > 2 and lemma[-2] in "aeiouyæøå" and \
        lemma[-1] not in "aeiouyæøå" else lemma
    common = (lemma + "n",) if lemma.endswith("e") else (lemma + "en", stem + "en")
    neuter = (lemma + "t",) if lemma.endswith("e") else (lemma + "et", stem + "et")
    found = set()
    if any(lemma_of(f) == lemma for f in common):
        found.add(COMMON)
    if any(lemma_of(f) == lemma for f in neuter):
        found.add(NEUTER)
    return found


def pronoun_in(question: str) -> str | None:
    """The question's first pronoun that may point back ("den", "det", "de", "it")."""
    return next((w for w in re.findall(r"\w+", question.casefold()) if w in _GENDERED or w in _ANY), None)


def may_stand_for(pronoun: str | None, nouns: list[str]) -> bool:
    """Whether the pronoun agrees with one of the nouns ("den" – "generalforsamlingen")."""
    if pronoun is None or not nouns:
        return False
    gender = _GENDERED.get(pronoun)
    # A noun the table does not know ("træplan", a name) may be of either gender.
    return gender is None or any(gender in genders(n) or not genders(n) for n in nouns)
