"""A thesaurus word standing in for the visitor's word is looked for in every form the statutes write it.

A member asks which item comes first on the general meeting's "program". The statutes have no
"program"; the thesaurus gives "dagsorden", whose stem is "dagsord" -- but § 7, stk. 4 writes
"Dagsordenen", which Snowball stems "dagsorden", so the stand-in reached only § 8's "angivelse af
dagsorden" and the agenda itself was not among the candidates. An asked word already finds the
statutes' other stems of its lemma (references.statute_stems); a stand-in now does too.
"""
from __future__ import annotations

import assistant.answer.retrieve as retrieve
from assistant.answer.retrieve import analyse_query, search

QUESTION = "Hvilket punkt på generalforsamlingens program kommer først?"


def _program(index):
    return next(g for g in analyse_query(index, QUESTION).groups if g.term == "program")


def test_the_agenda_standing_in_for_the_program_is_searched_as_the_statutes_write_it(statutes):
    assert {"dagsord", "dagsorden"} <= set(_program(statutes).members)


def test_the_meetings_agenda_is_the_first_passage_for_the_program(association):
    first = search(association, QUESTION)[0].chunk
    assert (first.paragraph, first.stk) == ("7", "4")


def test_without_the_statutes_stems_the_agenda_is_not_first(association, monkeypatch):
    monkeypatch.setattr(retrieve, "with_statute_stems", lambda index, terms, material: terms)
    assert "dagsorden" not in _program(association).members
    assert all((h.chunk.paragraph, h.chunk.stk) != ("7", "4") for h in search(association, QUESTION)[:3])
