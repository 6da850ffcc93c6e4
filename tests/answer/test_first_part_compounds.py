"""A visitor's compound the material says as another compound of the same first part and a synonymous head.

A council member asks from what roof size new "erhvervsbygninger" must have a green roof; the
publication's recommendation 4 says "erhvervsbyggerier". Neither part of the visitor's word stands
alone in the material, so nothing was searched for it and the question was declined. The material's
compound with the same first part and a head the thesaurus gives for the visitor's ("bygning" →
"byggeri") now stands in, as weakly as a thesaurus word. A first part alone does not: the Om page's
"erhvervsklynger" are no buildings, and a "folkepensionist" has nothing to do with "Folketinget".
"""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.first_part_compounds import first_part_compounds
from assistant.answer.retrieve import STAND_IN_SCALE, analyse_query

PAGE_4 = "https://groenne-byer.example/anbefalinger-2025.pdf#page=4"


def test_a_compound_the_material_lacks_is_searched_by_its_compound_of_the_same_thing(association):
    groups = analyse_query(association, "Hvad skal nye erhvervsbygninger have på taget?").groups
    buildings = next(g for g in groups if g.term.startswith("erhverv"))
    assert buildings.members == ("erhvervsbyggeri",)
    assert buildings.scale == STAND_IN_SCALE


def test_the_roof_size_for_new_business_buildings_is_answered_from_the_recommendation(association):
    answer = ask("Fra hvilken tagstørrelse skal nye erhvervsbygninger have grønt tag?", association)
    assert answer.answered
    assert answer.citations[0].url == PAGE_4
    assert "500 kvadratmeter" in answer.answer


def test_a_shared_first_part_with_another_kind_of_head_stands_in_for_nothing(bundled_index):
    # The Om page's "erhvervsklynger" and "Folketingets" share only the first part.
    assert first_part_compounds(bundled_index, "erhvervsbygning") == ()
    assert first_part_compounds(bundled_index, "folkepensionist") == ()
    answer = ask("Betaler folkepensionister mindre i kontingent?", bundled_index)
    assert not answer.answered


def test_a_word_the_material_has_is_its_own(association):
    assert first_part_compounds(association, "bestyrelse") == ()
