"""A which-question's noun is not held by a passage that says only the adjective made from it.

"Hvilke kommuner er med?" asks for municipalities by name. A passage on "en ny kommunal
udligningsordning" says something about municipalities, not which ones: the adjective
("kommunal", "regionale", "politiske"; derivation.py) tells the topic, never the members of it. The
decision counts a question word held in another word class (held_otherwise.relatives), which helps
"Hvad har I gjort for kommunerne?" of that very passage; for the noun a "hvilke"/"which" question
asks to have named (asked_kinds.AskedTypes.named) it does not count where the adjective is all the
passage holds of it. Round thirty-five's try of "-al" answered that question with the history's
"kommunal udligningsordning" (docs/benchmarks.md).
"""
from __future__ import annotations

from collections.abc import Collection, Sequence

from ..index.bm25 import Index
from ..language.derivation import adjective_bases
from .held_otherwise import relatives
from .ranked_passages import TermGroup, passage_has


def named_by_adjective_only(index: Index, chunk_id: int, groups: Sequence[TermGroup], named: str,
                            held: Collection[str]) -> frozenset[str]:
    """The terms of the asked noun `named` (among `held`, the passage's held query terms) that the
    passage holds only as an adjective made from them."""
    if not named:
        return frozenset()
    asked = set(index.analyzer.query_terms(named))
    out = set()
    for group in groups:
        if group.term not in asked or group.term not in held:
            continue
        if any(passage_has(index, chunk_id, t) for t in (group.term, *group.members)):
            continue
        bases = adjective_bases(group.term)
        found = [t for t in relatives(index, group) if passage_has(index, chunk_id, t)]
        if found and all(t.startswith(bases) for t in found):
            out.add(group.term)
    return frozenset(out)
