"""A reader asks when a movement that joined Balance Danmark was founded; the page only says when it joined.

"hvornaar blev oproer fra udkanten stiftet" was answered with "Balance Danmark startede i 2014 …", and
"hvornaar blev foreningen staten i hele danmark stiftet" with the history beside "Samtidig tilsluttede
foreningen Staten i hele Danmark sig …": a date of another's founding, or of another event naming it,
does not say when it was founded. Where the question names one of the document's names that is not its
own (its title's), a dated sentence must name it and say it began. Written against the bundled Om page.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.gate_past_event import founding_named
from assistant.config import REPO_ROOT
from assistant.documents import read_corpus
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def om(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("om"), list(read_corpus(REPO_ROOT / "corpus")))


@pytest.mark.parametrize("question", [
    "hvornaar blev oproer fra udkanten stiftet",
    "When was the Oprør fra Udkanten movement founded?",
    "hvornaar blev foreningen staten i hele danmark stiftet",
])
def test_the_founding_of_a_movement_the_page_does_not_date_is_declined(om, question):
    answer = ask(question, om)
    assert not answer.answered, answer.answer


@pytest.mark.parametrize("question", [
    "Hvornår blev Balance Danmark stiftet?",        # the page's own name: "startede i 2014"
    "Hvornår blev organisationen grundlagt?",
    "Hvornår blev Oprør fra Udkanten en del af jer?",  # no founding asked: the year it joined
])
def test_the_organisations_own_start_and_other_events_are_still_answered(om, question):
    answer = ask(question, om)
    assert answer.answered and ("2014" in answer.answer or "2017" in answer.answer)


def test_the_name_asked_is_one_of_the_documents_names_but_not_its_own(om):
    history = next(c for c in range(om.n_chunks) if "startede i 2014" in om.chunk(c).text)
    assert founding_named(om, history, "hvornaar blev oproer fra udkanten stiftet") == "oproer fra udkanten"
    assert founding_named(om, history, "When was Staten i hele Danmark founded?") == "staten i hele danmark"
    assert founding_named(om, history, "Hvornår blev Balance Danmark stiftet?") == ""     # the title's
    assert founding_named(om, history, "Hvornår blev Oprør fra Udkanten en del af jer?") == ""  # no founding
