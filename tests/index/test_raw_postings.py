"""A question's first use reads the postings' stored bytes a region at a time and keeps them: later
questions find their blocks there without reading the file, every kept block is still checked
against its checksum before it is used, and a table's single values are read without a slice.

The passages are those of the fictional association "Foreningen Grønne Byer".
"""
from __future__ import annotations

import numpy as np
import pytest

from assistant.index import raw_postings, topk
from assistant.index.first_use import gathered
from assistant.index.storage import load_index
from tests.index.test_first_use import WORD_SETS, _ids
from tests.index.test_index_blocks import QUESTIONS, terms


@pytest.fixture(autouse=True)
def score_at_once(monkeypatch):
    """Small files are scored at once from the first passage on (real files: 20,000 passages)."""
    monkeypatch.setattr(topk, "PRUNE_FROM_CHUNKS", 0)
    monkeypatch.setattr(topk, "FEW_POSTINGS", 10 ** 9)


@pytest.fixture
def reads(monkeypatch):
    """The reads of the file made for the kept postings bytes: (offset, size) each."""
    made: list[tuple[int, int]] = []
    preadv = raw_postings.os.preadv

    def counted(fd, buffers, offset):
        made.append((offset, sum(len(b) for b in buffers)))
        return preadv(fd, buffers, offset)
    monkeypatch.setattr(raw_postings.os, "preadv", counted)
    return made


def test_the_first_question_reads_whole_regions_and_the_next_ones_find_their_blocks_there(saved, reads):
    index, path = saved
    loaded = load_index(path)

    assert loaded.top(terms(QUESTIONS[0]), 10) == index.top(terms(QUESTIONS[0]), 10)
    # The small file's postings fit in one region: one read of all of them, none after it.
    assert len(reads) == 1
    for question in QUESTIONS[1:] + [" ".join(words) for words in WORD_SETS]:
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
    assert len(reads) == 1
    assert loaded.memo["raw_postings"].regions_read() == 1


def test_regions_are_read_as_questions_reach_them_each_once(saved, reads, monkeypatch):
    monkeypatch.setattr(raw_postings, "REGION_BYTES", 256)
    index, path = saved
    loaded = load_index(path)

    for _ in range(2):
        for question in QUESTIONS:
            assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
    kept = loaded.memo["raw_postings"]
    assert 1 < kept.regions_read() < len(kept.buffer) // 256
    # Each region read once, whole (the last one up to the end of the postings).
    assert len(reads) == len(set(reads)) == kept.regions_read()
    end = kept.begin + len(kept.buffer)
    assert all((offset - kept.begin) % 256 == 0 and size == min(256, end - offset) for offset, size in reads)


def test_a_kept_block_that_no_longer_matches_its_checksum_is_not_used(saved):
    index, path = saved
    loaded = load_index(path)
    first, second = _ids(index, WORD_SETS[1]), _ids(index, WORD_SETS[2])
    gathered(loaded, first, [float(index.idf[t]) for t in first])
    kept = loaded.memo["raw_postings"]
    kept.buffer[:] = 0  # the kept bytes spoilt in memory

    # The question is read the usual way instead, block by block from the file: the right postings.
    docs, tfs, lengths = gathered(loaded, second, [float(index.idf[t]) for t in second])

    assert np.array_equal(docs, np.concatenate([index.postings(t).docs for t in second]))
    assert np.array_equal(tfs, np.concatenate([index.postings(t).tfs for t in second]))
    assert loaded.post_docs.loaded_blocks() > 0


def test_a_single_value_of_a_loaded_table_is_numpys_item_and_fills_only_its_own_block(saved):
    index, path = saved
    loaded = load_index(path)
    last = len(index.offsets) - 1

    assert loaded.offsets.item(last) == index.offsets.item(last) == len(index.post_docs)
    assert loaded.offsets.loaded_blocks() == 1
    assert loaded.idf.item(3) == index.idf.item(3) and type(loaded.idf.item(3)) is float
    for outside in (-1, last + 1):
        with pytest.raises(IndexError):
            loaded.offsets.item(outside)
    assert loaded.offsets.loaded_blocks() == 1
