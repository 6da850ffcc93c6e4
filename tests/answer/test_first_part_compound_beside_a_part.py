"""A visitor's compound whose head alone the material has elsewhere: the compound of the same first part wins.

A new member asks whether she will get the association's "nyhedsmails". The statutes say members
receive "foreningens nyhedsbrev" (§ 4, stk. 1); the word "mail" stands alone only in "e-mail" in the
notice of the general meeting (§ 7, stk. 2). The analyser found that head for the visitor's word, so the
material's compound of the same first part and a head the thesaurus gives for "mail" ("brev") was
never looked for, and the notice was weighed first and declined. A part the material has is no more
the visitor's thing than nothing is: the newsletter stands in for the word, and the lone head goes.
"""
from __future__ import annotations

import assistant.answer.kin_siblings as kin_siblings
from assistant.answer import ask
from assistant.answer.first_part_compounds import first_part_compounds
from assistant.answer.retrieve import STAND_IN_SCALE, analyse_query

QUESTION = "Får jeg jeres nyhedsmails, når jeg er med?"


def _group(index, question, start):
    return next(g for g in analyse_query(index, question).groups if g.term.startswith(start))


def test_the_newsletter_stands_in_for_the_visitors_news_mails(association):
    group = _group(association, QUESTION, "nyhed")
    assert group.members == ("nyhedsbrev",)
    assert group.scale == STAND_IN_SCALE


def test_a_member_asking_about_news_mails_is_told_about_the_newsletter(association):
    answer = ask(QUESTION, association)
    assert answer.answered
    assert answer.citations[0].paragraph == "4"
    assert "nyhedsbrev" in answer.answer


def test_without_the_stand_in_the_lone_head_reaches_only_the_notice(association, monkeypatch):
    monkeypatch.setattr(kin_siblings, "first_part_compounds", lambda index, term, found=(): ())
    assert _group(association, QUESTION, "nyhed").members == ("mail",)
    assert not ask(QUESTION, association).answered


def test_a_word_found_in_another_form_is_no_part(association):
    # A found term longer than the word is the word in another form, not a part of it.
    assert first_part_compounds(association, "nyhedsmail", ("mail",)) == ("nyhedsbrev",)
    assert first_part_compounds(association, "nyhedsmail", ("nyhedsmailen",)) == ()
