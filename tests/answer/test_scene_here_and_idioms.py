"""Chat around the question: where the visitor is ("her i byen"), a thing the visitor names before the
question ("en tom grund"), and the organisation asked for its view by an idiom ("hvis det står til jer")."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.scene import deictic_time_words
from assistant.answer.wrappers import unwrap


@pytest.mark.parametrize("scene, places", [
    ("Jeg er ny her i byen", {4, 5}), ("Vi bor herude på landet", {3, 4}), ("Jeg er flyttet her til egnen", set()),
    ("Vi er et havelaug her i kvarteret", {5, 6}), ("Jeg har boet i Vejle", set()),
])
def test_here_and_a_preposition_place_the_visitor_as_yesterday_dates_the_visit(scene, places):
    assert deictic_time_words(scene.split()) == places


def test_an_empty_plot_before_the_question_is_what_is_asked_about(association):
    # "tom" before "grund" names the thing: it is searched, and the recommendation on empty plots answers.
    answer = ask("Vi er en flok naboer med en tom grund. Hvad foreslår I, vi gør med den?", association)
    assert answer.answered and "Tomme grunde" in answer.answer


@pytest.mark.parametrize("question, left", [
    ("Hvor skal regnvandet hen, hvis det står til jer?", "Hvor skal regnvandet hen?"),
    ("Hvem skulle betale, hvis det stod til dig?", "Hvem skulle betale?"),
    ("If it were up to you, what should happen to rainwater?", "what should happen to rainwater?"),
])
def test_if_it_were_up_to_you_asks_the_organisations_view_as_according_to_you_does(question, left):
    assert unwrap(question) == left


def test_rainwater_asked_as_if_it_were_up_to_them_is_answered_with_the_recommendation(association):
    answer = ask("Hvor skal regnvandet hen, hvis det står til jer? Vores kælder blev oversvømmet sidste sommer.",
                 association)
    assert answer.answered
    assert answer.citations[0].url.endswith("#page=5")
    assert "regnbede" in answer.answer
