"""A reader asks how many of something there are, and the material gives a date, not a count.

"How many members voted at the founding general assembly in 2019?" was answered with "Vedtaget på den
stiftende generalforsamling 12. marts 2019 …", "Hvor mange kommuner var med til at starte det hele?" with
"Balance Danmark startede i 2014 … og en række kommuner": the figures of a year and a date count nothing.
A question for how many is answered only where a figure that is not a year or a date stands in or beside
the sentences holding it. Written against the fictional association's statutes and publication and the
bundled Om page.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_count import (
    COUNT_GATE,
    asks_count,
    count_told,
    counts_actors,
    states_count,
    without_own_figures,
)
from assistant.answer.retrieve import analyse_query
from assistant.config import REPO_ROOT
from assistant.documents import read_corpus
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("forening"), [
        html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/"), publication_document()])


@pytest.fixture(scope="module")
def om(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("om"), list(read_corpus(REPO_ROOT / "corpus")))


def test_a_count_of_board_meetings_is_not_answered_by_a_rule_for_the_general_meeting(association):
    trace = DecisionTrace()
    answer = ask("Hvor mange bestyrelsesmøder holdes der om året?", association, trace=trace)
    assert not answer.answered, answer.answer
    assert COUNT_GATE in trace.gates_failed[0]


def test_a_count_asked_of_a_date_is_declined(association, om):
    for index, question in ((association, "How many members voted at the founding general assembly in 2019?"),
                            (om, "Hvor mange kommuner var med til at starte det hele?")):
        trace = DecisionTrace()
        answer = ask(question, index, trace=trace)
        assert not answer.answered, answer.answer
        assert any(COUNT_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvor mange medlemmer svarede på spørgeskemaet?", "1.412"),
    ("hvor mange lommeparker har medlemmerne lavet", "62"),
    ("Hvor mange suppleanter vælger generalforsamlingen?", "to suppleanter"),
])
def test_a_count_the_material_gives_is_still_answered(association, question, fact):
    answer = ask(question, association)
    assert answer.answered and fact in answer.answer


def _chunk_with(index, text: str) -> int:
    return next(c for c in range(index.n_chunks) if text in index.chunk(c).text)


def test_the_closing_date_of_the_statutes_counts_no_members(association):
    closing = _chunk_with(association, "stiftende generalforsamling 12. marts 2019")
    query = analyse_query(association, "medlem stemme stiftende generalforsamling 2019")
    assert not count_told(association, closing, query, "Hvor mange medlemmer stemte på den stiftende generalforsamling?")
    # The same passage may answer a question that counts nothing.
    assert count_told(association, closing, query, "Hvornår blev foreningen stiftet?")


@pytest.mark.parametrize(("text", "counts"), [
    ("Vedtaget 12. marts 2019, senest ændret 4. maj 2023.", False),
    ("Balance Danmark startede i 2014 under navnet Danmark på Vippen.", False),
    ("En spørgeskemaundersøgelse blandt 1.412 medlemmer af foreningen.", True),
    ("Bestyrelsen består af tre til fem medlemmer.", True),
    ("Det grønne areal er faldet fra 31 procent i 2014 til 27 procent i 2024.", True),
])
def test_a_year_or_a_date_is_no_count(text, counts):
    assert states_count(text) is counts


@pytest.mark.parametrize(("question", "asks"), [
    ("Hvor mange kommuner er medlem?", True), ("How many volunteers helped?", True),
    # A sum, a frequency and a span of time are other gates' questions.
    ("Hvor mange penge gav fonden?", False), ("Hvor mange gange om året mødes bestyrelsen?", False),
    ("Hvor mange år vælges bestyrelsen for?", False), ("How many years is the term?", False),
    ("Hvornår blev foreningen stiftet?", False),
])
def test_which_questions_ask_a_count(question, asks):
    assert asks_count(question) is asks


@pytest.mark.parametrize("question", [
    "Hvor mange stemte for anbefalingerne i landsrådet?",
    "min mor sidder i landsraadet. hvor mange sidder der i landsraadet?",
])
def test_those_who_acted_are_not_counted_by_the_sentence_beside(association, question):
    # "Anbefalingerne blev vedtaget af foreningens landsråd den 15. februar 2025" holds the question and
    # a date; the sentence before it counts recommendations ("otte anbefalinger"), not those who voted.
    trace = DecisionTrace()
    answer = ask(question, association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(COUNT_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvor mange sidder i bestyrelsen?", "fem til syv"),
    ("Hvor mange svarede på spørgeskemaet?", "procent"),
])
def test_those_who_act_are_counted_where_the_sentence_says_it(association, question, fact):
    answer = ask(question, association)
    assert answer.answered and fact in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "actors"), [
    ("Hvor mange stemte for forslaget?", True), ("hvor mange sidder der i bestyrelsen", True),
    ("Hvor mange medlemmer har foreningen?", False), ("How many voted?", False),
])
def test_a_count_of_those_who_act_names_a_verb_where_the_noun_would_stand(question, actors):
    assert counts_actors(question) is actors


def test_the_visitors_own_figure_is_not_the_count_asked(association):
    # A visitor who already knows the 1.412 answers asks for another count; page 2's "blandt 1.412
    # medlemmer" repeats the visitor's figure and tells nothing new, so the assistant declines.
    trace = DecisionTrace()
    answer = ask("Hvor mange fik tilbudt at svare, før de 1.412 svar kom ind?", association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(COUNT_GATE in failed for failed in trace.gates_failed)


def test_a_figure_is_not_the_visitors_own_when_only_its_digits_differ_in_separators():
    assert without_own_figures("blandt 1.412 medlemmer", "How many of the 1,412 were women?").split() == [
        "blandt", "medlemmer"]
    assert without_own_figures("fem til syv medlemmer og 14.300 træer", "Af de 62 parker?") == (
        "fem til syv medlemmer og 14.300 træer")


def test_a_figure_the_visitor_does_not_give_still_counts(association):
    # A guess that is not the material's figure takes nothing away: § 6's "fem til syv" still answers.
    answer = ask("how many people sit on the board? my wife thinks its like 12", association)
    assert answer.answered and "syv" in answer.answer
