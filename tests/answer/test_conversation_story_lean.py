"""A visitor tells a story before a new question in a conversation: a "det" in the story points at
the story, so the question is answered as if asked alone, not read in the old topic and declined."""
from __future__ import annotations

import pytest

from assistant.answer.conversation import ask
from assistant.answer.leaning import leans_by_words


@pytest.mark.parametrize("message, leans", [
    ("Jeg er vokset op på Lolland, hvor brugsen lukkede. Det gør mig trist. Hvilke slags medlemmer har I?",
     False),
    ("Det lyder godt. Og hvad koster det?", True),
    ("Jeg ved, at den vælges af generalforsamlingen. Og suppleanterne, hvor længe sidder de?", True),
    ("og hvornår skete det?", True),
    ("Hvem kan blive medlem?", False),
])
def test_whether_a_message_leans_back_is_read_from_the_question_it_asks(message, leans):
    assert leans_by_words(message) is leans


def test_a_new_question_after_a_sad_story_is_answered_as_if_asked_alone(bundled_index):
    answer = ask("Jeg er opvokset på Lolland og har set, hvordan skolen, posthuset og til sidst brugsen "
                 "lukkede, og nu er der næsten kun sommerhuse tilbage. Det gør mig trist. Hvilke slags "
                 "medlemmer har I?", bundled_index, ["Er I et parti?"])
    assert answer.answered and "privatpersoner" in answer.answer, answer.answer
    assert not answer.context_used
