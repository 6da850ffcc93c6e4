"""A visitor asks with a particle verb the material does not use: its synonyms are searched, not the verb's.

"Hvem giver jeg besked, når jeg træder ud?" -- the statutes say "Udmeldelse sker skriftligt til
kassereren" (§ 4, stk. 2). "træder ud" is "udtræde", whose synonym set holds "udmelde"; the verb
"træde" alone (to step) has no synonym the material uses, so the question found nothing for it and
was declined. Written against the fictional association's statutes and publication (Foreningen Grønne Byer).
"""
from __future__ import annotations

import assistant.answer.retrieve as retrieve
from assistant.answer.compose import ask
from assistant.answer.retrieve import analyse_query
from assistant.language.synonyms import particle_verb_synonyms, synonyms

QUESTION = "Jeg flytter til udlandet – hvem giver jeg besked om, at jeg træder ud?"


def _members(index, question, term):
    return next(g.members for g in analyse_query(index, question).groups if g.term == term)


def test_leaving_is_searched_as_the_statutes_resignation(association):
    assert "udmeld" in _members(association, "hvem giver jeg besked om, at jeg træder ud?", "traed")
    answer = ask(QUESTION, association)
    assert answer.answered and "kassereren" in answer.answer


def test_the_verb_alone_found_nothing_to_search(association, monkeypatch):
    monkeypatch.setattr(retrieve, "particle_verb_synonyms",
                        lambda analyzer, term, joined: particle_verb_synonyms(analyzer, term, ()))
    assert not _members(association, "hvem giver jeg besked om, at jeg træder ud?", "traed")
    assert not ask(QUESTION, association).answered


def test_a_verb_without_a_joined_particle_keeps_its_own_synonyms(statutes):
    analyzer = statutes.analyzer
    assert particle_verb_synonyms(analyzer, "udmeld", ())[0] == synonyms(analyzer, "udmeld")
    # The particle verb's set speaks where it has one; a joined form without one leaves the verb's.
    assert "udmeld" in particle_verb_synonyms(analyzer, "traed", ("udtraed",))[0]
    assert particle_verb_synonyms(analyzer, "udmeld", ("nosuchform",))[0] == synonyms(analyzer, "udmeld")
