"""The best passage answers in the model's stead only when it holds every thing the question asks
about, no gate declines it, and the model is not all but sure that it does not answer."""
from __future__ import annotations

from assistant.answer.fallback import ANCHORED_FLOOR, anchored


def test_a_passage_holding_every_thing_asked_answers_above_the_floor():
    assert anchored([(ANCHORED_FLOOR + 0.01, False), (0.1, False)], True)


def test_it_does_not_when_it_lacks_a_thing_asked_about():
    assert not anchored([(0.29, False)], False)


def test_a_gate_still_declines_it():
    # "Hvem er formanden?" of a passage without a name: the kind of fact asked is missing.
    assert not anchored([(0.29, True)], True)


def test_a_passage_the_model_all_but_rules_out_does_not_answer():
    assert not anchored([(ANCHORED_FLOOR - 0.01, False)], True)
    assert not anchored([], True)
