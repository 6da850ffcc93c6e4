"""When the best-ranked passage does not answer, the next ones are asked too, but not in place of a
passage that is about the question and only lacks the fact it asks for."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.fallback import FALLBACK_FLOOR, leading
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

STATUTES_URL = "https://groenne-byer.example/vedtaegter/"
THRESHOLD = 0.3


@pytest.fixture(scope="module")
def association_index(tmp_path_factory):
    """Foreningen Grønne Byer's statutes and its publication, served together as one site."""
    return build_index(tmp_path_factory.mktemp("association"),
                       [html_document(STATUTES_HTML, STATUTES_URL), publication_document()])


def test_the_best_passage_answers_when_the_model_passes_it():
    assert leading([(0.6, False), (0.9, False)], THRESHOLD) == 0


def test_a_passage_below_answers_when_the_best_is_declined_and_it_is_likelier():
    assert leading([(0.1, False), (0.12, False), (0.4, False)], THRESHOLD) == 2


def test_nothing_answers_when_no_passage_clears_its_floor():
    assert leading([(0.1, False), (0.12, False)], THRESHOLD) is None
    assert leading([(0.29, False)], THRESHOLD) is None
    assert leading([], THRESHOLD) is None


def test_a_passage_below_the_model_prefers_answers_above_a_lower_floor():
    # The ranking and the model disagree: with a floor below the threshold, the model's preference decides.
    assert leading([(0.1, False), (0.16, False)], THRESHOLD, floor=0.15) == 1
    assert leading([(0.1, False), (0.14, False)], THRESHOLD, floor=0.15) is None
    # It must still be likelier than the best passage, and the best passage needs the threshold.
    assert leading([(0.25, False), (0.2, False)], THRESHOLD, floor=0.15) is None
    assert leading([(0.2, False)], THRESHOLD, floor=0.15) is None


def test_the_shipped_floor_for_a_passage_below_is_the_threshold():
    assert FALLBACK_FLOOR >= THRESHOLD
    assert leading([(0.1, False), (0.29, False)], THRESHOLD) is None


def test_a_gated_passage_never_answers_however_likely():
    assert leading([(0.9, True)], THRESHOLD) is None
    assert leading([(0.1, False), (0.8, True)], THRESHOLD) is None


def test_a_passage_below_does_not_stand_in_for_a_likelier_best_passage_a_gate_declined():
    # The best passage is about the question but lacks the kind of fact asked ("hvem?", no name).
    assert leading([(0.7, True), (0.5, False)], THRESHOLD) is None
    assert leading([(0.4, True), (0.5, False)], THRESHOLD) == 1


def test_the_floor_for_a_passage_below_is_never_above_the_threshold():
    assert leading([(0.1, False), (0.35, False)], THRESHOLD, floor=0.5) == 1
    assert leading([(0.1, False), (0.25, False)], THRESHOLD, floor=0.5) is None


def test_a_member_asking_a_share_of_the_members_gets_the_survey_figure(association_index):
    # The statutes' membership section ranks first on "medlemmerne"; the survey page answers.
    answer = ask("Hvor mange af medlemmerne ønsker sig en byhave?", association_index)
    assert answer.answered
    assert answer.citations[0].url == "https://groenne-byer.example/anbefalinger-2025.pdf#page=3"
    assert "64 procent" in answer.answer


@pytest.mark.parametrize("question", [
    "Hvem er foreningens revisor?",                    # the auditing § names no one
    "Hvad koster anbefalingen om grønne facader?",     # only the total cost is given
])
def test_a_passage_below_does_not_answer_what_the_best_one_lacks(association_index, question):
    assert not ask(question, association_index).answered
