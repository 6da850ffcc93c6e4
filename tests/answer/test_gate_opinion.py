"""A reader asks what someone else thinks; the publication names them, but not their view.

"Hvad synes kommunerne selv om jeres anbefalinger?" was answered with "Vi giver otte anbefalinger til
kommuner, boligselskaber og Folketinget": the municipalities and the recommendations are there, what the
municipalities think is not. A question for a third party's view is answered by a sentence that reports
one ("Samtidig siger 8 ud af 10 medlemmer, at de ønsker mere natur …"). The organisation's own view is
what its material states, and is not checked. Written against the fictional association's publication.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_opinion import OPINION_GATE, asked_holder
from tests.support.publication import publication_document
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def publication(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("publikation"), [publication_document()])


@pytest.mark.parametrize("question", [
    "Hvad synes kommunerne selv om jeres anbefalinger?",
    "Hvad mener Folketingets partier om træplanen?",
    "What did the municipalities say in the interviews?",
])
def test_a_third_partys_view_the_publication_does_not_report_is_declined(publication, question):
    trace = DecisionTrace()
    answer = ask(question, publication, trace=trace)
    assert not answer.answered, answer.answer
    assert any(OPINION_GATE in failed for failed in trace.gates_failed)


def test_a_view_the_publication_reports_is_answered(publication):
    answer = ask("Hvad synes medlemmerne om mere natur tæt på deres bolig?", publication)
    assert answer.answered and "ønsker mere natur" in answer.answer


@pytest.mark.parametrize(("question", "holder"), [
    ("Hvad synes kommunerne selv om jeres anbefalinger?", "kommunerne"),
    ("Hvad mener byplanlæggerne i kommunerne om målet på 30 procent?", "byplanlæggerne i kommunerne"),
    ("Hej, hvad er bestyrelsens holdning til at hæve kontingentet?", "bestyrelsens"),
    ("What did the municipalities say in the interviews?", "the municipalities"),
    # The organisation's own view is what its material says.
    ("Hvad mener I om elbiler i byerne?", ""),
    ("Hej, hvad er jeres holdning til den kommunale udligningsordning?", ""),
    ("What does your report say about green roofs?", ""),
    ("What does the association say the municipalities will save money on?", ""),
    # What the statutes say is the material itself.
    ("hvad siger vedtægterne om kontingent?", ""),
    ("What do the bylaws say about the fee?", ""),
    # "Hvad mener I med …?" asks what a word means, and names no holder.
    ("hvad mener i med et mere decentralt danmark", ""),
])
def test_the_holder_of_the_view_is_read_from_the_grammar(question, holder):
    assert asked_holder(question) == holder
