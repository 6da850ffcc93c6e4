"""Chatty follow-ups in a conversation: a phrase that only says when ("i starten", "fra begyndelsen")
is no thing the answer must quote."""
from __future__ import annotations

import pytest

from assistant.answer.asked_adverbials import start_frames
from assistant.answer.conversation import ask


@pytest.mark.parametrize("question, frames", [
    ("hvem stod bag det hele i starten?", ["starten"]),
    ("Hvem var med fra begyndelsen?", ["begyndelsen"]),
    ("hvem var med i begyndelse af 2017?", ["begyndelse"]),
    # The verb, and the noun without "i"/"fra", say what is asked.
    ("Hvornår startede I?", []),
    ("Hvem stod bag starten af bevægelsen?", []),
])
def test_a_noun_of_beginning_after_i_or_fra_places_the_question_in_time(question, frames):
    assert start_frames(question) == frames


def test_a_visitor_who_asks_who_was_behind_it_all_at_the_start_after_the_vision_is_told(bundled_index):
    # "det hele" leans on the turn before, yet the vision names no one; alone the question finds
    # the history, whose sentence names who stood behind it without the word "start".
    earlier = ("Hvad er Balance Danmarks vision?",)
    answer = ask("fedt. jeg vil også gerne vide, hvem der stod bag det hele i starten?", bundled_index, earlier)
    assert answer.answered and "Danske Andelskassers Bank" in answer.answer


def test_a_follow_up_about_a_thing_the_material_never_names_is_still_declined(bundled_index):
    earlier = ("Hvem stod bag Danmark på Vippen?",)
    answer = ask("tak, og hvem var deres direktør i starten?", bundled_index, earlier)
    assert not answer.answered
