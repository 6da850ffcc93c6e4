"""A visitor asks how few: "hvor få" (also typed "hvor faa") asks a number, as "hvor mange" does, not a
place. Read as a place ("hvor …"), the place gate declined the stk. that says "fem til syv medlemmer"."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.fact_kinds import asked_types


@pytest.mark.parametrize("question", ["hvor faa kan bestyrelsen bestaa af", "Hvor få medlemmer kan bestyrelsen have?"])
def test_a_visitor_asking_how_few_sit_on_the_board_gets_five_to_seven(association, question):
    answer = ask(question, association)
    assert answer.answered and "fem til syv" in answer.answer


@pytest.mark.parametrize("question", ["Hvor få kan der være i bestyrelsen?", "hvor faa skal moede op",
                                      "Hvor færre træer er der i dag?"])
def test_how_few_asks_a_number_not_a_place(question):
    asks = asked_types(question)
    assert asks.quantity and not asks.place


@pytest.mark.parametrize("question", ["Hvor får jeg et medlemskort?", "hvor faar kommunerne pengene tilbage"])
def test_where_one_gets_something_still_asks_a_place(question):
    # "får" / "faar" (gets) is a verb after "hvor", not "få" (few).
    assert asked_types(question).place
