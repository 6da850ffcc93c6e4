"""A visitor's "årsmøde", which one page mentions in passing, meets the statutes' "generalforsamling".

A newsletter asks members to sign up for the annual meeting; the statutes, on another page, call the
same meeting the general assembly held every year. The thesaurus has no entry for "årsmøde", and the
word stands in the material, so no stand-in was searched and the statutes were never found. The
compound's head ("møde") has the thesaurus synonym "forsamling", which the statutes write only inside
"generalforsamling", in a passage that also says the compound's first part ("hvert år"): that
compound is searched as the word's kind, below the word, where the word itself is not said, and only
in passages that say the first part too: the statutes' other passages on the general assembly (the
dissolution's "den sidste generalforsamlings beslutning") are no answer about the annual meeting.
"""
from __future__ import annotations

import pytest

from assistant.answer.head_compounds import HEAD_SCALE
from assistant.answer.head_kind import compound_head, head_kind_compounds
from assistant.answer.ranked_passages import explain
from assistant.answer.retrieve import analyse_query, search
from assistant.language.analysis import default_analyzer
from tests.support.corpus import make_document

NEWS = "https://forening.example/nyt/"
STATUTES = "https://forening.example/vedtaegter/"


@pytest.fixture
def site(index_of):
    return index_of([
        make_document(NEWS, "Nyt fra foreningen", [
            ("Sommerfest", "Vi ses til sommerfesten i juni. Husk at tilmelde dig årsmødet senest en uge før."),
            ("Stien", "Kommunen holder borgermøde om den nye sti langs åen."),
            ("Fællesspisning", "Fællesspisningen er hver torsdag, og sommerfesten er for alle."),
            ("Haven", "Fælleshaven får nye bede, og alle kan hjælpe med at så og luge."),
            ("Cykler", "Cykelværkstedet har åbent om lørdagen i kælderen."),
        ]),
        make_document(STATUTES, "Vedtægter", [
            ("Generalforsamling", "Ordinær generalforsamling afholdes hvert år inden udgangen af marts."),
            ("Bestyrelse", "Bestyrelsen vælges af generalforsamlingen og konstituerer sig selv."),
            ("Opløsning", "Ved opløsning går formuen til et grønt formål efter generalforsamlingens beslutning."),
        ]),
    ])


def _group(index, question, word):
    term = index.analyzer.query_terms(word)[0]
    return next(g for g in analyse_query(index, question).groups if g.term == term)


def test_a_compound_is_read_as_its_first_part_and_a_head_the_thesaurus_knows():
    analyzer = default_analyzer()
    assert compound_head(analyzer, "årsmøde") == ("år", "møde")
    # A plain word is no compound: its own synonyms speak for it.
    assert compound_head(analyzer, "møde") == ("", "")


def test_the_annual_meeting_is_also_looked_for_as_the_statutes_general_assembly(site):
    question = "Hvornår holder I årsmødet?"
    meeting = _group(site, question, "årsmødet")
    assert "generalforsamling" in meeting.heads
    assert any(h.chunk.doc_url == STATUTES and "hvert år" in h.chunk.text for h in search(site, question))


def test_the_general_assembly_counts_below_the_word_itself(site):
    # The newsletter that says "årsmødet" keeps its full weight; the statutes' compound scores a share.
    assert 0 < HEAD_SCALE < 1
    hits = search(site, "Hvornår er årsmødet?")
    assert hits[0].chunk.doc_url == NEWS


def test_a_citizens_meeting_is_no_general_assembly(site):
    # No passage on the general assembly says "borger": the first part narrows "møde" to another kind.
    assert _group(site, "Hvor mange kom til borgermødet?", "borgermødet").heads == ()


def test_a_word_the_material_uses_in_several_passages_keeps_its_own_passages(site):
    # "sommerfest" stands in two passages: it is a thing the page is about, not a passing mention.
    term = site.analyzer.query_terms("sommerfesten")[0]
    assert head_kind_compounds(site, term, ("sommerfest",)) == ((), ())


def test_the_general_assembly_stands_for_the_annual_meeting_only_where_the_year_is_said(site):
    # The dissolution's and the board's passages name the general assembly but no year: they neither
    # score for "årsmødet" nor hold it in the coverage the decision reads.
    question = "Hvad går årsmødet ud på?"
    query = analyse_query(site, question)
    meeting = _group(site, question, "årsmødet")
    assert meeting.narrowing == tuple(site.analyzer.query_terms("år"))
    hits = search(site, question)
    assert not any(h.chunk.doc_url == STATUTES and "hvert år" not in h.chunk.text and meeting.term in h.matched
                   for h in hits)
    dissolution = next(cid for cid in range(site.n_chunks) if "opløsning" in site.chunk(cid).text)
    assert meeting.term not in explain(site, query, dissolution, 1.0).matched
    yearly = next(cid for cid in range(site.n_chunks) if "hvert år" in site.chunk(cid).text)
    assert meeting.term in explain(site, query, yearly, 1.0).matched
