"""A word the thesaurus gives for one question word, which the question says itself, counts once.

"Hvor mange af bestyrelsens medlemmer skal være mødt op, før de kan træffe beslutninger?": the
statutes lack "mødt", and the thesaurus gives "træffe" for it (to meet someone). The question says
"træffe" itself, so § 7, stk. 6 ("Beslutninger træffes ved simpelt flertal") held two of its words for
one and came before § 6, stk. 3, which tells when the board can decide. Written against the fictional
association's statutes and publication (round thirty-five, dev35f).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.retrieve import analyse_query
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

QUORUM = "Hvor mange af bestyrelsens medlemmer skal være mødt op, før de kan træffe beslutninger?"


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("forening"), [
        html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/"), publication_document()])


def _group(index, question, term):
    return next(g for g in analyse_query(index, question).groups if g.term == term)


def test_the_boards_quorum_is_answered_from_the_board_not_from_how_decisions_are_made(association):
    answer = ask(QUORUM, association)
    assert answer.answered
    first = answer.citations[0]
    assert (first.paragraph, first.stk) == ("6", "3"), (first.paragraph, first.stk)
    assert "halvdelen" in answer.answer


def test_the_thesaurus_word_the_question_says_itself_stays_with_that_word(association):
    met = _group(association, QUORUM, "moedt")
    assert "traef" not in met.members and met.members
    assert "traef" in _group(association, QUORUM, "traef").members


def test_a_word_said_twice_over_keeps_its_only_stand_in(association):
    # "reglerne i vedtægterne": the rules are the statutes; the word is still part of what is asked.
    question = "Hvor stort et flertal skal der til for at lave om på reglerne i vedtægterne?"
    assert _group(association, question, "regl").members == ("vedtaeg",)
    answer = ask(question, association)
    assert answer.answered and answer.citations[0].paragraph == "12"


def test_a_word_the_dictionary_gives_keeps_its_stand_ins(association):
    # "opsigelse" reaches "udmeldelse" and "varsel" through a hand-kept set, which is exact: the
    # question's own "udmelde" does not take its place there.
    question = "Hvis jeg vil udmelde mig, hvor lang opsigelse er der så?"
    group = _group(association, question, "opsig")
    assert "udmeld" in group.members and "varsel" in group.members
