"""A server that reads passage after passage and term after term keeps only a bounded part of the
text and of the postings unpacked; what it gave back is read and checked again when needed.

Written against the fictional association Foreningen Grønne Byer's passages (tests/index/test_index_blocks.py).
"""
from __future__ import annotations

import os

import numpy as np
import pytest

from assistant.index import blocks, bounded_blocks
from assistant.index.blocks import IndexDamagedError
from assistant.index.bm25 import build_index
from assistant.index.postings_cache import PostingsCache
from assistant.index.storage import load_index, save_index
from assistant.language.analysis import default_analyzer
from tests.index.test_index_blocks import QUESTIONS, blocked_region, groenne_byer_chunks, terms


@pytest.fixture
def saved(tmp_path, monkeypatch):
    """400 passages in text blocks of 256 bytes and postings blocks of 64 (64 and 8 KiB in real
    files), so they fill many blocks."""
    monkeypatch.setattr(blocks, "BLOCK_BYTES", 256)
    monkeypatch.setattr(blocks, "POSTING_BLOCK_BYTES", 64)
    index = build_index(groenne_byer_chunks(400), default_analyzer())
    save_index(index, tmp_path / "index.bm25")
    return index, tmp_path / "index.bm25"


@pytest.fixture
def budgets(monkeypatch):
    """Three blocks of text, three of chunk ids and two of counts may stay unpacked."""
    monkeypatch.setitem(bounded_blocks.BUDGET_BYTES, "chunk_blob", 3 * 256)
    monkeypatch.setitem(bounded_blocks.BUDGET_BYTES, "post_docs", 3 * 64)
    # A block of counts holds twice as many as one of chunk ids: 32 one-byte counts.
    monkeypatch.setitem(bounded_blocks.BUDGET_BYTES, "post_tfs", 2 * 32)


def uncached(loaded):
    """The loaded index without its postings cache, so every lookup goes through the blocks."""
    loaded.postings_cache = PostingsCache(budget_bytes=0)
    return loaded


def damage(path, name: str, offset: int = 3) -> None:
    start, _ = blocked_region(path, name)
    data = bytearray(path.read_bytes())
    data[start + offset] ^= 0xFF
    os.chmod(path, 0o644)
    path.write_bytes(bytes(data))


def test_reading_every_passage_keeps_at_most_the_budget_of_text_blocks(saved, budgets):
    index, path = saved
    loaded = load_index(path)
    assert len(loaded.chunk_blob.ends) > 10  # the text spans many blocks
    for i in range(index.n_chunks):
        assert loaded.chunk(i) == index.chunk(i)
        assert loaded.chunk_blob.loaded_blocks() <= 3


def test_a_text_block_given_back_is_checked_again_when_a_passage_needs_it(saved, budgets):
    index, path = saved
    loaded = load_index(path)
    assert loaded.chunk(0) == index.chunk(0)
    for i in range(1, index.n_chunks):  # push the first block out
        loaded.chunk(i)
    damage(path, "chunk_blob")  # the first text block changes on disk after it was given back
    loaded.memo.clear()  # forget the decoded passages, so the text itself is read again
    with pytest.raises(IndexDamagedError, match="ændret"):
        loaded.chunk(0)


def test_the_whole_text_can_still_be_read_at_once_and_is_given_back_after(saved, budgets):
    index, path = saved
    loaded = load_index(path)
    assert np.array_equal(np.asarray(loaded.chunk_blob), index.chunk_blob)
    assert loaded.chunk_blob.loaded_blocks() == 0


def test_term_after_term_the_postings_stay_within_their_budget_and_equal_the_built_ones(saved, budgets):
    index, path = saved
    loaded = uncached(load_index(path))
    assert len(loaded.post_docs.ends) > 20, "the postings span many blocks"
    for _ in range(2):  # the second pass reads again every block the first one gave back
        for t in range(len(index.vocabulary)):
            docs, tfs, idf = loaded.postings(t)
            built = index.postings(t)
            assert np.array_equal(docs, built.docs) and np.array_equal(tfs, built.tfs) and idf == built.idf
            assert loaded.post_docs.loaded_blocks() <= 3 and loaded.post_tfs.loaded_blocks() <= 2
    for question in QUESTIONS:
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
        assert np.array_equal(loaded.scores(terms(question)), index.scores(terms(question)))


def test_postings_handed_out_stay_intact_after_their_blocks_are_given_back(tmp_path, monkeypatch):
    # Blocks of one memory page, so giving one back really returns its memory to the kernel.
    monkeypatch.setattr(blocks, "POSTING_BLOCK_BYTES", 4096)
    monkeypatch.setitem(bounded_blocks.BUDGET_BYTES, "post_docs", 4096)
    index = build_index(groenne_byer_chunks(3000), default_analyzer())
    save_index(index, tmp_path / "index.bm25")
    loaded = uncached(load_index(tmp_path / "index.bm25"))
    t = loaded.term_ids["forening"]  # in every passage: three pages of chunk ids
    handed_out = loaded.postings(t)
    for other in range(len(index.vocabulary)):
        if other != t:
            loaded.postings(other)
    assert loaded.post_docs.loaded_blocks() == 1
    assert np.array_equal(handed_out.docs, index.postings(t).docs)
    assert np.array_equal(handed_out.tfs, index.postings(t).tfs)


def test_a_postings_block_given_back_and_changed_on_disk_is_refused_as_on_its_first_read(
        saved, budgets, tmp_path):
    index, path = saved
    pristine = path.read_bytes()
    loaded = uncached(load_index(path))
    loaded.postings(0)  # the first block of chunk ids is read and checked
    for t in range(1, len(index.vocabulary)):  # and given back
        loaded.postings(t)
    assert not loaded.post_docs._loaded[0]
    damage(path, "post_docs")
    with pytest.raises(IndexDamagedError) as again:
        loaded.postings(0)

    copy = tmp_path / "copy.bm25"
    copy.write_bytes(pristine)
    fresh = load_index(copy)
    damage(copy, "post_docs")
    with pytest.raises(IndexDamagedError) as first:
        fresh.postings(0)
    assert "post_docs: blok 0 er ændret (kontrolsum)" in str(again.value)
    assert str(again.value).replace(str(path), "") == str(first.value).replace(str(copy), "")


def test_a_budget_smaller_than_a_block_still_holds_the_block_being_read(saved, monkeypatch):
    monkeypatch.setitem(bounded_blocks.BUDGET_BYTES, "post_docs", 1)
    index, path = saved
    loaded = uncached(load_index(path))
    t = max(range(len(index.vocabulary)), key=lambda t: index.doc_freq(index.vocabulary[t]))
    assert np.array_equal(loaded.postings(t).docs, index.postings(t).docs), "a run longer than the budget"
    assert loaded.post_docs.budget_blocks == 1 and loaded.post_docs.loaded_blocks() == 1


def test_postings_within_their_budget_are_kept_whole_and_handed_out_without_copying(saved):
    index, path = saved
    loaded = uncached(load_index(path))
    assert loaded.post_docs.fits and loaded.post_tfs.fits  # 400 passages: far below the budget
    for t in range(len(index.vocabulary)):
        docs, tfs, _ = loaded.postings(t)
        assert docs.base is not None and tfs.base is not None, "views, not copies"
    assert loaded.post_docs.loaded_blocks() == len(loaded.post_docs.ends)
    assert np.array_equal(np.asarray(loaded.post_docs), index.post_docs)
    assert loaded.post_docs.loaded_blocks() == len(loaded.post_docs.ends), "nothing given back"


def test_chunk_ids_looked_up_by_position_mark_their_blocks_used_without_np_unique(saved, budgets, monkeypatch):
    # np.unique's first call in a process imports numpy.ma: ~8 ms CPU inside a visitor's question.
    def no_unique(*args, **kwargs):
        raise AssertionError("np.unique called")
    monkeypatch.setattr(np, "unique", no_unique)
    index, path = saved
    loaded = uncached(load_index(path))
    last = len(index.post_docs) - 1
    positions = np.array([5, 1, 5, last])
    assert np.array_equal(loaded.post_docs[positions], index.post_docs[positions])
    per = loaded.post_docs.block_items
    used = {block for block, bit in enumerate(loaded.post_docs._used) if bit}
    assert used == {0, last // per} and last // per > 0
