"""A visitor asks when something ended; the material tells only when it began.

"Hvornår stoppede fonden med at støtte jer?" – a history that says who backed the start, beside the
year of the start, does not say when the backing stopped. Written against a fictional association's
history page and the fictional statutes of Foreningen Grønne Byer.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.fact_kinds import asked_types
from assistant.answer.gate_clock import ENDING, tells_time_kind
from assistant.answer.gate_ending import asks_ending, english_ending, tells_ending
from assistant.documents import Document, Section
from tests.support.statutes import STATUTES_HTML, build_index, html_document

HISTORY_URL = "https://byhaver.example/om/"
STATUTES_URL = "https://groenne-byer.example/vedtaegter/"

# Fiction written for this test: a start, its backers and a later change, but no end of the backing.
HISTORY = ("Byhavernes Netværk startede i 2016 som et forsøg i tre kvarterer i Odense. Bag forsøget stod "
           "Kvartersfonden Fyn og to boligselskaber. Målet var at få byhaver ind i alle nye lokalplaner.")
ENDED = "Samarbejdet med Kvartersfonden Fyn ophørte i 2021, da fonden lukkede sin pulje til byhaver."


def _history(tmp_path_factory, *texts: str):
    page = Document(url=HISTORY_URL, title="Om Byhavernes Netværk", sections=tuple(
        Section(heading=f"Historie {i}", anchor=f"historie-{i}", text=text) for i, text in enumerate(texts)))
    return build_index(tmp_path_factory.mktemp("historie"), [page])


@pytest.fixture(scope="module")
def started_only(tmp_path_factory):
    return _history(tmp_path_factory, HISTORY)


@pytest.fixture(scope="module")
def with_ending(tmp_path_factory):
    return _history(tmp_path_factory, HISTORY, ENDED)


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"), [html_document(STATUTES_HTML, STATUTES_URL)])


@pytest.mark.parametrize("question", [
    "Hvornår stoppede Kvartersfonden Fyn med at støtte netværket?",
    "When did Kvartersfonden Fyn stop backing the network?",
])
def test_the_year_of_the_start_does_not_say_when_the_backing_stopped(started_only, question):
    assert not ask(question, started_only).answered


@pytest.mark.parametrize("question", [
    "Hvornår stoppede Kvartersfonden Fyn med at støtte netværket?",
    "When did Kvartersfonden Fyn stop backing the network?",
])
def test_a_page_that_tells_the_end_answers_when_the_backing_stopped(with_ending, question):
    answer = ask(question, with_ending)
    assert answer.answered and "2021" in answer.answer


def test_the_start_is_still_answered_by_its_year(started_only):
    answer = ask("Hvornår startede Byhavernes Netværk?", started_only)
    assert answer.answered and "2016" in answer.answer


def test_a_membership_ends_at_the_end_of_a_quarter_by_the_statutes(statutes):
    answer = ask("Hvornår ophører mit medlemskab, når jeg har meldt mig ud?", statutes)
    assert answer.answered and "udgangen af et kvartal" in answer.answer


@pytest.mark.parametrize("question, ending", [
    ("Hvornår stoppede banken med at støtte jer?", True),
    ("hvornår holdt foreningen op med at udgive blade?", True),   # the particle after the subject
    ("Hvornår gik den gamle kasserer af?", True),                 # leaving a post (mythes-da: fratræde)
    ("hvornår hørte det op", True),
    ("When did the association stop charging students?", True),
    ("When can I quit?", True),                                  # WordNet: quit ~ stop
    ("Hvornår sluttede Staten i hele Danmark sig til jer?", False),  # reflexive: joined, not ended
    ("Hvornår ender man op med at blive slettet?", False),        # a particle verb: a result, no end
    ("Hvornår startede Byhavernes Netværk?", False),
    ("Hvornår koster det mere end 250 kr.?", False),             # Danish "end" is "than"
])
def test_a_question_asks_for_an_end_by_its_verb(question, ending):
    assert asks_ending(question) is ending
    assert (asked_types(question).time_kind == ENDING) is ending


def test_english_verbs_of_ending_come_from_the_dictionary_and_wordnet():
    assert english_ending("stopped") and english_ending("cease") and not english_ending("start")


@pytest.mark.parametrize("text, told", [
    ("Samarbejdet ophørte i 2021.", True),
    ("… som i slutningen af 2018 ændrede navn til Balance Danmark.", True),     # a change ends what was
    ("Et medlem kan melde sig ud med en måneds varsel til udgangen af et kvartal.", True),
    ("Kilderne er indsamlet mellem september 2024 og januar 2025.", True),
    ("Foreningens regnskabsår følger kalenderåret.", True),
    ("Bag forsøget stod Kvartersfonden Fyn. Netværket startede i 2016.", False),
])
def test_an_answer_tells_an_end_by_a_word_of_ending_a_bound_or_the_calendar(text, told):
    assert tells_ending(text) is told
    assert tells_time_kind(text, ENDING) is told
