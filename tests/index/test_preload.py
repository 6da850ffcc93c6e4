"""A server reads, before its first visitor, what nearly every question reads: the term tables and
the postings of the most frequent terms, up to the postings' budget.

The passages are invented: notes of the fictional association "Foreningen Grønne Byer".
"""
from __future__ import annotations

import numpy as np
import pytest

from assistant.index import blocks, bounded_blocks, raw_postings, topk
from assistant.index.bm25 import build_index
from assistant.index.preload import blocks_by_frequency, preload
from assistant.index.storage import load_index, save_index
from assistant.language.analysis import default_analyzer
from assistant.services import LiveIndex
from tests.index.test_index_blocks import QUESTIONS, groenne_byer_chunks, terms
from tests.index.test_postings_reuse import CountingReads


@pytest.fixture
def saved(tmp_path, monkeypatch):
    monkeypatch.setattr(blocks, "BLOCK_BYTES", 256)
    monkeypatch.setattr(blocks, "POSTING_BLOCK_BYTES", 64)
    index = build_index(groenne_byer_chunks(400), default_analyzer())
    save_index(index, tmp_path / "index.bm25")
    return index, tmp_path / "index.bm25"


def test_after_preloading_a_first_question_reads_nothing_from_the_file(saved):
    index, path = saved
    loaded = load_index(path)
    preload(loaded)
    reads = CountingReads(loaded.post_docs.source)
    for question in QUESTIONS:
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
    assert reads.calls == 0
    for table in (loaded.offsets, loaded.idf, loaded.chunk_offsets, loaded.post_docs, loaded.post_tfs):
        assert table.loaded_blocks() == len(table.ends)


@pytest.fixture
def preadv_calls(monkeypatch):
    """The reads made for the postings' kept bytes (raw_postings.py), counted."""
    made: list[int] = []
    preadv = raw_postings.os.preadv

    def counted(fd, buffers, offset):
        made.append(offset)
        return preadv(fd, buffers, offset)
    monkeypatch.setattr(raw_postings.os, "preadv", counted)
    return made


def test_with_every_postings_block_unpacked_a_first_question_of_rare_words_takes_its_slices(saved, preadv_calls, monkeypatch):
    # At 10,000 passages all postings fit their budget and the warm-up unpacks every block: a first
    # question's rare terms are sliced from those tables, not decoded again from the stored bytes.
    monkeypatch.setattr(topk, "FEW_POSTINGS", 10 ** 9)  # every question scored at once, as rare words are
    index, path = saved
    loaded = load_index(path)
    preload(loaded)
    assert loaded.post_docs.all_filled() and loaded.post_tfs.all_filled()
    for question in QUESTIONS:
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
    assert preadv_calls == [] and "raw_postings" not in loaded.memo


def test_postings_larger_than_their_budget_have_their_stored_bytes_read_whole_before_the_first_question(
        saved, preadv_calls, monkeypatch):
    # A question's rare terms are decoded from the postings' stored bytes (first_use.py): the
    # warm-up has read all of them, so the visitor's first question waits for no read of the file.
    monkeypatch.setitem(bounded_blocks.BUDGET_BYTES, "post_docs", 2 * 64)
    monkeypatch.setattr(raw_postings, "REGION_BYTES", 256)
    monkeypatch.setattr(topk, "FEW_POSTINGS", 10 ** 9)
    index, path = saved
    loaded = load_index(path)
    preload(loaded)
    kept = loaded.memo["raw_postings"]
    assert kept.regions_read() == len(kept.regions) > 1
    warm_up_reads = len(preadv_calls)
    for question in QUESTIONS:
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
    assert len(preadv_calls) == warm_up_reads


def test_stored_bytes_beyond_their_own_budget_are_left_to_the_questions_that_need_them(saved, preadv_calls, monkeypatch):
    monkeypatch.setitem(bounded_blocks.BUDGET_BYTES, "post_docs", 2 * 64)
    monkeypatch.setattr(raw_postings, "REGION_BYTES", 256)
    monkeypatch.setattr(raw_postings, "BUDGET_BYTES", 256)
    monkeypatch.setattr(topk, "FEW_POSTINGS", 10 ** 9)
    index, path = saved
    loaded = load_index(path)
    preload(loaded)
    assert preadv_calls == [] and loaded.memo["raw_postings"].regions_read() == 0
    for question in QUESTIONS:
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
    assert preadv_calls


def test_a_preloaded_index_looks_its_terms_and_documents_up_in_plain_tables(saved):
    # A server looks terms up hundreds of times a question: in the decoded tuple and dict
    # themselves, not through the lazy tables' methods, with the same terms, ids and documents.
    index, path = saved
    loaded = load_index(path)
    preload(loaded)
    assert type(loaded.vocabulary) is tuple and type(loaded.term_ids) is dict
    assert type(loaded.documents) is list
    assert loaded.vocabulary == index.vocabulary and loaded.term_ids == index.term_ids
    assert loaded.documents == index.documents
    assert [loaded.chunk(i) for i in range(5)] == [index.chunk(i) for i in range(5)]


def test_with_a_small_budget_the_most_frequent_terms_are_preloaded_and_the_budget_holds(saved, monkeypatch):
    monkeypatch.setitem(bounded_blocks.BUDGET_BYTES, "post_docs", 2 * 64)
    monkeypatch.setitem(bounded_blocks.BUDGET_BYTES, "post_tfs", 32)  # one block of 32 counts
    index, path = saved
    loaded = load_index(path)
    preload(loaded)
    assert loaded.post_docs.loaded_blocks() == 2 and loaded.post_tfs.loaded_blocks() == 1
    # The first of the terms in every passage (their postings span many blocks).
    t = max(range(len(index.vocabulary)), key=lambda t: index.doc_freq(index.vocabulary[t]))
    start = int(loaded.offsets[t])
    reads = CountingReads(loaded.post_docs.source)
    assert np.array_equal(loaded.post_docs[start:start + 16], index.post_docs[start:start + 16])
    assert reads.calls == 0, "the first block of the most frequent term was preloaded"


def test_blocks_are_ordered_by_the_most_frequent_term_they_hold():
    # Five terms in one posting each, then a term in seven chunks running through blocks 1 and 2.
    offsets = np.array([0, 1, 2, 3, 4, 5, 12])
    assert blocks_by_frequency(offsets, 4, 3).tolist() == [1, 2, 0]
    # An empty term between two others changes nothing; no blocks, no order.
    assert blocks_by_frequency(np.array([0, 1, 1, 9]), 4, 3).tolist() == [0, 1, 2]
    assert blocks_by_frequency(np.array([0]), 4, 0).tolist() == []


def test_the_server_preloads_each_index_it_loads_before_serving_it(saved):
    _, path = saved
    served = LiveIndex(path).current()
    assert served.offsets.loaded_blocks() == len(served.offsets.ends)
    assert served.post_docs.loaded_blocks() == len(served.post_docs.ends)
