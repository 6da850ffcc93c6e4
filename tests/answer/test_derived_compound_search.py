"""A visitor's verb the material says only as the head of a compound, in its noun form.

The publication recommends land for "byhaver og fællesdyrkning"; a visitor asks what the housing
companies can do for residents who want to "dyrke" vegetables. The material never says "dyrke" in any
form, only "fællesdyrkning" (a compound whose head is the verb's noun in -ning), while the summary on
page 1 shares more of the question's other words ("gøre", "boligselskaber"). The search looks for the
word where it stands, so the recommendation that says it comes first.
"""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.retrieve import analyse_query

PAGE_5 = "https://groenne-byer.example/anbefalinger-2025.pdf#page=5"


def test_a_verb_is_searched_in_the_compound_its_noun_heads(association):
    groups = analyse_query(association, "Hvor kan beboerne dyrke noget?").groups
    grow = next(g for g in groups if g.term == "dyrk")
    assert "faellesdyrkning" in grow.members


def test_growing_vegetables_is_answered_by_the_recommendation_on_shared_growing(association):
    answer = ask("Hvad kan boligselskaberne gøre for beboere, der vil dyrke grøntsager?", association)
    assert answer.answered
    assert answer.citations[0].url == PAGE_5
    assert "fællesdyrkning" in answer.answer


def test_a_verb_the_material_says_itself_keeps_to_its_own_forms(association):
    # "betale" stands in the statutes ("betalt"): its compounds' nouns are not searched for it.
    groups = analyse_query(association, "Hvornår skal man betale?").groups
    pay = next(g for g in groups if g.term == "betal")
    assert not any("betaling" in m for m in pay.members)
