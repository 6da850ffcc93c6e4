"""A member who names a § by its title's words gets that §, not the one whose title narrows it.

"Hvornår afholdes generalforsamlingen?" is about § 7 Generalforsamling, though § 8 Ekstraordinær
generalforsamling holds the same words (and holds "afholdes" twice): its title adds a word the
question does not use.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("titles"), [html_document(STATUTES_HTML, STATUTES_URL)])


@pytest.mark.parametrize("question", [
    "Hvornår afholdes generalforsamlingen?",
    "Hvornår skal generalforsamlingen afholdes?",
])
def test_the_general_meeting_is_the_paragraph_titled_so_not_the_extraordinary_one(statutes, question):
    answer = ask(question, statutes)
    assert answer.answered, answer.answer
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("7", "2"), answer.answer
    assert "hvert år inden udgangen af april" in answer.answer


def test_a_question_that_names_the_narrower_title_still_gets_it(statutes):
    answer = ask("Hvornår afholdes en ekstraordinær generalforsamling?", statutes)
    assert answer.answered, answer.answer
    assert answer.citations[0].paragraph == "8", answer.answer
