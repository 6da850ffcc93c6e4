"""A member asks about the "medlemsgebyr": the statutes never say "gebyr", only "Kontingentet".

A Danish compound is a kind of its last part: a "medlemsgebyr" is a fee. Where the material knows
only the first part ("medlem", in nearly every §), that part alone sent the question to the § with
the most members in it; the head's synonyms the material uses ("kontingent") find the § about it.
"""
from __future__ import annotations

from assistant.answer.compound_kind import head_stand_ins, lone_first_part
from assistant.answer.retrieve import analyse_query, search


def test_the_head_of_a_compound_known_only_by_its_first_part_is_what_it_is():
    assert lone_first_part("medlemsgebyr", {"medlem", "kontingent"}) == "gebyr"
    # A compound the material has, or whose head it knows, is no such case.
    assert lone_first_part("medlemsgebyr", {"medlemsgebyr", "medlem"}) == ""
    assert lone_first_part("medlemsgebyr", {"medlem", "gebyr"}) == ""
    # An ending is no head.
    assert lone_first_part("medlemmer", {"medlem"}) == ""


def test_a_fee_for_members_is_searched_as_the_statutes_membership_fee(statutes):
    assert "kontingent" in head_stand_ins(statutes, "medlemsgebyr")
    group = next(g for g in analyse_query(statutes, "Hvor højt er medlemsgebyret?").groups
                 if g.term.startswith("medlemsgebyr"))
    assert {"medlem", "kontingent"} <= set(group.members)
    assert search(statutes, "Hvem sætter medlemsgebyrets størrelse?")[0].chunk.paragraph == "5"


def test_an_everyday_head_gets_no_synonyms_its_other_senses_would_bring(statutes):
    # "kort" is a card here, but also "short" (the thesaurus's "lav"): too many senses to choose.
    assert head_stand_ins(statutes, "medlemskort") == ()
