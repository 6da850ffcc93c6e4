"""A visitor asks what it all costs: "det hele", "samlet set", "the whole" ask for the total sum, and the
passage that states the total ("… de otte anbefalinger tilsammen vil koste 1,2 milliarder kroner …") never
writes them. Written against the fictional association's publication (Foreningen Grønne Byer), whose
page 6 gives the total and, in the next sentence, the tree plan's part of it."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask, find_hits
from assistant.answer.decision_terms import weighed_query
from assistant.answer.price_total import told_total, total_terms, total_words
from assistant.answer.retrieve import analyse_query


@pytest.mark.parametrize("question", [
    "Hvor meget vil det hele koste samlet set?",
    "What would the whole package cost?",
    "How much will the whole thing cost?",
])
def test_a_visitor_asking_what_it_all_costs_gets_the_total(association, question):
    # The quantifier was read as the thing priced (the money gate found no sentence naming "hel" with a
    # sum) or as a word no passage holds: declined.
    answer = ask(question, association)
    assert answer.answered and "1,2 milliarder" in answer.answer


@pytest.mark.parametrize(("question", "words"), [
    ("Hvad vil det hele koste samlet set?", ["hele", "samlet", "set"]),
    ("Hvad koster de tilsammen?", ["tilsammen"]),
    ("Hvad koster det i alt?", ["alt"]),
    ("How expensive would all eight proposals be altogether?", ["altogether"]),
    ("What would the whole package cost?", ["whole"]),
    ("Hvad koster anbefalingerne sammenlagt?", ["sammenlagt"]),
    ("Hvad koster det totalt?", ["totalt"]),
    ("Hvad koster den samlede plan?", ["samlede"]),
    ("What will the entire plan cost?", ["entire"]),
    ("What will it cost overall?", ["overall"]),
    ("What will they cost combined?", ["combined"]),
    ("How much money is needed in total?", ["total"]),
])
def test_the_words_of_totality_are_read_in_a_price_question(question, words):
    assert total_words(question) == words


@pytest.mark.parametrize("question", [
    "Hvor stor en del af hele landet skal have gavn af jeres arbejde?",   # a share, not a price
    "Hvad har I samlet jeres anbefalinger i?",                            # "samlet" as a verb, no price asked
])
def test_a_question_that_asks_no_price_has_no_total(question):
    assert total_words(question) == []


def test_the_whole_is_held_by_the_passage_that_states_a_sum_with_a_word_of_totality(association):
    question = "What would the whole package cost?"
    query = analyse_query(association, "hel pakke koste", put=question)
    hits = find_hits(association, query)
    terms = {g.term for g in query.groups}
    total = total_terms(association.analyzer, question, terms)
    assert total == set(association.analyzer.query_terms("hele"))
    whole, totalled = told_total(association.analyzer, query.groups, total, hits)
    assert whole is not None and set(association.analyzer.query_terms("tilsammen")) <= set(whole.members)
    assert totalled == {h.chunk_id for h in hits if "tilsammen vil koste" in h.chunk.text}
    weighed, rescored = weighed_query(association.analyzer, "hel pakke koste", query, hits, message=question)
    assert whole.term in {g.term for g in weighed.groups}
    for hit in rescored:
        assert (whole.term in hit.matched) == (hit.chunk_id in totalled)


def test_a_sum_without_a_word_of_totality_holds_no_whole(association):
    # The tree plan's "450 millioner kroner" is one part of the total, not the whole.
    question = "Hvad koster det hele?"
    query = analyse_query(association, question)
    hits = [h for h in find_hits(association, query) if "tilsammen" not in h.chunk.text]
    total = total_terms(association.analyzer, question, {g.term for g in query.groups})
    assert told_total(association.analyzer, query.groups, total, hits) == (None, frozenset())
