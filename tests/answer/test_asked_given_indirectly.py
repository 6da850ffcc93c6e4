"""A visitor asks which ones, why or about a thing, and the material gives it in a form of its own:
"alle egne af landet" for which parts of the country, a rule's condition for "how come … can",
"kortdata" for data.

The which-gate (asked_which) took every "alle X" for a count that names none of them, the reason gate
(gate_reason) read "how come a member can …" as a why-question without its condition, and the
thing-asked check (asked_thing_english) found "data" nowhere, as the publication says "kortdata". Each
declined a question the material answers. "alle X" with nothing after it still names no X, and
"alle 24 kommuner" no more than "24 kommuner" does.
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_compound_head import held_as_head
from assistant.answer.asked_which import names_which
from assistant.answer.compose import ask
from assistant.answer.decision_trace import ASKED_THING, DecisionTrace


def test_which_parts_of_the_country_is_answered_with_all_of_them(bundled_index):
    # The Om page: "For en bedre, bæredygtig og balanceret udvikling i alle egne af landet."
    answer = ask("Hvilke egne af Danmark vil I gerne se udvikle sig bedre?", bundled_index)
    assert answer.answered
    assert "alle egne af landet" in answer.answer


@pytest.mark.parametrize("sentence, says_which", [
    # All of those a phrase or a relative clause after the noun delimits: that says which.
    ("For en bedre udvikling i alle egne af landet.", True),
    ("Stemmeret har alle medlemmer, der har betalt kontingent.", True),
    ("Foreningen samarbejder med alle kommuner i Region Syddanmark.", True),
    # All of them, all of an owner's or all of a count: no more than the question said.
    ("Foreningen samarbejder med alle kommuner.", False),
    ("Vi håber, alle Folketingets partier vil være med.", False),
    ("Byerne har mistet grønt areal i alle 24 kommuner.", False),
])
def test_all_of_the_things_says_which_when_the_sentence_delimits_them(statutes, sentence, says_which):
    members = frozenset(statutes.analyzer.query_terms("kommuner") + statutes.analyzer.query_terms("medlemmer")
                        + statutes.analyzer.query_terms("egne") + statutes.analyzer.query_terms("partier"))
    assert names_which(statutes.analyzer, sentence, members) is says_which


def test_how_come_the_board_can_expel_a_member_is_answered_with_the_condition(statutes):
    # § 4, stk. 3: "Et medlem, der handler groft imod foreningens formål, kan ekskluderes af bestyrelsen."
    answer = ask("How come the board can expel a member?", statutes)
    assert answer.answered
    assert "groft imod" in answer.answer


def test_a_thing_the_material_names_only_as_its_compounds_head_is_held(publication_index):
    # The publication says "Luftfotos og kortdata over de 24 byer": a kind of data.
    assert held_as_head(publication_index, "data")
    # A first part that is no word ("kandi|dat") is no compound; a head of three letters is too short.
    assert not held_as_head(publication_index, "ata")


def test_where_the_data_came_from_is_not_declined_for_want_of_the_word_data(publication_index):
    trace = DecisionTrace()
    ask("Over what period were the data gathered?", publication_index, trace=trace)
    assert trace.step != ASKED_THING
