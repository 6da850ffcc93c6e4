"""The kind of fact a question asks for, read from its grammar in more of the ways people ask it,
and the answers that lack that kind declined (round sixteen: unanswerable questions answered)."""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.fact_kinds import asked_types
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

URL = "https://groenne-byer.example/vedtaegter/"


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"), [html_document(STATUTES_HTML, URL)])


@pytest.fixture(scope="module")
def publication(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("publikation"), [publication_document()])


@pytest.mark.parametrize("question, price", [
    ("Hvor meget koster et bytræ at plante?", True),
    ("Hvor meget har kortlægningen kostet?", True),
    ("How much will the tree plan cost?", True),
    ("How much does it charge for a copy?", True),
    # What a payer pays is asked by who pays ("as a student"): not read as a price of a thing.
    ("How much would I pay per year as a student?", False),
    ("Hvor meget er det grønne areal faldet?", False),
])
def test_how_much_with_the_verb_cost_asks_for_a_sum(question, price):
    assert asked_types(question).price is price


def test_what_one_tree_costs_is_declined_as_the_publication_prices_only_the_whole_plan(publication):
    # The tree plan's sentence counts 100,000 trees; no sentence says what one of them costs.
    assert not ask("Hvor meget koster et bytræ at plante?", publication).answered


def test_what_membership_costs_a_student_is_still_answered_with_the_fee(statutes):
    answer = ask("Hvor meget koster det for en studerende at være medlem?", statutes)
    assert answer.answered and "125 kr" in answer.answer
