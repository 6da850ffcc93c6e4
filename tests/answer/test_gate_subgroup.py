"""A visitor asks how many of a group do something; the material names the group but counts no part of it.

"Hvor mange af medlemmerne er studerende?" was answered with the statutes' fees ("… 125 kr. for
studerende …"), "How many of the volunteers measured the temperatures?" with the publication's "målte de
frivillige op til 4 grader": a price or a measure beside the group, which counts none of it. A question for
how many of a group is answered only where the sentences that mention the group count it or a share of it.
Written against the fictional association's statutes and publication (tests/data/).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_subgroup import SUBGROUP_GATE, whole_asked


@pytest.mark.parametrize(("question", "whole"), [
    ("Hvor mange af medlemmerne er pensionister?", "medlemmerne"),
    ("hvor mange af de frivillige hjalp til", "frivillige"),
    ("Hvor mange af bestyrelsens medlemmer er kvinder?", "medlemmer"),   # the group after a genitive
    ("How many of the board members are paid?", "members"),             # a compound's last word
    ("How many of your volunteers measured it?", "volunteers"),          # not the verb in the past
    ("Hvor mange av innbyggerne stemte?", "innbyggerne"),                # Norwegian (NorQuAD)
    ("Hvor mange medlemmer har foreningen?", ""),                        # the whole itself: the count gate's
])
def test_the_group_a_question_counts_a_part_of(question, whole):
    assert whole_asked(question) == whole


@pytest.mark.parametrize("question", [
    "Hvor mange af vores medlemmer er studerende?",
    "How many of the members are students?",
])
def test_a_price_beside_the_group_is_no_count_of_it(statutes, question):
    trace = DecisionTrace()
    answer = ask(question, statutes, trace=trace)
    assert not answer.answered, answer.answer
    assert any(SUBGROUP_GATE in failed for failed in trace.gates_failed)


def test_a_measure_taken_by_the_group_is_no_count_of_it(publication_index):
    trace = DecisionTrace()
    answer = ask("Hvor mange af de frivillige var med til at måle temperaturen?", publication_index, trace=trace)
    assert not answer.answered, answer.answer
    assert any(SUBGROUP_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvor mange af bestyrelsens medlemmer skal være til stede, før den kan beslutte noget?", "halvdelen"),
    ("Hvor mange af de afgivne stemmer skal være for en vedtægtsændring?", "to tredjedele"),
])
def test_a_share_of_the_group_is_still_answered(statutes, question, fact):
    answer = ask(question, statutes)
    assert answer.answered, question
    assert fact in answer.answer


def test_a_share_in_a_sentence_that_does_not_name_the_group_is_still_answered(publication_index):
    answer = ask("Hvor mange af medlemmerne ville bruge en byhave?", publication_index)
    assert answer.answered
    assert "64 procent" in answer.answer
