"""A visitor asks how much money someone paid, spent or saves; the material gives no sum.

"How much did the municipalities pay to get Danmark på Vippen started?" was answered with "Balance
Danmark startede i 2014 …": the year passed for the amount. A how-much question about paying, spending,
saving or costing is answered only where the answering sentences state a sum of money. Written against
the bundled Om page and the fictional association's publication (tests/data/publication/).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_paid import PAID_GATE, asks_sum


def test_what_the_founders_paid_is_declined_where_only_the_year_of_the_start_is_given(bundled_index):
    trace = DecisionTrace()
    answer = ask("How much did the banks pay when Danmark på Vippen was started?", bundled_index, trace=trace)
    assert not answer.answered, answer.answer
    assert any(PAID_GATE in failed for failed in trace.gates_failed)


def test_a_saving_the_publication_does_not_put_a_figure_on_is_declined(publication_index):
    answer = ask("Hvor mange penge sparer kommunerne på kloakering?", publication_index)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(("question", "fact"), [
    ("How much will the national tree plan cost?", "450 millioner"),
    ("Hvor meget skal Folketinget betale til grønne skolegårde om året?", "50 millioner"),
])
def test_a_sum_the_publication_states_is_still_answered(publication_index, question, fact):
    answer = ask(question, publication_index)
    assert answer.answered, question
    assert fact in answer.answer


@pytest.mark.parametrize(("question", "asks"), [
    ("How much did the municipalities pay?", True),
    ("Hvor meget koster det?", True),
    ("Hvor meget grønt areal er der?", False),             # an amount, but no money moves
    ("How much notice do I need to give to quit?", False),  # a noun after "how much" is what is measured
    ("Hvor meget betaler en studerende?", True),
    ("Hvem betaler, og hvor meget grønt er der?", False),  # the verb before the question word is another clause's
])
def test_a_sum_is_asked_by_how_much_with_a_verb_of_money(question, asks):
    assert asks_sum(question) == asks


def test_a_saving_asked_with_a_modal_and_the_infinitive_is_declined_where_no_sum_is_put_on_it(publication_index):
    # "spare" in the question, "sparer" in the passage: the lemmatiser reads them as "spare" and "spar".
    trace = DecisionTrace()
    answer = ask("Hvor meget vil kommunerne spare på skader efter skybrud om året?", publication_index, trace=trace)
    assert not answer.answered, answer.answer
