"""A visitor takes up the last answer: "Okay tak.", "Nå, men …", "okay thanks.", "in your view".

Chat messages open with a discourse marker before thanks ("okay thanks. and what …?", "Okay, and
…?", "Nå, men hvem …?"). It names nothing asked: left on, the thanks after it stay too, and the
English reading searches "okay" as the dictionaries' "gode". "in your view" asks for the
organisation's view, as "in your opinion" does; read word by word, "view" is searched as "udsigt".
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.wrappers import unwrap
from assistant.config import REPO_ROOT
from assistant.documents import read_corpus
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def om(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("om"), list(read_corpus(REPO_ROOT / "corpus")))


@pytest.mark.parametrize("message, question", [
    ("okay thanks. and what do you actually produce?", "what do you actually produce?"),
    ("Okay, and what do you produce?", "what do you produce?"),
    ("Okay tak. Hvem tegner foreningen?", "Hvem tegner foreningen?"),
    ("Nå, men hvem tegner foreningen?", "hvem tegner foreningen?"),
    ("Super, tak! Hvornår er generalforsamlingen?", "Hvornår er generalforsamlingen?"),
    ("Where is most of the export made, in your view?", "Where is most of the export made?"),
    ("What matters most, as you see it?", "What matters most?"),
])
def test_a_marker_that_takes_up_the_last_answer_is_taken_off(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message", [
    "Super kort: hvem tegner foreningen?",      # a marker only before a comma, a stop, thanks or "og"
    "Er det fint at betale sent?",             # inside the question it is what is asked
])
def test_the_same_words_inside_a_question_stay(message):
    assert unwrap(message) == message


def test_okay_thanks_before_an_english_question_is_not_searched(om):
    answer = ask("okay thanks. and what do you actually produce?", om)
    assert answer.answered and "analyser" in answer.answer, answer.answer


def test_in_your_view_asks_for_the_organisations_view(om):
    answer = ask("Where do most of Denmark's exports come from, in your view? I work at a factory in Herning.", om)
    assert answer.answered and "mellemstore byer" in answer.answer, answer.answer
