"""A follow-up that opens with "og"/"and" and asks where ("og hvor blev den holdt?", "and where is it
based?") asks for a place as the question alone does: the topic's passage that tells no place does not
answer it."""
from __future__ import annotations

import pytest

from assistant.answer.conversation import ask
from assistant.answer.fact_kinds import asked_types


@pytest.mark.parametrize("question", ["og hvor blev den holdt sidste år?", "and where is it based?",
                                      "men hvor ligger den?"])
def test_a_place_asked_after_a_conjunction_is_a_place(question):
    assert asked_types(question).place


def test_og_hvor_mange_is_still_a_count_not_a_place():
    assert not asked_types("og hvor mange stemmer skal der til?").place


def test_where_last_years_meeting_was_held_is_declined_after_when_it_must_be_held(association):
    answer = ask("og hvor blev den holdt sidste år?", association, ["Hvornår skal generalforsamlingen holdes?"])
    assert not answer.answered, answer.answer


def test_where_the_association_is_based_is_answered_after_who_can_join(association):
    answer = ask("and where is it based?", association, ["Who can become a member of the association?"])
    assert answer.answered and "Vejle" in answer.answer, answer.answer
