"""A member's word the statutes' own rules translate is searched as the statutes' word alone.

"Hvem bestemmer prisen på medlemskabet?": the statutes say who "fastsætter" the fee. The thesaurus's
senses of "bestemme" ("formål", "mål", "ønske") would make § 3 ("der støtter foreningens formål",
titled "Medlemskab") hold every word of the question and rank it above § 5, stk. 1 ("Kontingentet
fastsættes af den ordinære generalforsamling").
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.retrieve import analyse_query
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document

QUESTION = "Hvem bestemmer prisen på medlemskabet?"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("statutes"), [html_document(STATUTES_HTML, STATUTES_URL)])


def test_the_statutes_word_for_deciding_stands_in_without_the_thesaurus_senses(index):
    decides = next(g for g in analyse_query(index, QUESTION).groups if g.term == "bestem")
    assert "fastsaet" in decides.members
    assert not {"formaal", "maal", "oensk"} & set(decides.members)


def test_who_sets_the_fee_is_answered_from_the_fee_paragraph(index):
    answer = ask(QUESTION, index)
    assert answer.answered, answer.answer
    first = answer.citations[0]
    assert (first.paragraph, first.stk) == ("5", "1"), answer.answer
    assert "generalforsamling" in answer.answer
