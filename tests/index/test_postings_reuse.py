"""A question asked again costs what it cost with plain arrays, and a term's first use decodes all its
blocks in one pass with the same values, checks and Danish errors as block by block.

The passages are invented: notes of the fictional association "Foreningen Grønne Byer".
"""
from __future__ import annotations

import re

import numpy as np
import pytest
import xxhash

from assistant.index import blocks, topk
from assistant.index.block_codecs import load_block, load_run
from assistant.index.blocks import IndexDamagedError, encode_blocks
from assistant.index.bm25 import build_index
from assistant.index.postings_cache import Postings, PostingsCache
from assistant.index.storage import load_index, save_index
from assistant.language.analysis import default_analyzer
from tests.index.test_index_blocks import blocked_region, groenne_byer_chunks, terms
from tests.index.test_topk import Words, _notes, _queries, _reference

QUESTION = "Hvad gør foreningen for bybier og regnvand?"


@pytest.fixture
def saved(tmp_path, monkeypatch):
    # Postings in blocks of 16 chunk ids, so every frequent term spans a run of many blocks.
    monkeypatch.setattr(blocks, "BLOCK_BYTES", 256)
    monkeypatch.setattr(blocks, "POSTING_BLOCK_BYTES", 64)
    index = build_index(groenne_byer_chunks(600), default_analyzer())
    path = tmp_path / "index.bm25"
    save_index(index, path)
    return index, path


class CountingReads:
    """Counts the preads a loaded index makes (its BlockSource.read)."""

    def __init__(self, source):
        self.calls, self._read = 0, source.read
        source.read = self

    def __call__(self, offset: int, size: int) -> bytes:
        self.calls += 1
        return self._read(offset, size)


def test_a_question_asked_again_reads_no_block_and_gets_the_same_answer(saved):
    _, path = saved
    loaded = load_index(path)
    first = loaded.top(terms(QUESTION), 10)
    reads = CountingReads(loaded.post_docs.source)

    again = loaded.top(terms(QUESTION), 10)

    assert again == first
    assert reads.calls == 0
    t = loaded.term_ids[terms(QUESTION)[-1]]
    assert loaded.postings(t) is loaded.postings(t), "found again by one lookup, not copied again"


def test_a_frequent_terms_many_blocks_are_read_with_one_pread_and_equal_the_built_postings(saved):
    index, path = saved
    loaded = load_index(path)
    t = max(range(len(index.vocabulary)), key=lambda t: index.doc_freq(index.vocabulary[t]))
    assert index.doc_freq(index.vocabulary[t]) > 5 * 16, "the term spans many blocks"
    loaded.offsets[t], loaded.idf[t]  # the small tables are not what this counts
    reads = CountingReads(loaded.post_docs.source)

    docs, tfs, idf = loaded.postings(t)

    assert reads.calls == 2, "one pread for the chunk ids, one for the counts"
    built = index.postings(t)
    assert np.array_equal(docs, built.docs) and np.array_equal(tfs, built.tfs) and idf == built.idf


@pytest.mark.parametrize("codec,dtype", [("delta-narrow", np.int32), ("zlib", np.uint8),
                                          ("delta-zlib", np.int64), ("raw", np.int32)])
def test_a_run_of_blocks_decodes_to_what_block_by_block_gives(codec, dtype):
    rng = np.random.default_rng(16)
    # Ascending runs that start over (a new term's chunk ids), with gaps wide enough for escapes.
    values = np.concatenate([np.sort(rng.choice(200_000, size=n, replace=False))
                             for n in (300, 5, 1200, 40)]).astype(dtype) if codec != "zlib" \
        else rng.integers(1, 9, size=1500).astype(dtype)
    encoded, per = encode_blocks(values, codec, 64)
    ends = np.cumsum([len(b) for b in encoded])
    digests = [xxhash.xxh3_64_intdigest(b) for b in encoded]
    counts = [min(per, len(values) - b * per) for b in range(len(encoded))]

    run = load_run(b"".join(encoded), ends.tolist(), digests, 0, codec, np.dtype(dtype), counts)

    one_by_one = [load_block(lambda at, size: b"".join(encoded)[at:at + size], 0, ends, None, b,
                             codec, np.dtype(dtype), counts[b]) for b in range(len(encoded))]
    assert np.array_equal(run, np.concatenate(one_by_one))
    assert np.array_equal(run, values)


@pytest.mark.parametrize("damage,problem", [
    (lambda data, at: data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:], "blok 2 er ændret (kontrolsum)"),
    (lambda data, at: data[:at], "afkortet"),
])
def test_a_damaged_block_in_a_run_is_named(damage, problem):
    values = np.arange(0, 3000, 3, dtype=np.int32)
    encoded, per = encode_blocks(values, "delta-narrow", 64)
    ends = np.cumsum([len(b) for b in encoded]).tolist()
    digests = [xxhash.xxh3_64_intdigest(b) for b in encoded]
    counts = [min(per, len(values) - b * per) for b in range(len(encoded))]
    data = damage(b"".join(encoded), ends[1] + 3)

    with pytest.raises(ValueError, match=re.escape(problem)):
        load_run(data, ends, digests, 0, "delta-narrow", np.dtype(np.int32), counts)


def test_a_run_whose_block_checks_out_but_does_not_decode_names_that_block():
    encoded, per = encode_blocks(np.arange(200, dtype=np.int64), "delta-zlib", 64)
    encoded[3] = b"not deflate"
    ends = np.cumsum([len(b) for b in encoded]).tolist()
    counts = [min(per, 200 - b * per) for b in range(len(encoded))]

    with pytest.raises(ValueError, match="blok 3 kan ikke pakkes ud"):
        load_run(b"".join(encoded), ends, None, 0, "delta-zlib", np.dtype(np.int64), counts)


def test_postings_changed_on_disk_before_their_first_use_are_refused_with_a_danish_error_every_time(saved):
    _, path = saved
    loaded = load_index(path)
    start, size = blocked_region(path, "post_docs")
    data = bytearray(path.read_bytes())
    for at in range(start, start + size, 7):
        data[at] ^= 0x55
    path.write_bytes(bytes(data))

    for _ in range(2):  # nothing of the damaged run counts as read: asked again, refused again
        with pytest.raises(IndexDamagedError, match="er ændret, efter den blev indlæst"):
            loaded.top(terms(QUESTION), 10)
    assert loaded.post_docs.loaded_blocks() == 0


def test_the_postings_cache_stays_within_its_byte_budget_dropping_the_oldest_terms_first():
    cache = PostingsCache(budget_bytes=1000)
    for t in range(10):
        cache.put(t, Postings(np.zeros(50, np.int32), np.zeros(50, np.uint8), 1.0))  # 250 bytes each

    assert cache.nbytes <= 1000 and len(cache) == 4
    assert [t for t in range(10) if cache.get(t) is not None] == [6, 7, 8, 9]
    too_big = Postings(np.zeros(400, np.int32), np.zeros(400, np.uint8), 1.0)
    assert cache.put(99, too_big) is too_big and cache.get(99) is None, "a term larger than the budget is not kept"


def test_answers_stay_exact_when_the_cache_holds_only_a_few_terms(monkeypatch):
    monkeypatch.setattr(topk, "PRUNE_FROM_CHUNKS", 0)
    index = build_index(_notes(2000, seed=16), Words())
    index.postings_cache = PostingsCache(budget_bytes=4000)
    for query in _queries(seed=4, n=60) * 2:
        assert index.top(query, 10) == _reference(index, query, 10)
    assert index.postings_cache.nbytes <= 4000
