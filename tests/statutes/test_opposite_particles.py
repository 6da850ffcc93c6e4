"""A member who has just joined ("meldt mig ind") is not answered with the rule on leaving ("melde sig ud").

Danish particles turn a verb's act round in pairs (ind/ud, op/ned). The statutes' § 4, stk. 2 holds
the verb "melde", but only as the opposite act: "Et medlem kan melde sig ud … Udmeldelse sker …".
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.opposite_particles import opposed_forms, opposite_act
from assistant.answer.retrieve import analyse_query, search_query
from assistant.language.analysis import default_analyzer
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("particles"), [html_document(STATUTES_HTML, STATUTES_URL)])


def test_a_particle_verb_knows_its_asked_and_its_opposite_act():
    analyzer = default_analyzer()
    joined = opposed_forms(analyzer, "Må jeg stemme, når jeg lige har meldt mig ind?")
    asked, opposite = joined[analyzer.query_terms("meldt")[0]]
    assert asked == tuple(analyzer.query_terms("indmeldt"))
    assert opposite == tuple(analyzer.query_terms("udmeldt"))
    # "på" and "med" after a verb are prepositions, and "af"/"over" have no opposite here.
    assert opposed_forms(analyzer, "Kan man stemme på generalforsamlingen?") == {}


def test_a_passage_that_names_only_the_opposite_act_does_not_hold_the_verb():
    held = {"meld", "udmeld"}.__contains__
    assert opposite_act(held, (("indmeld",), ("udmeld",)))
    # Where the passage names the asked act too, the verb may be either.
    assert not opposite_act({"meld", "udmeld", "indmeld"}.__contains__, (("indmeld",), ("udmeld",)))


@pytest.mark.parametrize("question", [
    "Kan man stemme på generalforsamlingen, hvis man lige har meldt sig ind?",
    "Må jeg stemme til generalforsamlingen, når jeg lige har meldt mig ind?",
])
def test_a_member_who_just_joined_is_not_answered_with_the_rule_on_leaving(statutes, question):
    answer = ask(question, statutes)
    assert not any((c.paragraph, c.stk) == ("4", "2") for c in answer.citations), answer.answer
    leaving = next(h for h in search_query(statutes, analyse_query(statutes, question))
                   if h.chunk.paragraph == "4")
    verb = default_analyzer().query_terms("meldt")[0]
    assert verb not in leaving.matched


def test_a_member_who_wants_to_leave_still_gets_the_rule_on_leaving(statutes):
    answer = ask("Hvordan melder jeg mig ud?", statutes)
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("4", "2"), answer.answer


def test_a_word_without_an_opposite_act_is_held_by_any_member_without_reading_one(monkeypatch):
    # "Hvad koster kontingentet?": no particle verb, so no opposite act to look for in each passage
    # the search weighs (~20 times a question); a verb with one still reads it.
    from assistant.answer import opposite_particles

    def not_read(has, opposed):
        raise AssertionError("an opposite act read for a word that has none")

    held = {"kontingent"}.__contains__
    monkeypatch.setattr(opposite_particles, "opposite_act", not_read)
    assert opposite_particles.holds_group(held, "kontingent", ("kontingent", "medlemskontingent"), ((), ()))
    assert not opposite_particles.holds_group(held, "pris", ("pris",), ((), ()))
    monkeypatch.undo()
    passage = {"meld", "udmeld"}.__contains__
    assert not opposite_particles.holds_group(passage, "meld", ("meld",), (("indmeld",), ("udmeld",)))
