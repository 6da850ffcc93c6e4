"""A visitor's compound the material has nothing of: searched as the material's compound of the same head
and a kin first part.

A visitor asks what Balance Danmark does for the "brancheklynger"; the Om page says it will strengthen
"erhvervsklynger" in the whole country. The material has neither the visitor's word nor a part of it
alone, so the search found nothing and the question was declined. mythes-da makes "branche" and
"erhverv" kin, and the page's compound of the same head stands in for the word, as weakly as a
thesaurus word. A shared head alone is not enough: "studiepladser" are no "arbejdspladser".
"""
from __future__ import annotations

import assistant.answer.kin_siblings as kin_siblings
from assistant.answer import ask
from assistant.answer.kin_siblings import compound_stand_ins
from assistant.answer.retrieve import STAND_IN_SCALE, analyse_query

QUESTION = "Hvad gør I for brancheklyngerne?"


def _group(index, question, start):
    return next(g for g in analyse_query(index, question).groups if g.term.startswith(start))


def test_the_pages_business_clusters_stand_in_for_the_visitors_trade_clusters(bundled_index):
    group = _group(bundled_index, QUESTION, "branche")
    assert group.members == ("erhvervsklyng",)
    assert group.scale == STAND_IN_SCALE


def test_a_visitor_asking_about_trade_clusters_is_told_of_the_business_clusters(bundled_index):
    answer = ask(QUESTION, bundled_index)
    assert answer.answered
    assert answer.citations[0].url.endswith("#vores-vision")
    assert "erhvervsklynger" in answer.answer


def test_without_the_stand_in_the_word_is_searched_as_nothing_and_declined(bundled_index, monkeypatch):
    monkeypatch.setattr(kin_siblings, "kin_siblings", lambda index, term: ())
    assert _group(bundled_index, QUESTION, "branche").members == ()
    assert not ask(QUESTION, bundled_index).answered


def test_a_rule_change_of_the_visitors_own_word_is_the_statutes_amendment(association):
    assert compound_stand_ins(association, "lovaendring") == ("vedtaegtsaendring",)


def test_a_shared_head_alone_stands_in_for_nothing(bundled_index, association):
    # "studie" and "arbejde", "aktie" and "bolig", "velkomst" and "nyhed" are not kin in mythes-da.
    assert compound_stand_ins(bundled_index, "studieplads") == ()
    assert compound_stand_ins(association, "aktieselskab") == ()
    assert compound_stand_ins(association, "velkomstbrev") == ()


def test_a_word_the_material_has_a_part_of_is_left_to_the_first_part(association):
    # "lokal" of "lokalgruppe" stands alone in the material: the head's siblings are not tried.
    assert compound_stand_ins(association, "lokalgrup", ("lokal", "grup")) == ()
