"""A visitor asks what a role's holder is called, or who leads something; the material names no one.

"Hvad hedder lederen af Balance Danmark?" was answered with the vision, whose "publikationen Balancemål"
and the question's own "Danmark" passed for a name; "Who heads the national council that adopted the
recommendations?" with "Anbefalingerne blev vedtaget af foreningens landsråd …", which says who adopted,
not who leads. A question for the holder's name is answered only where a sentence saying the role holds
a name the question does not; one for who leads only where a sentence says who leads. Written against the
bundled Om page, the fictional association's statutes and publication, and a fictional page of our own.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_holder import HOLDER_GATE, LEADER_GATE, asked_holder, asks_leader
from assistant.documents import Document, Section
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

URL = "https://groenne-byer.example/vedtaegter/"


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("forening"), [html_document(STATUTES_HTML, URL), publication_document()])


@pytest.fixture(scope="module")
def with_chair(tmp_path_factory):
    """A page that names its chair (fiction)."""
    page = Document(url="https://kolonihaver.example/om/", title="Om Kolonihaveforbundet Nord",
                    sections=(Section(heading="Bestyrelsen", anchor="bestyrelsen",
                                      text="Forbundet ledes af en bestyrelse på fem medlemmer. Formanden er "
                                           "Karen Holm, og kassereren er Per Lund."),))
    return build_index(tmp_path_factory.mktemp("nord"), [page])


def test_the_name_of_a_leader_the_om_page_never_names_is_declined(bundled_index):
    trace = DecisionTrace()
    answer = ask("Hvad hedder lederen af Balance Danmark?", bundled_index, trace=trace)
    assert not answer.answered, answer.answer
    assert any(HOLDER_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize("question", [
    "Who chairs the national council that adopted the recommendations?",
    "Hvem leder landsrådet, der vedtog anbefalingerne?",
])
def test_who_leads_a_body_the_material_only_names_is_declined(association, question):
    trace = DecisionTrace()
    answer = ask(question, association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(LEADER_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvad hedder formanden for forbundet?", "Karen Holm"),
    ("Hvem leder forbundet?", "bestyrelse"),
])
def test_a_named_holder_and_a_body_that_leads_are_still_answered(with_chair, question, fact):
    answer = ask(question, with_chair)
    assert answer.answered, question
    assert fact in answer.answer


def test_a_publication_and_an_association_named_by_the_page_are_still_answered(bundled_index, association):
    assert "Balancemål" in ask("Hvad hedder den publikation, hvor I har samlet jeres anbefalinger?", bundled_index).answer
    assert "Grønne Byer" in ask("Hvad hedder foreningen?", association).answer
    # The passage beside the one that names it still adds the old name's own sentence.
    assert "startede i 2014 under navnet Danmark på Vippen" in ask("Hvad hed organisationen oprindeligt?",
                                                                    bundled_index).answer
    # What a body is called may be a term: the sentence says what the role is.
    assert "Generalforsamlingen" in ask("Hvad hedder foreningens øverste myndighed?", association).answer


@pytest.mark.parametrize(("question", "role", "leads"), [
    ("Hvad hedder lederen af Balance Danmark?", "lederen af balance danmark", False),
    ("Hvem er formand?", "", False),                       # who, not what called: "X er formand" answers
    ("hvad hed den dengang?", "", False),                  # a pronoun: a follow-up's thing, named before
    ("Who heads the board right now?", "", True),
    ("Hvem står i spidsen for foreningen?", "", True),
    ("Hvem leder man efter?", "", False),                  # "lede efter": looking for, not leading
    ("Hvem styrer mødet?", "", False),                     # a meeting's chair: the statutes' "dirigent"
    ("Who ran the analysis behind the report?", "", False),  # "run": carried out
    ("Who led the initiative in 2014?", "", False),        # a past undertaking: who was behind it
])
def test_the_name_and_the_leader_are_read_from_the_question(question, role, leads):
    assert asked_holder(question) == role
    assert asks_leader(question) == leads
