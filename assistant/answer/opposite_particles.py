"""A particle verb asked with one particle is not held by a rule that writes it with the opposite one.

"Jeg meldte mig ind i går – er jeg medlem nu?": the statutes' "Et medlem kan melde sig ud …
Udmeldelse sker skriftligt" holds the verb "melde", but as the opposite act. Danish particles that
turn a verb's meaning round come in pairs (ind/ud, op/ned); a passage that names the opposite act
in its fixed form ("udmeldelse") and never the asked one ("indmeldelse") uses the verb in that
opposite sense.
"""
from __future__ import annotations

from functools import lru_cache

from ..language.particle_verbs import joined_forms

# Particles whose pairs turn a verb's act round: "melde sig ind" / "melde sig ud", "sætte op" / "sætte ned".
OPPOSITE = {"ind": "ud", "ud": "ind", "op": "ned", "ned": "op"}
# A verb's index terms with the asked particle in front, and with the opposite one.
Opposed = tuple[tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=256)
def opposed_forms(analyzer, question: str) -> dict[str, Opposed]:
    """Query term of a particle verb -> (the index terms of its form with the asked particle in
    front, those of its form with the opposite particle): "meldte mig ind" -> meld: (indmeld, udmeld).
    Read once per question (remembered): each of its terms asks."""
    out = {}
    for verb, form in joined_forms(question):
        particle = form[:len(form) - len(verb)]
        if particle not in OPPOSITE:
            continue
        asked = tuple(analyzer.query_terms(form))
        opposite = tuple(analyzer.query_terms(OPPOSITE[particle] + verb))
        for term in analyzer.query_terms(verb):
            out[term] = (asked, opposite)
    return out


def opposite_act(has, opposed: Opposed) -> bool:
    """Whether a passage, which holds an index term when `has(term)`, names a particle verb's
    opposite act and never the asked one (`opposed`: opposed_forms' pair for the verb)."""
    asked, opposite = opposed
    return any(has(t) for t in opposite) and not any(has(t) for t in asked)


def holds_group(has, term: str, members, opposed: Opposed) -> bool:
    """Whether a passage holds a query term through one of its members; the term's own verb does
    not count where the passage names only its opposite act."""
    if not opposed[1]:
        # No opposite act to name (every noun, most verbs): any member holds it. Asked of each
        # group for each passage weighed, ~20 times a question.
        return any(map(has, members))
    return any(has(m) for m in members if not (m == term and opposite_act(has, opposed)))
