"""Whether a passage holds a term: the answer's explanation of a hit asks it for every term.

The binary search in the term's postings must say what the postings say, for the first and last
passages, for passages between two of a frequent term's, and for ids past the last.
"""
from __future__ import annotations

from assistant.answer.held_terms import HeldTerms
from assistant.answer.retrieve import passage_has
from tests.support.corpus import make_document


def test_a_passage_holds_exactly_the_terms_its_postings_list(index_of):
    sections = [(f"Afsnit {n}", ("Foreningen plantede træer. " if n % 3 else "Bestyrelsen mødes. ")
                 + f"Område nummer {n} har regnbede.") for n in range(40)]
    index = index_of([make_document("https://groenne-byer.example/om/", "Om foreningen", sections)])
    assert index.n_chunks > 3
    for term, t in index.term_ids.items():
        holders = set(index.post_docs[index.offsets[t]:index.offsets[t + 1]].tolist())
        for chunk_id in range(index.n_chunks + 2):
            assert passage_has(index, chunk_id, term) == (chunk_id in holders), (term, chunk_id)
    assert not passage_has(index, 0, "ingensteds")


def test_the_candidates_holding_a_term_found_at_once_are_those_that_hold_it_one_by_one(index_of):
    # A search explains its candidate passages with one search of each term's postings for all of
    # them (held_terms.HeldTerms): each passage must hold exactly what passage_has says it holds.
    sections = [(f"Afsnit {n}", ("Foreningen plantede træer. " if n % 3 else "Bestyrelsen mødes. ")
                 + f"Område nummer {n} har regnbede.") for n in range(40)]
    index = index_of([make_document("https://groenne-byer.example/om/", "Om foreningen", sections)])
    last = index.n_chunks - 1
    for candidates in ([0, 1, 2], [last, 0, 5, 5], list(range(0, index.n_chunks, 3)), [last + 1, 2], []):
        held = HeldTerms(index, candidates)
        for term in [*index.term_ids, "ingensteds"]:
            for chunk_id in candidates:
                assert held.has(chunk_id)(term) == passage_has(index, chunk_id, term), (term, chunk_id)
