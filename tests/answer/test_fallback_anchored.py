"""A passage answers in the model's stead only when it holds every thing the question asks about,
no gate declines it, and the model is not all but sure that it does not answer: the best passage,
or one below it that the model finds likelier than the best."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.fallback import ANCHORED_FLOOR, ANCHORED_MARGIN, anchored, anchored_lead
from tests.support.publication import PUBLICATION_URL, publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

LIKELY = ANCHORED_FLOOR + 0.05


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


def _holding(*ranks: int):
    """Which passages hold every thing asked about, and a record of which were asked (each once)."""
    asked: list[int] = []

    def holds(rank: int) -> bool:
        asked.append(rank)
        return rank in ranks
    return holds, asked


def test_the_best_passage_holding_every_thing_still_answers_first():
    holds, _ = _holding(0, 1)
    assert anchored_lead([(LIKELY, False), (LIKELY + 0.1, False)], holds) == 0


def test_a_passage_below_that_holds_every_thing_and_is_likelier_answers():
    # "Hvem betalte kortlægningen?": the summary ranks first, the page naming who financed it second.
    holds, asked = _holding(2)
    assert anchored_lead([(0.1, False), (0.12, False), (LIKELY, False)], holds) == 2
    assert asked == [0, 2], "a passage the model finds less likely than the best is never read"


def test_a_passage_below_must_be_clearly_likelier_than_the_best_and_clear_the_floor():
    holds, _ = _holding(1)
    assert anchored_lead([(0.15, False), (0.12, False)], holds) is None
    assert anchored_lead([(0.19, False), (0.19 + ANCHORED_MARGIN / 2, False)], holds) is None
    assert anchored_lead([(0.15, False), (0.15 + ANCHORED_MARGIN + 0.01, False)], holds) == 1
    assert anchored_lead([(0.05, False), (ANCHORED_FLOOR - 0.01, False)], holds) is None


def test_a_passage_below_that_lacks_a_thing_asked_or_is_gated_does_not_answer():
    holds, _ = _holding()
    assert anchored_lead([(0.1, False), (LIKELY, False)], holds) is None
    holds, _ = _holding(1)
    assert anchored_lead([(0.1, False), (0.9, True)], holds) is None
    assert anchored_lead([], holds) is None


@pytest.fixture(scope="module")
def association_index(tmp_path_factory):
    """Foreningen Grønne Byer's statutes and its publication, served together as one site."""
    return build_index(tmp_path_factory.mktemp("association"),
                       [html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/"),
                        publication_document()])


@pytest.mark.parametrize("question", ["Hvem betalte kortlægningen?", "Hvem betaler for kortlægningen?"])
def test_a_member_asking_who_paid_is_told_who_financed_it_though_the_summary_ranks_first(
        association_index, question):
    # The page says the mapping "er finansieret af"; the summary, ranked first, only mentions the mapping.
    answer = ask(question, association_index)
    assert answer.answered
    assert answer.citations[0].url == f"{PUBLICATION_URL}#page=2"
    assert "Fonden for Bynatur" in answer.answer
