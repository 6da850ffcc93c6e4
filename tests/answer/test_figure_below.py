"""A reader asks for a figure, and the passage ranked first is about the thing but the figure stands below.

"What does the national tree plan cost?" was declined: page 4 ("Anbefaling 2. En national træplan …") is
ranked first and holds no sum, and the fallback took the question to be about what page 4 lacks, so page
6's "den nationale træplan med 450 millioner kroner" never answered. Where only the figure gates declined
the best passage, a passage below that clears the threshold and holds the figure of the same thing
answers: for a price one holding every word the best one holds, for "hvor mange X?" one that counts X.
Written against the fictional association's statutes and publication.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.fallback import lacks_only_the_figure, leading
from assistant.answer.figures import counted_head
from assistant.config import REPO_ROOT
from assistant.documents import read_corpus
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("forening"), [
        html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/"), publication_document()])


@pytest.mark.parametrize(("question", "fact"), [
    ("What does the national tree plan cost?", "450 millioner"),
    ("Hvor mange træer har foreningens folk sat i jorden?", "14.300"),
    # The summary's "8 ud af 10 medlemmer" is ranked first; page 2 counts them: "blandt 1.412 medlemmer".
    ("How many members answered the survey?", "1.412"),
])
def test_the_figure_below_the_best_passage_answers(association, question, fact):
    answer = ask(question, association)
    assert answer.answered and fact in answer.answer


def test_the_year_of_the_new_name_in_the_historys_second_part_answers(tmp_path_factory):
    om = build_index(tmp_path_factory.mktemp("om"), list(read_corpus(REPO_ROOT / "corpus")))
    answer = ask("Hvornår holdt Danmark på Vippen op med at hedde det?", om)
    assert answer.answered and "2018" in answer.answer


@pytest.mark.parametrize("question", [
    "Hvad koster anbefalingen om grønne tage?",   # page 6's sum is for all eight, and names no roofs
    "Hvor stor er foreningens formue?",           # § 13's "to tredjedele" is no size of the funds
])
def test_a_figure_of_something_else_below_is_no_answer(association, question):
    answer = ask(question, association)
    assert not answer.answered, answer.answer


def test_only_the_figure_gates_let_a_passage_below_answer():
    assert lacks_only_the_figure(("money_found",)) and lacks_only_the_figure(("quantity_found", "counted_named"))
    assert lacks_only_the_figure(("time_found",))
    # The auditor's section names no one: a name below answers something else.
    assert not lacks_only_the_figure(("role_named",)) and not lacks_only_the_figure(("money_found", "absent_rare"))
    assert not lacks_only_the_figure(())


def test_a_passage_below_answers_only_when_it_holds_the_figure_and_clears_the_threshold():
    judged = [(0.7, True), (0.45, False), (0.2, False)]
    assert leading(judged, 0.3) is None
    assert leading(judged, 0.3, figure_below=lambda rank: True) == 1
    assert leading(judged, 0.3, figure_below=lambda rank: rank == 2) is None     # 0.2 is below the threshold
    assert leading(judged, 0.3, figure_below=lambda rank: False) is None


@pytest.mark.parametrize(("question", "gates", "below"), [
    ("How many members answered the survey?", "answered", "members"),
    ("How many board members are there?", "members", "members"),
    ("Hvor mange medlemmer svarede?", "medlemmer", "medlemmer"),
])
def test_the_noun_a_passage_below_must_count_ends_before_the_verb(question, gates, below):
    assert counted_head(question) == gates
    assert counted_head(question, before_past=True) == below
