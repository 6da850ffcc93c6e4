"""A visitor asks which ones, concretely; the material names only the kind.

"Hvilke lokalforeninger er helt konkret med i foreningen?" was answered with § 3a's "Lokalforeninger med
eget formål og egne vedtægter kan optages …": the passage speaks of the kind and names none of its members.
A which-question that asks for them concretely, specifically or by name, or which of them take part, is
answered only where a sentence mentioning them names one or a list follows it. Written against the fictional association's statutes
and publication (Foreningen Grønne Byer) and a fictional page that names its local associations.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_concrete import CONCRETE_GATE, asked_members
from assistant.documents import Document, Section
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

URL = "https://groenne-byer.example/vedtaegter/"


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("forening"), [html_document(STATUTES_HTML, URL), publication_document()])


@pytest.fixture(scope="module")
def with_local_list(tmp_path_factory):
    """A page that names the local associations (fiction)."""
    page = Document(url="https://groenne-byer.example/lokalforeninger/", title="Vores lokalforeninger",
                    sections=(Section(heading="Lokalforeninger", anchor="lokalforeninger",
                                      text="Lige nu er lokalforeningerne Grønt Horsens og Byhaverne i Kolding "
                                           "med som kollektive medlemmer."),))
    return build_index(tmp_path_factory.mktemp("lokal"), [page])


@pytest.mark.parametrize("question", [
    "Hvilke lokalforeninger er helt konkret medlem hos jer?",
    "Which municipalities do you plant trees with, specifically?",
    "Hvilke kommuner samarbejder I med om lommeparkerne?",      # which ones take part
    "Kan du nævne de 24 byer fra undersøgelsen?",               # a request to name them
    "Can you name the towns you mapped?",
])
def test_which_ones_concretely_is_declined_where_only_the_kind_is_named(association, question):
    trace = DecisionTrace()
    answer = ask(question, association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(CONCRETE_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize("question", ["Hvilke lokalforeninger er helt konkret medlem hos jer?",
                                      "Kan I nævne de lokalforeninger, der er med?"])
def test_the_same_question_is_answered_where_the_material_names_them(with_local_list, question):
    answer = ask(question, with_local_list)
    assert answer.answered
    assert "Grønt Horsens" in answer.answer


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvilke kilder bygger publikationen helt konkret på?", "tre kilder"),   # a list follows
    ("Hvilke poster fordeler bestyrelsen helt konkret?", "næstformand"),   # named without the asked word
    ("Hvilke lokalforeninger kan blive medlem?", "eget formål"),           # which may: a description answers
])
def test_members_a_list_or_another_word_names_are_still_answered(association, question, fact):
    answer = ask(question, association)
    assert answer.answered, question
    assert fact in answer.answer


@pytest.mark.parametrize(("question", "noun"), [
    ("Hvilke byer er helt konkret med?", "byer"),
    ("Which towns took part, specifically?", "towns"),
    ("Hvilke kommuner er med i foreningen?", "kommuner"),   # which ones take part
    ("Which universities do you work with?", "universities"),
    ("Hvilke byer har mistet mest grønt?", ""),      # neither concretely nor taking part
    ("Hvilke kommuner kan blive medlem?", ""),       # which may: a condition
    ("Hvor mange byer er helt konkret med?", ""),     # no which-question
])
def test_the_concretely_asked_noun_is_read_from_the_question(question, noun):
    assert asked_members(question) == noun
