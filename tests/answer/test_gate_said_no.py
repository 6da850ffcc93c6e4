"""A visitor asks how many said no, and the material gives only the figure for those who said yes.

"Hvor mange procent svarede nej til en byhave?" was answered with "… og 64 procent, at de ville bruge en
byhave …": the figure for yes. What is left is not the share who said no (some may not have answered), so a
question that counts a refusal is answered only where a sentence holds a figure and a negation. Written
against the fictional association's publication, and a fictional survey page that counts the no.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_said_no import SAID_NO_GATE, asks_refusals, counts_refusals
from assistant.documents import Document, Section
from tests.support.statutes import build_index

SURVEY_URL = "https://groenne-byer.example/undersoegelse/"


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    """A page that counts the yes and the no (fiction written for this test)."""
    page = Document(url=SURVEY_URL, title="Undersøgelsen", sections=(Section(
        heading="Byhaver", anchor="byhaver",
        text="64 procent af medlemmerne ville bruge en byhave. 21 procent svarede nej til en byhave."),))
    return build_index(tmp_path_factory.mktemp("survey"), [page])


@pytest.mark.parametrize("question", [
    "Hvor mange procent svarede nej til en byhave?",
    "What percentage of respondents said no to using a city garden?",
    "Hej! Hvor mange af medlemmerne svarede nej til mere natur?",
])
def test_the_no_share_is_declined_where_the_publication_gives_the_yes_figure(association, question):
    trace = DecisionTrace()
    answer = ask(question, association, trace=trace)
    assert not answer.answered, answer.answer
    assert any(SAID_NO_GATE in failed for failed in trace.gates_failed)


def test_the_yes_figure_still_answers_the_yes_question(association):
    answer = ask("Hvor mange procent svarede ja til, at de ville bruge en byhave?", association)
    assert answer.answered and "64 procent" in answer.answer, answer.answer


def test_a_page_that_counts_the_no_answers(survey):
    answer = ask("Hvor mange procent svarede nej til en byhave?", survey)
    assert answer.answered and "21 procent" in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "asks"), [
    ("Hvor mange procent stemte imod forslaget?", True),
    ("How many members would not use a community garden?", True),
    ("Hvor mange procent ville bruge en byhave?", False),
    ("Hvem svarede nej?", False),
])
def test_a_refusal_is_counted_by_a_verb_of_answering_with_no_or_a_denied_wish(question, asks):
    assert asks_refusals(question) is asks


@pytest.mark.parametrize(("text", "counts"), [
    ("19 procent svarede nej.", True),
    ("I spørgeskemaundersøgelsen svarer 81 procent, at de ønsker mere natur.", False),
    ("Asfalt tæller ikke med.", False),
])
def test_a_refusal_is_counted_by_a_figure_beside_a_negation(text, counts):
    assert counts_refusals(text) is counts
