"""A visitor asks how to apply for money from a pool the material names; it says nothing of applying.

"Vores skole har en grå asfaltgård. Hvordan ansøger man om penge fra puljen til grønne skolegårde?" was
answered with recommendation 6, the pool of 50 million a year the parliament should set aside: every word
of the question but the one asked about. A question for how to apply for money is answered only by a
passage that speaks of applying or granting. Written against the fictional association's publication and
a fictional page about a grant.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_application import APPLICATION_GATE, asks_how_to_apply
from assistant.documents import Document, Section
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def grant(tmp_path_factory):
    """A page that tells how to apply (fiction)."""
    page = Document(url="https://groenne-byer.example/pulje/", title="Puljen til grønne gårde",
                    sections=(Section(heading="Sådan søger du", anchor="ansoegning",
                                      text="Skoler kan søge om penge fra puljen til grønne gårde. Ansøgningen "
                                           "sendes på et skema fra hjemmesiden inden 1. oktober."),))
    return build_index(tmp_path_factory.mktemp("pulje"), [page])


@pytest.mark.parametrize("question", [
    "Vi er en friskole med en grå gård. Hvordan ansøger vi om penge fra puljen til skolegårde?",
    "How can a school apply for money for a green schoolyard?",
])
def test_how_to_apply_is_declined_where_the_material_only_names_the_money(publication_index, question):
    trace = DecisionTrace()
    answer = ask(question, publication_index, trace=trace)
    assert not answer.answered, answer.answer
    assert any(APPLICATION_GATE in failed for failed in trace.gates_failed)


def test_how_to_apply_is_answered_where_the_material_tells_it(grant):
    answer = ask("Hvordan søger man om penge fra puljen?", grant)
    assert answer.answered
    assert "søge om penge" in answer.answer


@pytest.mark.parametrize(("question", "asks"), [
    ("Hvordan ansøger man om tilskud?", True),
    ("hvordan soeger man penge fra puljen", True),
    ("How do we apply for funding?", True),
    ("Hvordan søger man om medlemskab?", False),    # membership, not money
    ("Hvor stor er puljen?", False),
])
def test_only_how_to_apply_for_money_is_checked(question, asks):
    assert asks_how_to_apply(question) == asks
