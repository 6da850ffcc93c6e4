"""A distance asked, weighed as held by the passages that state a length.

"Hvor langt må der højst være til en park?" asks for a length, and the passage that answers says
"Ingen bolig bør ligge mere end 300 meter fra et grønt opholdssted": it holds the question's degree
phrase as a figure and a unit of length, not as the words "langt" or "højst". The decision left the
phrase out (decision_terms.py), so a passage that states the length weighed no more than one that
speaks of parks without any: the model declined the recommendation's page on "park" and "grønt" alone
(most "hvor langt …?" and "how far …?" questions of the dev sets). Here the phrase is weighed once
more, as a group whose members are the units the stating passages use ("meter"), and counted as held
where a passage states a length (asked_measure.states_measure). The unit is the grammar of the answer
to the question's kind, read by the same pattern as the kind's gate, not a word of any material.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from ..language.analysis import Analyzer
from .asked_measure import DISTANCE, asked_measure, length_units
from .retrieve import Hit, TermGroup


def told_measure(analyzer: Analyzer, question: str, groups: Sequence[TermGroup], dropped: Collection[str],
                 hits: Sequence[Hit]) -> tuple[TermGroup | None, frozenset[int]]:
    """The group a distance question's degree phrase is weighed as (its heaviest dropped group, with
    the units of length the stating passages use as members) and the passages (`hits`) that state a
    length; (None, none) for another question, or where no passage states one."""
    if asked_measure(question) != DISTANCE:
        return None, frozenset()
    # A passage states a length where it gives one with its unit (asked_measure.states_measure).
    return held_where_stated(analyzer, groups, dropped, hits, length_units)


def held_where_stated(analyzer: Analyzer, groups: Sequence[TermGroup], dropped: Collection[str], hits: Sequence[Hit],
                      stating: Callable[[str], Collection[str]]) -> tuple[TermGroup | None, frozenset[int]]:
    """The heaviest of the `dropped` groups, with the words each passage's `stating` finds in its text
    as members ("meter" of "300 meter"), and the passages (`hits`) where it finds any; (None, none)
    where nothing was dropped or no passage states the thing."""
    phrase = [g for g in groups if g.term in dropped]
    if not phrase:
        return None, frozenset()
    stated = {h.chunk_id: found for h in hits if (found := stating(h.chunk.text))}
    if not stated:
        return None, frozenset()
    members = {t for found in stated.values() for word in found for t in analyzer.query_terms(word)}
    heaviest = max(phrase, key=lambda g: g.weight)
    return replace(heaviest, members=tuple(sorted(members))), frozenset(stated)
