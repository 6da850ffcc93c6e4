"""Chat around the question: where the visitor is ("her i byen"), what they are like ("Jeg er ny"), and
the organisation asked for its view by an idiom ("hvis det står til jer")."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.scene import deictic_time_words
from assistant.answer.visitor_state import visitor_state
from assistant.answer.wrappers import unwrap

OM = "https://balance-danmark.dk/om/"


@pytest.mark.parametrize("scene, places", [
    ("Jeg er ny her i byen", {4, 5}), ("Vi bor herude på landet", {3, 4}), ("Jeg er flyttet her til egnen", set()),
    ("Vi er et havelaug her i kvarteret", {5, 6}), ("Jeg har boet i Vejle", set()),
])
def test_here_and_a_preposition_place_the_visitor_as_yesterday_dates_the_visit(scene, places):
    assert deictic_time_words(scene.split()) == places


@pytest.mark.parametrize("question", ["Jeg er ny. Hvad går jeres arbejde ud på?",
                                      "Hej! Jeg er ny her i byen og prøver at forstå, hvem I er. "
                                      "Hvad går jeres arbejde ud på?"])
def test_a_newcomer_in_town_is_told_what_the_organisation_does(bundled_index, question):
    # "ny" and "byen" say who asks; searched, the material's "ny … udligningsordning" and "byer" pull
    # the search away and the question was declined.
    answer = ask(question, bundled_index)
    assert answer.answered
    assert answer.citations[0].url == OM
    assert "analyser" in answer.answer


@pytest.mark.parametrize("scene, state", [("Jeg er ny", {"ny"}), ("Vi er lidt nye her", {"nye"}),
                                          ("Jeg er ret ny i byrådet", {"ny"}), ("Vi har en tom grund", set()),
                                          ("Jeg har en ny lokalplan", set()), ("Min nabo er ny", set())])
def test_an_everyday_adjective_told_of_the_visitor_by_a_copula_describes_who_asks(scene, state):
    words = scene.split()
    assert {words[i] for i in visitor_state(words)} == state


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
