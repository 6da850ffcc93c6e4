"""Format 6: a term's counts are stored as runs of ones that the compiled loop unpacks (no inflating
on a word's first use), and the chunk lengths in two bytes. Every count reads back exactly, in
blocks of one or in runs of neighbours; a block whose bytes lie is refused; a file of format 5 from
the previous release still loads with the same answers.

The passages are those of the fictional association "Foreningen Grønne Byer".
"""
from __future__ import annotations

import zlib

import numpy as np
import pytest

from assistant.index import block_codecs
from assistant.index.block_codecs import DEFLATED, PLAIN, RUNS, decode_checked, load_run
from assistant.index.blocks import IndexDamagedError, encode_blocks
from assistant.index.bm25 import INDEX_FORMAT_VERSION, build_index
from assistant.index.storage import load_index, save_index
from assistant.language.analysis import default_analyzer
from tests.index.test_compact_format import _header, _rewrite_header
from tests.index.test_index_blocks import QUESTIONS, groenne_byer_chunks, terms


def _blocks(values: np.ndarray, per: int):
    encoded, per = encode_blocks(values, "counts", per * values.dtype.itemsize)
    ends = np.cumsum([len(b) for b in encoded]).tolist()
    counts = [min(per, len(values) - b * per) for b in range(len(encoded))]
    return encoded, ends, counts, per


def _counts(rng, n: int, dtype) -> np.ndarray:
    """Mostly ones, as a word's counts in passages are, with long stretches of nothing but ones,
    counts of 2-8 and larger ones up to the type's largest."""
    values = np.where(rng.random(n) < 0.85, 1, rng.integers(2, 9, n))
    values[rng.random(n) < 0.03] = np.iinfo(dtype).max
    values[rng.random(n) < 0.03] = 200
    values[100:400] = 1  # a stretch of ones several long runs long
    return values.astype(dtype)


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16])
def test_counts_of_every_size_read_back_exactly_one_block_or_a_whole_run(dtype):
    values = _counts(np.random.default_rng(6), 5000, dtype)
    encoded, ends, counts, per = _blocks(values, 700)

    assert {block[0] for block in encoded} == {RUNS}
    assert np.array_equal(load_run(b"".join(encoded), ends, None, 0, "counts", np.dtype(dtype), counts), values)
    for b, block in enumerate(encoded):
        assert np.array_equal(decode_checked(block, b, "counts", np.dtype(dtype), counts[b]),
                              values[b * per:(b + 1) * per])


def test_ones_take_nothing_after_the_last_other_count_and_a_byte_each_other_count_before():
    ones = np.ones(1000, dtype=np.uint8)
    twos_then_ones = ones.copy()
    twos_then_ones[[0, 40, 41]] = 2

    assert encode_blocks(ones, "counts", 1000)[0] == [bytes([RUNS])]
    # 2 with no ones before it; 39 ones and 2 (a long run of 31, then 8 and the count); 2 again.
    assert len(encode_blocks(twos_then_ones, "counts", 1000)[0][0]) == 1 + 1 + 2 + 1
    for values in (ones, twos_then_ones):
        encoded, ends, counts, _ = _blocks(values, 1000)
        assert np.array_equal(load_run(encoded[0], ends, None, 0, "counts", np.dtype(np.uint8), counts), values)


def test_a_frequent_words_large_counts_are_kept_plain_where_that_is_smaller():
    values = np.random.default_rng(7).integers(2, 60, 2000).astype(np.uint8)
    values[:1000] = 1
    encoded, ends, counts, _ = _blocks(values, 1000)

    assert [block[0] for block in encoded] == [RUNS, PLAIN]
    assert np.array_equal(load_run(b"".join(encoded), ends, None, 0, "counts", np.dtype(np.uint8), counts), values)


@pytest.mark.parametrize("lie", [
    bytes([RUNS, 7]),                      # a count promised in two more bytes that are not there
    bytes([RUNS, 7, 0x2C]),                # ... or in one of them only
    bytes([RUNS]) + bytes([31 << 3]) * 4,  # more ones than the block holds
    bytes([RUNS, (31 << 3) | 1]),          # a long run that also claims a count
    bytes([RUNS, 7, 0x2C, 0x01]),          # 300: wider than the counts' one byte
    bytes([RUNS]) + bytes([0]) * 101,      # more counts than the block holds
])
def test_a_counts_block_whose_bytes_lie_is_refused_not_misread(lie):
    with pytest.raises(ValueError, match="blok 3 kan ikke pakkes ud"):
        decode_checked(lie, 3, "counts", np.dtype(np.uint8), 100)
    with pytest.raises(ValueError, match="blok 3 kan ikke pakkes ud"):
        load_run(lie, [len(lie)], None, 3, "counts", np.dtype(np.uint8), [100])


def test_a_counts_block_changed_after_loading_is_reported_as_damage(tmp_path):
    index = build_index(groenne_byer_chunks(400), default_analyzer())
    path = tmp_path / "index.bm25"
    save_index(index, path)
    loaded = load_index(path)
    counts = loaded.post_tfs
    data = bytearray(path.read_bytes())
    assert data[counts.base] == RUNS
    data[counts.base + 1] ^= 0x08
    path.write_bytes(bytes(data))

    with pytest.raises(IndexDamagedError, match="post_tfs: blok 0 er ændret"):
        loaded.top(terms(QUESTIONS[0]), 10)


def test_the_chunk_lengths_take_two_bytes_and_a_passage_longer_than_that_keeps_its_length(tmp_path):
    index = build_index(groenne_byer_chunks(50), default_analyzer())
    path = tmp_path / "index.bm25"
    save_index(index, path)
    assert _header(path)[0]["arrays"]["doc_len"]["dtype"] in ("<u2", "uint16")
    assert np.array_equal(load_index(path).doc_len, index.doc_len)

    index.doc_len[7] = 70_000
    save_index(index, path)

    assert int(load_index(path).doc_len[7]) == 70_000


def test_an_index_file_of_format_5_from_the_previous_release_still_loads_with_the_same_answers(
        tmp_path, monkeypatch):
    index = build_index(groenne_byer_chunks(400), default_analyzer())
    path = tmp_path / "index.bm25"
    # As the previous release wrote it: counts deflated, chunk lengths in four bytes.
    with monkeypatch.context() as old:
        old.setattr(block_codecs, "_encode_counts", lambda part: bytes([DEFLATED]) + zlib.compress(part.tobytes()))
        old.setattr("assistant.index.storage._narrowest", lambda lengths: np.asarray(lengths, dtype=np.int32))
        save_index(index, path)
    _rewrite_header(path, lambda header: header.update(format_version=5))
    assert INDEX_FORMAT_VERSION == 6

    loaded = load_index(path)

    assert path.read_bytes()[loaded.post_tfs.base] == DEFLATED  # the old form is what is read here
    for question in QUESTIONS:
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
