"""A visitor asks who holds a post whose name is a compound, and the material has only its first part.

"Hvad hedder jeres økonomiansvarlige?" was answered from the Om page with "Det handler i sidste ende om
hele Danmarks økonomi …", and "Hvem er økonomiansvarlig for den nationale træplan?" with page 6's "Den
største post er den nationale træplan …": the search splits "økonomiansvarlig" and finds its first part,
"økonomi", which names a field, not a post. The head ("-ansvarlig", "-chef") names the role, so a passage
that holds only the first part does not hold the role, and the role gate declines it. A page that names the
post answers. Written against the bundled Om page, the fictional association's statutes and publication and
a fictional staff page.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.config import REPO_ROOT
from assistant.documents import Document, Section, read_corpus
from tests.support.statutes import build_index

STAFF_URL = "https://groenne-byer.example/sekretariatet/"


@pytest.fixture(scope="module")
def om(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("om"), list(read_corpus(REPO_ROOT / "corpus")))


@pytest.fixture(scope="module")
def with_staff(tmp_path_factory):
    """The Om page beside a page that names the staff (fiction written for this test)."""
    staff = Document(url=STAFF_URL, title="Sekretariatet", sections=(Section(
        heading="Sekretariatet", anchor="sekretariatet",
        text="Vores økonomiansvarlige er Lise Berg. Sekretariatschef er Morten Dahl."),))
    return build_index(tmp_path_factory.mktemp("staff"), [*read_corpus(REPO_ROOT / "corpus"), staff])


def test_the_om_page_speaks_of_the_economy_but_names_no_finance_officer(om):
    trace = DecisionTrace()
    answer = ask("Hvad hedder jeres økonomiansvarlige?", om, trace=trace)
    assert not answer.answered, answer.answer
    assert all("role_named" in failed for failed in trace.gates_failed)


@pytest.mark.parametrize("question", [
    "Hvem er økonomiansvarlig for den nationale træplan?",
    "Hvem er sekretariatschef i Grønne Byer?",
])
def test_the_publication_names_the_tree_plan_and_the_secretariat_but_no_officer_of_them(association, question):
    answer = ask(question, association)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize(("question", "name"), [
    ("Hvad hedder jeres økonomiansvarlige?", "Lise Berg"),
    ("Hvem er sekretariatschef?", "Morten Dahl"),
])
def test_a_page_that_names_the_officer_answers(with_staff, question, name):
    answer = ask(question, with_staff)
    assert answer.answered and name in answer.answer, answer.answer
