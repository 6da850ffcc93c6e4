"""A follow-up that only moves the question before it in time: "tak! og ti år før?"."""
from __future__ import annotations

import pytest

from assistant.answer.conversation import ask
from assistant.answer.time_shift import shifted_question

SMALL_TOWNS_2024 = "Hvor stor en del af arealet var grønt i de mindre byer i 2024?"


@pytest.mark.parametrize("follow_up, asked", [
    ("tak! og ti år før?", SMALL_TOWNS_2024.replace("2024", "2014")),
    ("og 10 år tidligere?", SMALL_TOWNS_2024.replace("2024", "2014")),
    ("og året efter?", SMALL_TOWNS_2024.replace("2024", "2025")),
    ("thanks, and ten years earlier?", SMALL_TOWNS_2024.replace("2024", "2014")),
])
def test_a_span_and_its_direction_move_the_earlier_questions_year(follow_up, asked):
    assert shifted_question(follow_up, (SMALL_TOWNS_2024,)) == asked


@pytest.mark.parametrize("follow_up, earlier", [
    ("og hvad med i 2014?", (SMALL_TOWNS_2024,)),       # a year of its own: read as any follow-up
    ("hvor mange år før?", (SMALL_TOWNS_2024,)),        # asks a span, moves nothing
    ("og ti år før?", ("Hvem stod bag initiativet?",)),  # no year to move
    ("og ti år før?", ()),
])
def test_other_follow_ups_are_no_shift(follow_up, earlier):
    assert shifted_question(follow_up, earlier) is None


def test_a_visitor_who_asks_ten_years_before_is_told_the_older_figure(publication_index):
    # The table holds both years; the words "ti år" alone find the page on the plan's cost "over ti år".
    answer = ask("tak! og ti år før?", publication_index, (SMALL_TOWNS_2024,))
    assert answer.answered and answer.context_used
    assert "36" in answer.answer and "#page=3" in answer.citations[0].url
    assert answer.question == "tak! og ti år før?"
