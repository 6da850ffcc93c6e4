"""A form found for a question's word counts in the ranking at most as much as the word itself
(answer/rank_weights.py): "medlemmerne" is searched as "medlemskab" too, but the one § titled
"Medlemskab" no longer outweighs the page that tells what the members did."""
from __future__ import annotations

import pytest

from assistant.answer.rank_weights import member_scales, merged_scales
from assistant.answer.retrieve import analyse_query, search
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document

STATUS_PAGE = "https://groenne-byer.example/anbefalinger-2025.pdf#page=3"


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    """The association's statutes and its publication in one index, as its site serves them."""
    return build_index(tmp_path_factory.mktemp("association"),
                       [html_document(STATUTES_HTML, STATUTES_URL), publication_document()])


def _group(index, question, term):
    return next(g for g in analyse_query(index, question).groups if g.term == term)


def test_a_question_about_what_the_members_did_finds_the_page_that_tells_it(association):
    question = "Hvor mange træer har medlemmerne sat i jorden?"
    first = search(association, question)[0]
    assert first.chunk.url == STATUS_PAGE
    assert "14.300" in first.chunk.text


def test_the_rare_form_of_a_common_word_counts_no_more_than_the_word(association):
    group = _group(association, "Hvor mange træer har medlemmerne sat i jorden?", "medlem")
    shares = dict(zip(group.members, group.member_weights))
    assert shares["medlem"] == 1.0
    own_idf = association.idf_of(association.term_ids["medlem"])
    rare_idf = association.idf_of(association.term_ids["medlemskab"])
    assert rare_idf > own_idf
    assert shares["medlemskab"] == pytest.approx(own_idf / rare_idf)


def test_the_statutes_word_for_a_members_phrase_counts_fully(association):
    # "stemme for en anden" is what the statutes call "fuldmagt": a meaning, not a form of "stemme".
    group = _group(association, "Må man stemme for en anden, hvis man ikke selv kan komme?", "stem")
    assert "fuldmag" in group.members
    assert set(group.member_weights) == {1.0}


def test_a_word_the_material_lacks_has_no_weight_to_hold_its_forms_to(association):
    assert "grundlag" not in association.term_ids
    assert member_scales(association, "grundlag", ("grundlaeg", "grundlagt")) == ()


def test_two_groups_joined_keep_each_members_largest_share():
    assert merged_scales(("a", "b"), (1.0, 0.25), ("b", "c"), (), ("a", "b", "c")) == ()
    assert merged_scales(("a", "b"), (1.0, 0.25), ("c",), (), ("a", "b", "c")) == (1.0, 0.25, 1.0)
