"""The fact beside the words, held in another form of a word the question's compound is read by.

A visitor asks what the organisation does out in the local communities ("lokalsamfundene"). The search
reads the compound by its parts, "lokal" and "samfund": "de mindre samfund" and "regionale og lokale
enheder" hold it, but "Vi igangsætter konkrete udviklingsprojekter til gavn for udviklingen regionalt og
lokalt." did not, for the stemmer reads the adverb "lokalt" as a word of its own. The answer quoted the
analyses and left out the development projects. The lemmatiser gives "lokalt" and "lokale" one
dictionary form, so the sentence holds the compound's part and the projects are told.
"""
from __future__ import annotations

from assistant.answer.compose import ask
from assistant.answer.retrieve import analyse_query
from assistant.answer.sentence_lemmas import member_form_held

PROJECTS = "Vi igangsætter konkrete udviklingsprojekter til gavn for udviklingen regionalt og lokalt."


def test_a_visitor_asking_what_is_done_in_the_local_communities_is_told_of_the_projects(bundled_index):
    answer = ask("Hvad laver I konkret ude i lokalsamfundene?", bundled_index)
    assert answer.answered, answer.answer
    assert "udviklingsprojekter" in answer.answer


def test_the_adverb_holds_the_part_of_the_compound_and_an_unrelated_word_does_not(bundled_index):
    query = analyse_query(bundled_index, "Hvad laver I konkret ude i lokalsamfundene?")
    members = {g.term: frozenset(g.members) for g in query.groups}
    (local,) = [g.term for g in query.groups if "lokal" in g.members]
    assert local in member_form_held(bundled_index, members, PROJECTS, frozenset())
    assert local not in member_form_held(bundled_index, members, "Vi producerer analyser.", frozenset())
    # A term the sentence holds already is not told again.
    assert local not in member_form_held(bundled_index, members, PROJECTS, frozenset({local}))
