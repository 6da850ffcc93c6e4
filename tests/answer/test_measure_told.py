"""A visitor asks how far: the passage that states a length holds the question's degree phrase, as a
figure and a unit of length, though it never writes "langt" or "højst". Written against the fictional
association's publication (Foreningen Grønne Byer), whose page 4 says "Ingen bolig bør ligge mere end
300 meter fra et grønt opholdssted"."""
from __future__ import annotations

import pytest

from assistant.answer.asked_measure import length_units
from assistant.answer.compose import ask, find_hits
from assistant.answer.decision_terms import degree_terms, weighed_query
from assistant.answer.measure_told import told_measure
from assistant.answer.retrieve import analyse_query


@pytest.mark.parametrize("question", [
    "Hvor langt må der højst være hjemmefra til et grønt sted?",
    "How far away should the nearest green spot be at most?",
])
def test_a_visitor_asking_how_far_to_a_green_spot_gets_the_300_metres(association, question):
    # Weighed without its phrase the question was "grønt sted" (and "hjemmefra"), which the page holds
    # among four recommendations: the model declined it.
    answer = ask(question, association)
    assert answer.answered and "300 meter" in answer.answer


def test_the_phrase_is_held_by_the_passages_that_state_a_length_and_by_no_other(association):
    question = "Hvor langt må der højst være hjemmefra til et grønt sted?"
    query = analyse_query(association, question)
    hits = find_hits(association, query)
    phrase = degree_terms(association.analyzer, question)
    told, telling = told_measure(association.analyzer, question, query.groups, phrase, hits)
    assert told is not None and told.term in phrase
    assert set(told.members) == set(association.analyzer.query_terms("meter"))
    assert telling == {h.chunk_id for h in hits if "300 meter" in h.chunk.text}
    weighed, rescored = weighed_query(association.analyzer, question, query, hits)
    assert told.term in {g.term for g in weighed.groups}
    for hit in rescored:
        assert (told.term in hit.matched) == (hit.chunk_id in telling)


@pytest.mark.parametrize("question", ["Hvor mange lommeparker er der anlagt?", "Hvornår udkom rapporten?"])
def test_a_question_that_asks_no_distance_weighs_no_length(association, question):
    query = analyse_query(association, question)
    hits = find_hits(association, query)
    assert told_measure(association.analyzer, question, query.groups, frozenset(g.term for g in query.groups),
                        hits) == (None, frozenset())


def test_the_units_of_a_length_are_read_from_the_figure_before_them():
    assert length_units("Ingen bolig bør ligge mere end 300 meter fra et grønt opholdssted.") == ["meter"]
    assert length_units("plante 100.000 nye bytræer inden 2030") == []
