"""A visitor asks how old one must be; the material states no age.

"Min datter på 14 vil gerne være med til at plante træer. Hvor gammel skal man være for at blive medlem?"
was answered with the trees the members have planted: the story's words match a passage that says nothing
of an age. A question for the age one must have is answered only by a passage that states an age. Written
against the fictional association's statutes and publication and a fictional page that states one.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_age import AGE_GATE, age_told, asks_required_age
from assistant.answer.retrieve import analyse_query, search
from assistant.documents import Document, Section
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def youth(tmp_path_factory):
    """A page that states an age limit (fiction)."""
    page = Document(url="https://groenne-byer.example/unge/", title="Unge i Grønne Byer",
                    sections=(Section(heading="Ungdomsmedlemskab", anchor="unge",
                                      text="Man kan blive ungdomsmedlem af foreningen, når man er fyldt 13 år. "
                                           "Under 18 år kræves forældrenes samtykke."),))
    return build_index(tmp_path_factory.mktemp("unge"), [page])


@pytest.mark.parametrize("question", [
    "Mit barnebarn vil gerne hjælpe med at plante træer. Hvor gammel skal man være for at blive medlem?",
    "min soen vil stille op til bestyrelsen. hvor gammel skal man vaere for at blive valgt?",
    "Is there a minimum age for joining the association?",
])
def test_an_age_asked_of_material_without_one_is_declined(association, question):
    trace = DecisionTrace()
    answer = ask(question, association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(AGE_GATE in failed for failed in trace.gates_failed)


def test_a_passage_that_states_an_age_passes(youth, association):
    # The whole answer also passes the place gate, which reads "hvor gammel" as "hvor" (a place): the
    # age gate is asked of the passage itself.
    question = "Hvor gammel skal man være for at blive ungdomsmedlem?"
    assert age_told(youth, 0, analyse_query(youth, question), question)
    hit = search(association, question)[0]
    assert not age_told(association, hit.chunk_id, analyse_query(association, question), question)


@pytest.mark.parametrize(("question", "asks"), [
    ("Hvor gammel skal man være for at sidde i bestyrelsen?", True),
    ("Er der en aldersgrænse for medlemskab?", True),
    ("How old do you have to be to vote?", True),
    ("Hvor gammel er foreningen?", False),        # a thing's age: told by a year
    ("How old is the association?", False),
])
def test_only_an_age_one_must_have_is_checked(question, asks):
    assert asks_required_age(question) == asks
