"""A server that reads passage after passage keeps only a bounded part of their text unpacked.

Written against the fictional association Foreningen Grønne Byer's passages (tests/index/test_index_blocks.py).
"""
from __future__ import annotations

import numpy as np
import pytest

from assistant.index import blocks, bounded_blocks
from assistant.index.blocks import IndexDamagedError
from assistant.index.bm25 import build_index
from assistant.index.storage import load_index, save_index
from assistant.language.analysis import default_analyzer
from tests.index.test_index_blocks import blocked_region, groenne_byer_chunks


@pytest.fixture
def saved(tmp_path, monkeypatch):
    """400 passages in text blocks of 256 bytes (64 KiB in real files), so they fill many blocks."""
    monkeypatch.setattr(blocks, "BLOCK_BYTES", 256)
    index = build_index(groenne_byer_chunks(400), default_analyzer())
    save_index(index, tmp_path / "index.bm25")
    return index, tmp_path / "index.bm25"


@pytest.fixture
def three_text_blocks(monkeypatch):
    monkeypatch.setattr(bounded_blocks, "TEXT_BLOCK_BUDGET", 3)


def test_reading_every_passage_keeps_at_most_the_budget_of_text_blocks(saved, three_text_blocks):
    index, path = saved
    loaded = load_index(path)
    assert len(loaded.chunk_blob.ends) > 10  # the text spans many blocks
    for i in range(index.n_chunks):
        assert loaded.chunk(i) == index.chunk(i)
        assert loaded.chunk_blob.loaded_blocks() <= 3


def test_a_text_block_given_back_is_checked_again_when_a_passage_needs_it(saved, three_text_blocks):
    index, path = saved
    loaded = load_index(path)
    assert loaded.chunk(0) == index.chunk(0)
    for i in range(1, index.n_chunks):  # push the first block out
        loaded.chunk(i)
    start, _ = blocked_region(path, "chunk_blob")
    data = bytearray(path.read_bytes())
    data[start + 3] ^= 0xFF  # the first text block changes on disk after it was given back
    path.write_bytes(bytes(data))
    loaded.memo.clear()  # forget the decoded passages, so the text itself is read again
    with pytest.raises(IndexDamagedError, match="ændret"):
        loaded.chunk(0)


def test_the_whole_text_can_still_be_read_at_once_and_is_given_back_after(saved, three_text_blocks):
    index, path = saved
    loaded = load_index(path)
    assert np.array_equal(np.asarray(loaded.chunk_blob), index.chunk_blob)
    assert loaded.chunk_blob.loaded_blocks() == 0
