"""A reader asks about the second or the ninth of something the material has one or eight of.

"Hvornår udkommer det andet byregnskab?" was answered with "Det første byregnskab udkommer i 2026", "Hvad
går jeres niende anbefaling ud på?" with the summary of eight recommendations. A question that counts to
the second or later of something is answered only where the passage says that one, by its ordinal or its
figure ("Anbefaling 2."). "Anden" that means "other" counts nothing. Written against the fictional
association's statutes and publication.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_ordinal import ORDINAL_GATE, asked_ordinal, ordinal_told
from assistant.answer.retrieve import analyse_query
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("forening"), [
        html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/"), publication_document()])


@pytest.mark.parametrize("question", [
    "Hvornår udkommer det andet byregnskab?",
    "Hvad går jeres niende anbefaling ud på?",
    "hvornaar holdes aarets anden ordinaere generalforsamling",
    "When will the second green city account be published?",
])
def test_the_nth_of_something_the_material_has_fewer_of_is_declined(association, question):
    trace = DecisionTrace()
    answer = ask(question, association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(ORDINAL_GATE in failed for failed in trace.gates_failed)


def _chunk_with(index, text: str) -> int:
    return next(c for c in range(index.n_chunks) if text in index.chunk(c).text)


@pytest.mark.parametrize(("question", "told"), [
    ("Hvad går jeres anden anbefaling ud på?", True),     # "Anbefaling 2. En national træplan."
    ("Hvad handler den tredje anbefaling om?", True),     # "Anbefaling 3. Lommeparker i alle bydele."
    ("Hvad går jeres niende anbefaling ud på?", False),   # there are eight
])
def test_the_nth_the_material_numbers_is_told_by_its_label(association, question, told):
    page = _chunk_with(association, "Anbefaling 2. En national træplan")
    assert ordinal_told(association, page, analyse_query(association, "anbefaling"), question) is told


@pytest.mark.parametrize(("question", "n"), [
    ("Hvornår udkommer det andet byregnskab?", 2), ("hvornaar holdes aarets anden generalforsamling", 2),
    ("When did you change your name for the second time?", 2), ("Hvad går jeres niende anbefaling ud på?", 9),
    ("Hvem var formand for anden gang?", 2),
    # "Anden" and "andet" that mean "other", and the first, count nothing.
    ("Kan en anden forening blive medlem?", 0), ("Er der noget andet, jeg skal vide?", 0),
    ("Hvornår udkommer det første byregnskab?", 0),
])
def test_the_ordinal_asked_is_read_from_the_grammar(question, n):
    assert asked_ordinal(question) == n


def test_a_stk_of_the_same_number_is_not_the_nth_thing(association):
    # § 7, stk. 2 sets when the ordinary general meeting is held; its "Stk. 2." counts no meeting.
    stk = _chunk_with(association, "Ordinær generalforsamling afholdes")
    query = analyse_query(association, "anden ordinær generalforsamling")
    assert not ordinal_told(association, stk, query, "Hvornår er den anden ordinære generalforsamling?")
