"""A visitor takes up the last answer: "Okay tak.", "Nå, men …", "og hvad … så …?", "in your view".

Chat messages open with a discourse marker before thanks ("okay thanks. and what …?", "Okay, and
…?") and put the adverb "så" ("then") into the question ("Og hvad skal en forening så betale?").
Neither names what is asked: read as the question's words, they reach passages that happen to use
them (the material's conjunction "så") and count against the one that answers. "in your view" asks
for the organisation's view, as "in your opinion" does.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.then_adverb import without_then
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


@pytest.mark.parametrize("text, expected", [
    ("Og hvad skal en forening så betale?", "Og hvad skal en forening   betale?"),
    ("hvem bestemmer saa?", "hvem bestemmer  ?"),
    ("Jeg så jeres rapport.", "Jeg så jeres rapport."),         # the verb after its subject
    ("Hvornår skal man huske at så frø?", "Hvornår skal man huske at så frø?"),
    ("Hvad er det såkaldte byregnskab?", "Hvad er det såkaldte byregnskab?"),
    # After a condition it opens the consequence and stays: the decision reads it there.
    ("Hvis jeg mister kortet, hvad gør jeg så?", "Hvis jeg mister kortet, hvad gør jeg så?"),
])
def test_the_adverb_then_is_left_out_and_the_verb_kept(text, expected):
    assert without_then(text) == expected


def test_a_follow_up_with_then_is_answered_from_the_fee_not_the_schoolyards(association):
    answer = ask("Tak! Og hvad skal en forening så betale om året?", association)
    assert answer.answered and "1.000 kr" in answer.answer, answer.answer
    assert "skolegårde" not in answer.answer


def test_a_lost_card_is_still_declined(association):
    # The material never says what to do about a lost membership card; "mister" must not reach the
    # trees the towns have "mistet".
    assert not ask("hvis jeg mister mit medlemskort hvad goer jeg saa", association).answered


def test_okay_thanks_before_an_english_question_is_not_searched(om):
    answer = ask("okay thanks. and what do you actually produce?", om)
    assert answer.answered and "analyser" in answer.answer, answer.answer


def test_in_your_view_asks_for_the_organisations_view(om):
    answer = ask("Where do most of Denmark's exports come from, in your view? I work at a factory in Herning.", om)
    assert answer.answered and "mellemstore byer" in answer.answer, answer.answer
