"""A member or visitor asks in English with the everyday words for the statutes' offices and the
publication's things; the answer quotes the Danish passage that says it."""
from __future__ import annotations

import pytest

from assistant.answer import ask


@pytest.mark.parametrize("question, fact", [
    # The statutes' "suppleanter": the dictionaries know a deputy only as a delegate (delegeret).
    ("How many deputies are elected to the board?", "to suppleanter"),
    # "øverste myndighed": the dictionaries give authority as a person's standing (autoritet).
    ("What is the highest authority in the association?", "øverste myndighed"),
    # The registered seat (hjemsted), which no dictionary gives for headquarters.
    ("Where is the association's headquarters?", "Vejle Kommune"),
    # ... and for where it is based: FreeDict has no "based", WordNet no other word for that sense.
    ("Where is Grønne Byer based?", "Vejle Kommune"),
    # No dictionary has "founders"; WordNet derives the noun from "found" (stifte): "den stiftende".
    ("When did the association's founders hold their first general meeting?", "12. marts 2019"),
])
def test_the_statutes_offices_asked_in_everyday_english_are_answered_from_the_statute(statutes, question, fact):
    answer = ask(question, statutes)
    assert answer.answered and fact in answer.answer


def test_an_urban_garden_is_the_publications_byhave(publication_index):
    # "urban" has no Danish word in the dictionaries; the noun it relates to (city: by) and garden
    # (have) make the publication's compound "byhave".
    answer = ask("How many of the members would use an urban garden nearby?", publication_index)
    assert answer.answered and "64 procent" in answer.answer
