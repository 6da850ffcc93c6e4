"""A visitor asks for an amount "i kroner", or for a name with "navnet paa" typed without "å".

"hvor stor er besparelsen paa kloakering i kroner for en mellemstor kommune" was answered with page 6's "Til
gengæld sparer kommunerne penge på kloakering …", which names no sum: "i kroner" asks a sum as "hvad koster"
does, and the sum must stand in the sentence that answers. "hvad er navnet paa landsraadets formand" was
answered with § 1's "Foreningens navn er …": "navnet paa" is "navnet på" typed without "å", which asks who holds
the role. Written against the fictional association's statutes and publication.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.fact_kinds import asked_types


@pytest.mark.parametrize("question", [
    "hvor stor er besparelsen paa kloakering i kroner for en mellemstor kommune",
    "Hvad løb Fonden for Bynaturs støtte op i, i kroner?",
    "hvad er navnet paa landsraadets formand",
])
def test_a_sum_or_a_name_the_material_does_not_give_is_declined(association, question):
    answer = ask(question, association)
    assert not answer.answered, answer.answer


def test_a_fee_asked_in_kroner_is_answered_with_the_sum(association):
    answer = ask("Hvad er kontingentet for studerende i kroner?", association)
    assert answer.answered and "125 kr" in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "price", "role"), [
    ("Hvor stor er besparelsen i kroner?", True, ""),
    ("How big is the saving in kroner?", True, ""),
    ("hvad er navnet paa landsraadets formand", False, "landsraadets formand"),
])
def test_the_kind_asked_is_read_from_i_kroner_and_navnet_paa(question, price, role):
    asks = asked_types(question)
    assert asks.price is price and asks.role == role
