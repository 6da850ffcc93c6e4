"""A question's first use reads the postings' stored bytes a region at a time and keeps them: later
questions find their blocks there without reading the file, every kept block is still checked
against its checksum before it is used, the compiled planning names every block a question's terms
need, and a table's single values are read without a slice.

The passages are those of the fictional association "Foreningen Grønne Byer".
"""
from __future__ import annotations

import numpy as np
import pytest

from assistant.index import raw_postings, topk
from assistant.index.first_use import gathered
from assistant.index.gather_plan import COUNTS_ROW, IDS_ROW, PLAN_AT, PLAN_COLUMNS, PLAN_KIND, PLAN_TAKE
from assistant.index.kernel_loader import kernel
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


def test_beyond_its_budget_the_index_keeps_no_more_and_questions_read_their_blocks_the_usual_way(saved, reads,
                                                                                                 monkeypatch):
    monkeypatch.setattr(raw_postings, "REGION_BYTES", 256)
    monkeypatch.setattr(raw_postings, "BUDGET_BYTES", 3 * 256)
    index, path = saved
    loaded = load_index(path)

    for question in QUESTIONS + [" ".join(words) for words in WORD_SETS]:
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
    assert len(reads) == loaded.memo["raw_postings"].regions_read() == 3
    assert loaded.post_docs.loaded_blocks() > 0


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


def _plan_of(loaded, spans: list[tuple[int, int, int]], rows: int = 64, regions=None):
    """The compiled planning's rows for these (start, end, at) spans of a loaded index's postings."""
    docs, tfs = loaded.post_docs, loaded.post_tfs
    kept = raw_postings.raw_postings(loaded.memo, docs, tfs)
    layout = np.array([docs.block_items, len(docs), kept.at(docs), tfs.block_items, len(tfs), kept.at(tfs),
                       kept.region_bytes], dtype=np.int64)
    plan, expected = np.zeros((rows, PLAN_COLUMNS), dtype=np.int64), np.zeros(rows, dtype=np.uint64)
    n = kernel().plan_terms(np.array(spans, dtype=np.int64).reshape(-1, 3), docs.ends, docs.digests, tfs.ends,
                            tfs.digests, layout, kept.regions if regions is None else regions, plan, expected)
    return n, plan, expected


def test_the_compiled_planning_names_each_block_of_a_term_with_its_part_and_checksum(saved):
    index, path = saved
    loaded = load_index(path)
    t = max(range(len(index.vocabulary)), key=lambda t: len(index.postings(t).docs))  # a term of many blocks
    start, end = index.offsets.item(t), index.offsets.item(t + 1)

    n, plan, expected = _plan_of(loaded, [(start, end, 5)])

    # Nothing read yet: the count comes negated, and every block of both arrays is named once.
    assert n < 0
    rows = plan[:-1 - n]
    for kind, stored in ((IDS_ROW, loaded.post_docs), (COUNTS_ROW, loaded.post_tfs)):
        mine = rows[rows[:, PLAN_KIND] == kind]
        per = stored.block_items
        assert len(mine) == (end - 1) // per - start // per + 1 > 1
        assert mine[:, PLAN_TAKE].sum() == end - start and mine[0, PLAN_AT] == 5
        assert list(expected[:-1 - n][rows[:, PLAN_KIND] == kind]) == \
            list(stored.digests[start // per:(end - 1) // per + 1])


def test_the_compiled_planning_refuses_a_span_outside_the_postings_and_a_plan_without_room(saved):
    index, path = saved
    loaded = load_index(path)
    size = len(index.post_docs)

    assert _plan_of(loaded, [(size - 1, size + 1, 0)])[0] == -1
    assert _plan_of(loaded, [(5, 4, 0)])[0] == -1
    assert _plan_of(loaded, [(0, size, 0)], rows=2)[0] == -1
    # Every region marked read: the count comes as it is.
    n, _, _ = _plan_of(loaded, [(0, 3, 0)], regions=np.ones(len(loaded.memo["raw_postings"].regions), np.uint8))
    assert n == 2
