"""A visitor compares the association with another organisation the material never mentions.

"Er kontingentet højere end i Danmarks Naturfredningsforening?" was answered with § 5, stk. 2's fees: one
side of the comparison. A question that compares with a name is answered only where the passage's
document names it. Written against the fictional association's statutes (Foreningen Grønne Byer) and a
fictional page that compares its fee with another association's.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_comparison import COMPARISON_GATE, compared_names
from assistant.documents import Document, Section
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def with_comparison(tmp_path_factory):
    """A fictional page that compares the fee with another (fictional) association's."""
    page = Document(url="https://groenne-byer.example/kontingent/", title="Kontingent", sections=(Section(
        heading="Kontingentet", anchor="kontingent",
        text="Kontingentet på 250 kr. er lavere end i Dansk Byforening, hvor et personligt medlemskab "
             "koster 400 kr."),))
    return build_index(tmp_path_factory.mktemp("kontingent"), [page])


def test_a_comparison_with_an_organisation_the_material_never_names_is_declined(statutes):
    trace = DecisionTrace()
    answer = ask("Er kontingentet lavere end i Dansk Byforening?", statutes, trace=trace)
    assert not answer.answered, answer.answer
    assert any(COMPARISON_GATE in failed for failed in trace.gates_failed)


def test_the_same_comparison_is_answered_where_the_material_makes_it(with_comparison):
    answer = ask("Er kontingentet lavere end i Dansk Byforening?", with_comparison)
    assert answer.answered
    assert "400 kr." in answer.answer


@pytest.mark.parametrize(("question", "names"), [
    ("Er I større end Dansk Byforening?", ["dansk byforening"]),
    ("How does your fee compare with Dansk Byforening?", ["dansk byforening"]),
    ("Hvad er forskellen på Balance Danmark og Danmark på Vippen?", ["balance danmark", "danmark paa vippen"]),
    ("Hvad adskiller jer fra et politisk parti?", []),      # no name compared with
    ("Hvem står bag Danmark på Vippen?", []),               # no comparison
])
def test_the_names_compared_with_are_read_after_the_comparing_word(question, names):
    assert compared_names(question) == names
