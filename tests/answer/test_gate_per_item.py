"""A visitor asks what each one gets or costs, and the material gives only a pool or a total.

"How much does each school get from the schoolyard fund?" was answered with the publication's "fast pulje på
50 millioner kroner om året til at gøre skolegårde grønne": the pool for all schools, not what one school
gets. A question for an amount for each one ("each school", "hver kommune", "den enkelte kommune", "for one
school") is answered only by a passage that speaks of each one. Written against the fictional association's
material, and a fictional price page that gives a price for each one.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_per_item import PER_ITEM_GATE, divided_by
from assistant.documents import Document, Section
from tests.support.statutes import build_index

PRICES_URL = "https://groenne-byer.example/priser/"


@pytest.fixture(scope="module")
def prices(tmp_path_factory):
    """A page that gives a grant for each school (fiction written for this test)."""
    page = Document(url=PRICES_URL, title="Skolegårde", sections=(Section(
        heading="Tilskud til skolegårde", anchor="tilskud",
        text="Folketinget bør afsætte en fast pulje til grønne skolegårde. Hver skole kan få 200.000 kroner "
             "fra puljen til at gøre skolegården grøn."),))
    return build_index(tmp_path_factory.mktemp("prices"), [page])


@pytest.mark.parametrize("question", [
    "How much does each school get from the schoolyard fund?",
    "What's the price tag of a green schoolyard for one school?",
    "hvor stor en bid af de 450 mio gaar til den enkelte kommune",
])
def test_an_amount_for_each_one_is_declined_where_the_publication_gives_a_pool(association, question):
    trace = DecisionTrace()
    answer = ask(question, association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(PER_ITEM_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "fact"), [
    ("How much should parliament set aside each year for schoolyards?", "50 millioner"),
    ("Hvor mange penge skal skolegårdene have hvert år?", "50 millioner"),
    ("What does a student pay per year?", "125 kr"),
])
def test_a_sum_for_each_year_or_for_a_group_still_answers(association, question, fact):
    answer = ask(question, association)
    assert answer.answered and fact in answer.answer, answer.answer


def test_a_page_that_gives_the_sum_for_each_school_answers(prices):
    answer = ask("Hvor mange penge får hver skole fra puljen?", prices)
    assert answer.answered and "200.000" in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "noun"), [
    ("How much does each school get?", "school"),
    ("Hvor mange penge får hver kommune til byhaver?", "kommune"),
    ("Hvad koster det hvert år?", ""),
    ("What does a membership cost per month?", ""),
    ("Hvem sidder i bestyrelsen hver gang?", ""),
])
def test_the_noun_divided_by_is_no_unit_of_time_and_only_in_a_question_for_an_amount(question, noun):
    assert divided_by(question) == noun
