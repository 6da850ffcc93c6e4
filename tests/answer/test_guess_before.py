"""A visitor tells what someone else takes the answer to be, then asks for it: the assistant answers
the question, not the guess, and keeps a report that tells what the question is about."""
from __future__ import annotations

import pytest

from assistant.answer.conversation import ask as ask_in_conversation
from assistant.answer.guess_before import without_guess_before


@pytest.mark.parametrize("message, question", [
    ("min far siger at det var Nordea. hvem var det så?", "hvem var det så?"),
    ("My friend reckons it's 200. How much is it?", "How much is it?"),
    ("my wife thinks it was 2016. when did you start?", "when did you start?"),
    # A report of anything but the answer, a cleft naming the topic, the visitor's own thought and a
    # claim put to check stay.
    ("min nabo siger at de fleste ligger i Vejle. hvor mange ligger der?", None),
    ("Min far siger, at det var Nordea, der startede jer. Hvem var det?", None),
    ("Jeg tror, det var i 2016. Hvornår startede I?", None),
    ("Min far siger, at det var Nordea. Passer det?", None),
])
def test_someones_guess_before_the_question_is_not_read_with_it(message, question):
    assert without_guess_before(message) == (question or message)


def test_a_fathers_wrong_founder_before_asking_who_is_answered_in_the_conversation(bundled_index):
    answer = ask_in_conversation("min far siger at det var Nordea. hvem var det så?", bundled_index,
                                 ["Hvem stod bag, da I startede?"])
    assert answer.answered and "Danske Andelskassers Bank" in answer.answer, answer.answer
    assert any(c.url.endswith("#vores-historie") for c in answer.citations)
