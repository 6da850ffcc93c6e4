"""A claim put to check is a yes/no question about the claim: "Min nabo påstår, at bestyrelsen får
løn. Passer det?" asks "Får bestyrelsen løn?".

The check ("passer det", "er det rigtigt", "is that true"; hearsay.CHECKS) is taken off the end of
a message as a closing (wrappers.py), and what is left reads as a statement: "Min nabo påstår, at
bestyrelsen får løn." Put as a statement, its reporting clause ("min nabo påstår", "my brother-in-law
claims") was searched with the claim, and its words -- who said it, the verb of saying -- are no
words of the material: they pulled the search elsewhere and were read as things the question asks
about, so the claim was declined though the material settles it. The check makes the claim the
question, as a polar question does: the claim is given back its question mark, and hearsay.py then
takes the reporting clause off it as before any question of its own.
"""
from __future__ import annotations

import re

from ..language.english_detect import detect_language
from .claim_value import value_question, without_bare_report
from .guess_before import without_guess_before
from .hearsay import CHECKS, without_hearsay
from .hedges import compile_danish
from .reported_guess import without_guess

_CHECK = compile_danish(rf"(?<!\w)(?:{CHECKS})(?!\w)", re.IGNORECASE)
# The finite auxiliaries and modals of Danish (a closed class of the grammar) after a claim's subject
# of one to four words ("I er", "formanden alene kan", "de små byer har"): the claim is put as the
# polar question it asks by putting the verb first ("Er I …?", "Kan formanden alene …?").
_SUBJECT_VERB = compile_danish(
    r"^(?P<subject>(?:[^\W\d_]+\s+){0,3}[^\W\d_]+)\s+"
    r"(?P<verb>er|var|har|havde|kan|kunne|skal|skulle|vil|ville|må|måtte|bør|burde|bliver|blev|får|fik)\s+(?=\w)",
    re.IGNORECASE)

# The personal pronouns a claim's subject may be (a closed class).
_PRONOUNS = frozenset(("i", "vi", "de", "man", "den", "det", "der", "han", "hun", "jeg", "du"))


def checked_claim(text: str, closing: str) -> str:
    """The claim a message puts to check, as a question, when the closing taken off its end
    (`closing`) is a check and the text asks nothing of its own; else the text.

    Without who said it, a Danish claim is put as the polar question it asks, its auxiliary first
    ("Har Aarhus mistet flest træer?"): the subject keeps its place inside the sentence, where a
    capital marks a name the material must hold (asked_thing.py), as it did after "Min nabo siger,
    at", and each word of the subject counts as the question's words do."""
    if "?" in text or not _CHECK.search(closing):
        # Someone's guess before or after a question of its own is not part of it (guess_before.py,
        # reported_guess.py).
        return without_guess(without_guess_before(text))
    asked = text.rstrip(" .!,;:–—-") + "?"
    claim = without_hearsay(asked)
    english = detect_language(claim) == "en"
    # A figure or name of the claim's own is what is doubted: asked as its slot (claim_value.py).
    # Only a claim someone else made: the visitor's own statement keeps its figure. Chat leaves out
    # "at" ("min nabo siger det var i 2016"), which the hearsay needs; with a figure it is the claim.
    reported = claim if claim != asked else without_bare_report(asked)
    if reported != asked and (valued := value_question(reported, english)) is not None:
        return valued
    if claim == asked or english:
        return claim
    found = _SUBJECT_VERB.match(claim)
    # Without an auxiliary the claim is not put as a question ("i ikke hører til noget parti"), and
    # a claim whose subject is a pronoun ("I er et parti", "man kan blive smidt ud") names nothing
    # but its predicate's word or two, which the other organisation's material shares as often
    # (benchmarks.other_material): both keep who said it, as a statement's words.
    if found is None or found["subject"].casefold() in _PRONOUNS:
        return text
    verb = found["verb"]
    return f"{verb[:1].upper()}{verb[1:]} {found['subject']} {claim[found.end():]}"
