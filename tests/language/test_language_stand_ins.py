"""A word the material lacks, found through a synonym, weighs less in ranking than a word it uses."""
from __future__ import annotations

from assistant.answer.retrieve import STAND_IN_SCALE, analyse_query, search
from tests.support.corpus import make_document

URL = "https://groenne-byer.example/om/"
SECTIONS = [
    ("Bestyrelse", "Bestyrelsen mødes fire gange om året, i sekretariatet i Vejle eller på skift hos "
                   "lokalforeningerne rundt om i landet."),
    ("Eksklusion", "Eksklusion kan indbringes."),
    ("Kontingent", "Kontingentet fastsættes af generalforsamlingen."),
    ("Nyhedsbrev", "Nyhedsbrevet udkommer hver måned."),
]


def test_a_word_found_only_through_its_synonyms_scores_at_a_lower_scale(index_of):
    index = index_of([make_document(URL, "Om foreningen", SECTIONS)])
    groups = {g.term: g for g in analyse_query(index, "Får bestyrelsen løn?").groups}
    assert groups["bestyr"].scale == 1.0
    # "løn" is no word of this material; the thesaurus's "indbringe" stands in for it.
    assert "indbring" in groups["loen"].members
    assert groups["loen"].scale == STAND_IN_SCALE < 1.0


def test_the_passage_with_the_questions_own_word_outranks_a_shorter_one_with_only_a_stand_in(index_of):
    index = index_of([make_document(URL, "Om foreningen", SECTIONS)])
    hits = search(index, "Får bestyrelsen løn?")
    assert hits[0].chunk.heading == "Bestyrelse", [h.chunk.heading for h in hits]
