"""A question's first use reads its terms in one pass: every term's postings exactly as block by block
would read them, from blocks checked against their checksums; a block changed, cut off or lying is
refused with the usual Danish damage error, and a file of format 5 still answers the same.

The passages are those of the fictional association "Foreningen Grønne Byer".
"""
from __future__ import annotations

import os
import zlib

import numpy as np
import pytest

from assistant.index import block_codecs, topk
from assistant.index.block_codecs import DEFLATED
from assistant.index.blocks import IndexDamagedError, encode_blocks
from assistant.index.bm25 import build_index
from assistant.index.first_use import gathered
from assistant.index.gather_plan import COUNTS_ROW, IDS_ROW, PLAN_COLUMNS
from assistant.index.kernel_loader import kernel
from assistant.index.storage import load_index, save_index
from assistant.language.analysis import default_analyzer
from tests.index.test_compact_format import _rewrite_header
from tests.index.test_index_blocks import QUESTIONS, blocked_region, groenne_byer_chunks, terms
from tests.index.test_kernel import _postings

# A frequent word (every passage: many blocks), words of one topic, and rare ones (a block or two).
WORD_SETS = [["foreningen", "bybier"], ["regnvand", "grønne", "tage"], ["skolen", "cykelstier", "solceller"],
             ["bydel", "foreslog", "træer"]]


@pytest.fixture(autouse=True)
def score_at_once(monkeypatch):
    """Small files are scored at once from the first passage on (real files: 20,000 passages)."""
    monkeypatch.setattr(topk, "PRUNE_FROM_CHUNKS", 0)
    monkeypatch.setattr(topk, "FEW_POSTINGS", 10 ** 9)


def _ids(index, words: list[str]) -> list[int]:
    analyser = default_analyzer()
    return [index.term_ids[t] for w in words for t in analyser.query_terms(w) if t in index.term_ids]


def test_a_questions_words_read_at_once_are_their_postings_and_leave_the_blocks_unfilled(saved):
    index, path = saved
    loaded = load_index(path)

    for words in WORD_SETS:
        ids = _ids(index, words)
        docs, tfs, lengths = gathered(loaded, ids, [float(index.idf[t]) for t in ids])

        assert lengths == [len(index.postings(t).docs) for t in ids]
        assert np.array_equal(docs, np.concatenate([index.postings(t).docs for t in ids]))
        assert np.array_equal(tfs, np.concatenate([index.postings(t).tfs for t in ids]))
    # Read straight into the question's arrays: no block kept, every word kept for the next question.
    assert loaded.post_docs.loaded_blocks() == loaded.post_tfs.loaded_blocks() == 0
    assert all(loaded.postings_cache.get(t) is not None for words in WORD_SETS for t in _ids(index, words))


def test_a_loaded_index_answers_as_the_built_one_on_first_use_and_again(saved):
    index, path = saved
    loaded = load_index(path)

    for _ in range(2):
        for question in QUESTIONS + [" ".join(words) for words in WORD_SETS]:
            assert loaded.top(terms(question), 10) == index.top(terms(question), 10)


@pytest.mark.parametrize("name", ["post_docs", "post_tfs"])
def test_postings_changed_after_loading_are_refused_on_first_use_with_the_usual_danish_error(saved, name):
    _, path = saved
    loaded = load_index(path)
    first, size = blocked_region(path, name)
    with open(path, "r+b") as f:
        f.seek(first)
        f.write(bytes(size))

    with pytest.raises(IndexDamagedError, match=f"Indeksfilen .* er ændret, efter den blev indlæst: {name}: "
                                                 "blok \\d+ er ændret \\(kontrolsum\\)"):
        for question in QUESTIONS:
            loaded.top(terms(question), 10)


def test_a_file_cut_short_after_loading_is_refused_on_first_use(saved):
    _, path = saved
    loaded = load_index(path)
    first, _ = blocked_region(path, "post_tfs")
    os.truncate(path, first + 10)

    with pytest.raises(IndexDamagedError, match="afkortet"):
        for question in QUESTIONS:
            loaded.top(terms(question), 10)


def test_a_file_of_format_5_with_deflated_counts_answers_the_same_on_first_use(tmp_path, monkeypatch):
    index = build_index(groenne_byer_chunks(400), default_analyzer())
    path = tmp_path / "index.bm25"
    with monkeypatch.context() as old:
        old.setattr(block_codecs, "_encode_counts", lambda part: bytes([DEFLATED]) + zlib.compress(part.tobytes()))
        save_index(index, path)
    _rewrite_header(path, lambda header: header.update(format_version=5))
    loaded = load_index(path)

    for question in QUESTIONS:
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)


def _gather(raw: bytes, rows: list[tuple[int, ...]], n: int, dtype=np.uint8) -> tuple[int, np.ndarray, np.ndarray]:
    docs, tfs = np.zeros(n, dtype=np.int32), np.zeros(n, dtype=dtype)
    plan = np.array(rows, dtype=np.int64).reshape(-1, PLAN_COLUMNS)
    name, limit = ("gather_u1", 0xFF) if dtype == np.uint8 else ("gather_u2", 0xFFFF)
    status = getattr(kernel(), name)(np.frombuffer(raw, dtype=np.uint8), plan, docs, tfs, limit)
    return status, docs, tfs


def test_any_part_of_a_block_of_chunk_ids_in_every_form_reads_as_that_part_of_the_whole():
    values = _postings()
    per = 100
    blocks, _ = encode_blocks(values, "delta-narrow", 4 * per)
    assert {block[0] for block in blocks} == {block_codecs.DENSE, 1, 2, 3}

    for b, block in enumerate(blocks):
        count = min(per, len(values) - b * per)
        for skip, take in [(0, count), (0, 1), (count - 1, 1), (count // 3, count // 3), (5, 0)]:
            status, docs, _ = _gather(block, [(IDS_ROW, 0, len(block), count, skip, take, 2)], take + 2)
            assert status == 0
            assert np.array_equal(docs[2:], values[b * per + skip:b * per + skip + take])


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16])
def test_any_part_of_a_block_of_counts_reads_as_that_part_of_the_whole(dtype):
    rng = np.random.default_rng(6)
    values = np.where(rng.random(900) < 0.85, 1, rng.integers(2, 9, 900)).astype(dtype)
    values[rng.random(900) < 0.05] = np.iinfo(dtype).max
    runs = encode_blocks(values[:300], "counts", 300 * values.itemsize)[0][0]
    plain = bytes([block_codecs.PLAIN]) + values[300:600].tobytes()

    for first, block in [(0, runs), (300, plain)]:
        for skip, take in [(0, 300), (0, 1), (299, 1), (100, 120)]:
            status, _, tfs = _gather(block, [(COUNTS_ROW, 0, len(block), 300, skip, take, 0)], take, dtype)
            assert status == 0
            assert np.array_equal(tfs, values[first + skip:first + skip + take])


def test_a_block_whose_bytes_lie_after_the_part_read_is_refused_as_when_unpacked_whole():
    values = np.arange(0, 2000, 20, dtype=np.int32)  # gaps of 20: the one-byte form, no wide gap
    block = bytearray(encode_blocks(values, "delta-narrow", 4 * len(values))[0][0])
    assert block[0] == 1
    block[-1] = 0xFF  # the last gap says "wide", but the block stores no wide gap

    status, _, _ = _gather(bytes(block), [(IDS_ROW, 0, len(block), len(values), 0, 10, 0)], 10)
    assert status == -1
    # A deflated block of counts (format 5) is left to Python, which reads it.
    deflated = bytes([DEFLATED]) + zlib.compress(np.ones(10, dtype=np.uint8).tobytes())
    assert _gather(deflated, [(COUNTS_ROW, 0, len(deflated), 10, 0, 10, 0)], 10)[0] == -2
