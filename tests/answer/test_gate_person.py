"""A visitor asks which person did something; the material names only organisations.

"Hvem grundlagde Balance Danmark – altså hvilken person?" was answered with "Bag initiativet stod Danske
Andelskassers Bank, Jøp, Ove & Myrthu og en række kommuner": a bank, a firm and municipalities, no person.
A question for which person is answered only where the answering sentences name a person. Written
against the bundled Om page and fictional pages of the association (Foreningen Grønne Byer).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_person import PERSON_GATE, asks_person, names_person
from assistant.documents import Document, Section, read_corpus
from tests.support.statutes import build_index

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def om(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("om"), list(read_corpus(REPO / "corpus")))


@pytest.fixture(scope="module")
def founders(tmp_path_factory):
    """A fictional history page that names the association's founder."""
    page = Document(url="https://groenne-byer.example/historie/", title="Foreningens historie",
                    sections=(Section(heading="Historie", anchor="historie",
                                      text="Foreningen blev grundlagt i 2019 af landskabsarkitekten Karen Thygesen, "
                                           "som samlede de første lokale grupper."),))
    return build_index(tmp_path_factory.mktemp("historie"), [page])


def test_which_person_is_declined_where_only_organisations_stand_behind(om):
    trace = DecisionTrace()
    answer = ask("Hvem startede det hele – hvilken person fik idéen?", om, trace=trace)
    assert not answer.answered, answer.answer
    assert any(PERSON_GATE in failed for failed in trace.gates_failed)


def test_which_person_is_answered_where_the_material_names_one(founders):
    answer = ask("Hvem grundlagde foreningen, altså hvilken person?", founders)
    assert answer.answered
    assert "Karen Thygesen" in answer.answer


def test_who_founded_it_without_asking_for_a_person_is_still_answered(om):
    answer = ask("Hvem stod bag, da I startede?", om)
    assert answer.answered
    assert "Danske Andelskassers Bank" in answer.answer


@pytest.mark.parametrize(("text", "named"), [
    ("Formand er Jens Brøndum.", True),
    ("Bag initiativet stod Danske Andelskassers Bank og en række kommuner.", False),  # a bank
    ("Foreningens hjemsted er Vejle Kommune.", False),                                # a municipality
    ("Bevægelsen Oprør fra Udkanten blev en del af Danmark på Vippen.", False),       # joined by small words
])
def test_a_person_is_a_run_of_names_not_ending_in_a_common_noun(text, named):
    assert names_person(text, {"om", "balance", "danmark"}) == named


@pytest.mark.parametrize(("question", "asks"), [
    ("Hvem grundlagde jer – hvilken person?", True),
    ("Which person wrote the report?", True),
    ("Which people can become members?", False),     # who may: "enhver person" answers it
    ("Hvem grundlagde jer?", False),
    ("Hvad hedder den person, der skrev rapporten?", True),
    ("Hvem er personen bag jeres analyser?", True),
    ("What is the name of the person who leads you?", True),
    ("Hvad hedder den forening, der stod bag?", False),   # a body, not a person
])
def test_only_the_singular_asks_for_one_person(question, asks):
    assert asks_person(question) == asks


def test_the_name_of_the_person_who_led_the_survey_is_declined_where_the_publication_names_none(association):
    # "Analysen er udarbejdet af foreningens sekretariat": a body; the statutes' "Foreningens navn er …"
    # names the association, not the person asked for.
    answer = ask("Hvad hedder den person, der ledede undersøgelsen?", association)
    assert not answer.answered, answer.answer
