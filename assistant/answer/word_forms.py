"""The material's other forms of a question word the material lacks in the question's form.

The stemmer keeps some endings ("betalt", "varmt"), so a word may stand in the material only with an
ending more or less than the question's (related_terms.inflected_forms, base_forms). A longer stem is
not always a form of the word, though: "plant" (of "plante", "plantet") is the question's "plan"
with a "-t" in spelling only, another word of another class, and taking it for the question's
"planen" kept the analyser from the material's compounds of "plan" ("træplan", dev24f). A form
whose words in the material are all other, longer words that begin with the asked word ("plante"
for "plan") is no form of it; a derived word ("betaling" for "betale") and a form whose lemma the
lemmatiser does not know stay.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence

from ..language.compound_heads import MIN_KNOWN_HEAD, compounds_with_head
from ..language.lemmas import UNKNOWN, MaterialLemmas
from ..language.related_terms import base_forms, inflected_forms


def other_word(form_lemmas: Collection[str], asked: Collection[str]) -> bool:
    """Whether the material's lemmas of a form are all longer words that begin with an asked lemma:
    the form is another word spelt like the asked one with an ending ("plante" for "plan")."""
    return bool(form_lemmas) and bool(asked) and all(
        lemma != UNKNOWN and lemma not in asked and any(lemma.startswith(a) for a in asked)
        for lemma in form_lemmas)


def material_forms_of(term: str, known, asked: Collection[str] | None, material: MaterialLemmas,
                      backwards: Sequence[str] = ()) -> list[str]:
    """Index terms that are the term with an inflectional ending more or less, less those the
    material holds only as other words than the asked ones (`asked`: the question word's lemmas).
    Where only such other words were found, the asked word is a word for sure, and the material's
    compounds it heads (in `backwards`, compound_heads.backwards_vocabulary) are its forms even when
    it is as short as "plan"."""
    longer = inflected_forms(term, known)
    if not asked or not longer:
        return longer or base_forms(term, known)
    # Only a longer stem may be another word: a shorter one is the word without its ending ("varmt"
    # -> "varm", where the material's "varme" may be read as the noun).
    kept = [f for f in longer if not other_word(material.lemmas_of(f), asked)]
    return kept or base_forms(term, known) or compounds_with_head(term, backwards, MIN_KNOWN_HEAD)

