"""A reader asks what the tree plan costs, and the sum stands in the sentence after the one about costs.

"How much will the tree plan cost?" was declined: the sentence holding most of the question is "Foreningen
anslår, at de otte anbefalinger tilsammen vil koste 1,2 milliarder kroner …", which names no tree plan, and
the money gate read only that one, though the next says "Den største post er den nationale træplan med 450
millioner kroner". A sum beside it counts where its own sentence names the thing priced; another thing's
sum does not, and nor does a pool for all where the question prices each one. Written against the
fictional association's statutes and publication.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.gate_money import sum_beside
from assistant.answer.retrieve import analyse_query
from assistant.language.background import term_rarity
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("forening"), [
        html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/"), publication_document()])


@pytest.mark.parametrize("question", ["How much will the tree plan cost?", "hvor meget koster traeplanen"])
def test_the_tree_plans_sum_in_the_next_sentence_answers(association, question):
    answer = ask(question, association)
    assert answer.answered and "450 millioner" in answer.answer


@pytest.mark.parametrize("question", [
    "Hvad koster et familiemedlemskab?",                        # § 5, stk. 2 prices no family membership
    "Hvad koster en grøn skolegård for den enkelte skole?",     # the pool is for all of them
])
def test_another_things_sum_or_a_pool_for_all_is_no_answer(association, question):
    answer = ask(question, association)
    assert not answer.answered, answer.answer


def test_the_sum_beside_must_name_the_thing_priced(association):
    page = next(c for c in range(association.n_chunks) if "450 millioner" in association.chunk(c).text)
    for question, named in (("hvad koster træplanen", True), ("hvad koster et familiemedlemskab", False)):
        query = analyse_query(association, question)
        assert sum_beside(association, page, query, term_rarity(association.analyzer, question)) is named
