"""A frequent word's postings are stored as a bit per passage and, beside rarer words, looked up only
for the passages that can still win, without unpacking them: same passages, order and scores as
scoring every passage, and a block changed on disk is refused before it is used.

The passages are invented: meeting notes of the fictional association "Foreningen Grønne Byer".
"""
from __future__ import annotations

import numpy as np
import pytest

from assistant.index import blocks, topk
from assistant.index.block_codecs import DENSE, PLAIN, load_run
from assistant.index.blocks import IndexDamagedError, encode_blocks
from assistant.index.bm25 import build_index
from assistant.index.storage import load_index, save_index
from tests.index.test_topk import Words, _notes, _queries, _reference

FREQUENT = "regnvand"  # in 45 % of the notes: frequent, but still a positive idf


@pytest.fixture
def saved(tmp_path, monkeypatch):
    # Postings in blocks of 64 chunk ids, so the frequent word spans dozens of them; pruning on.
    monkeypatch.setattr(blocks, "POSTING_BLOCK_BYTES", 256)
    monkeypatch.setattr(topk, "PRUNE_FROM_CHUNKS", 0)
    monkeypatch.setattr(topk, "FEW_POSTINGS", 0)
    index = build_index(_notes(3000, seed=16), Words())
    path = tmp_path / "index.bm25"
    save_index(index, path)
    return index, path


def _block_forms(array) -> list[int]:
    """The form byte of every block of a loaded blocked array, read from the file."""
    starts = [0] + array.ends[:-1].tolist()
    return [array.source.read(array.base + int(start), 1)[0] for start in starts]


def _term_blocks(index, term: str) -> range:
    t = index.term_ids[term]
    start, end = index.offsets[t:t + 2].tolist()
    per = index.post_docs.block_items
    return range(start // per, (end - 1) // per + 1)


def _rare_words(index) -> list[str]:
    return [w for w in index.vocabulary if w.startswith("sjældent") and 0 < index.doc_freq(w) < 200]


def test_a_frequent_words_passages_are_stored_as_bits_and_read_back_the_same(saved):
    index, path = saved
    loaded = load_index(path, Words())

    forms = _block_forms(loaded.post_docs)

    assert {forms[b] for b in _term_blocks(loaded, FREQUENT)[1:-1]} == {DENSE}
    assert np.array_equal(np.asarray(loaded.post_docs), index.post_docs)
    assert np.array_equal(np.asarray(loaded.post_tfs), index.post_tfs)


def test_a_frequent_word_beside_a_rare_one_is_looked_up_without_unpacking_its_passages(saved):
    index, path = saved
    loaded = load_index(path, Words())
    rare = _rare_words(index)[0]

    top = loaded.top([rare, FREQUENT], 10)

    assert top == _reference(index, [rare, FREQUENT], 10)
    frequent = _term_blocks(loaded, FREQUENT)
    unpacked = [b for b in frequent if loaded.post_docs._loaded[b]]
    assert len(unpacked) <= 2, "only the blocks it shares with other words, never its dense ones"


def test_questions_on_a_loaded_index_rank_like_scoring_every_passage_first_time_and_again(saved):
    index, path = saved
    loaded = load_index(path, Words())
    rare = _rare_words(index)
    questions = _queries(seed=3, n=120) + [[w, FREQUENT] for w in rare] + [[FREQUENT, w, "byhave"] for w in rare]
    for _ in range(2):  # the second time the checked bits are reused
        for terms in questions:
            assert loaded.top(terms, 10) == _reference(index, terms, 10), terms


def test_weighted_questions_with_a_frequent_word_rank_like_scoring_every_passage(saved):
    index, path = saved
    loaded = load_index(path, Words())
    for n, rare in enumerate(_rare_words(index)):
        weights = [1.0, 0.25 * (1 + n % 4)]
        assert loaded.top([rare, FREQUENT], 10, weights) == _reference(index, [rare, FREQUENT], 10, weights)


def test_a_frequent_words_blocks_changed_after_loading_are_refused_before_use_every_time(saved):
    index, path = saved
    loaded = load_index(path, Words())
    array = loaded.post_docs
    dense = [b for b in _term_blocks(loaded, FREQUENT) if _block_forms(array)[b] == DENSE]
    at = array.base + int(array.ends[dense[3] - 1]) + 5
    data = bytearray(path.read_bytes())
    data[at] ^= 0x40
    path.write_bytes(bytes(data))

    for _ in range(2):
        with pytest.raises(IndexDamagedError, match=f"er ændret, efter den blev indlæst: post_docs: blok {dense[3]}"):
            loaded.top([_rare_words(index)[0], FREQUENT], 10)


def test_a_run_of_dense_and_narrow_blocks_decodes_to_what_block_by_block_gives():
    rng = np.random.default_rng(4)
    # A frequent word (every other chunk), rare words around it, then one in 3 of 600 chunks.
    values = np.concatenate([np.sort(rng.choice(5000, 40, replace=False)), np.arange(7, 4000, 2),
                             np.sort(rng.choice(90_000, 300, replace=False)), np.arange(1, 600, 3)]).astype(np.int32)
    encoded, per = encode_blocks(values, "delta-narrow", 256)
    assert DENSE in {block[0] for block in encoded} and {1, 2} & {block[0] for block in encoded}
    ends = np.cumsum([len(b) for b in encoded]).tolist()
    counts = [min(per, len(values) - b * per) for b in range(len(encoded))]

    run = load_run(b"".join(encoded), ends, None, 0, "delta-narrow", np.dtype(np.int32), counts)

    assert np.array_equal(run, values)


def test_counts_that_barely_compress_are_kept_plain_and_the_others_deflated():
    rng = np.random.default_rng(5)
    values = np.concatenate([np.ones(3000, dtype=np.uint8), rng.integers(1, 30, 3000).astype(np.uint8)])
    encoded, per = encode_blocks(values, "counts", 1000)
    ends = np.cumsum([len(b) for b in encoded]).tolist()
    counts = [min(per, len(values) - b * per) for b in range(len(encoded))]

    assert [block[0] == PLAIN for block in encoded] == [False] * 3 + [True] * 3
    assert np.array_equal(load_run(b"".join(encoded), ends, None, 0, "counts", np.dtype(np.uint8), counts), values)


def test_a_frequent_words_counts_are_read_for_the_candidates_without_keeping_its_blocks(saved):
    index, path = saved
    loaded = load_index(path, Words())
    rare = _rare_words(index)[:3]
    counts = loaded.post_tfs
    t = loaded.term_ids[FREQUENT]
    per = counts.block_items
    start, end = loaded.offsets[t:t + 2].tolist()

    for word in rare:
        assert loaded.top([word, FREQUENT], 10) == _reference(index, [word, FREQUENT], 10)

    inner = range(start // per + 1, (end - 1) // per)
    assert len(inner) >= 3 and not any(counts._loaded[b] for b in inner), "read, checked, not kept"


def test_a_frequent_words_counts_changed_after_loading_are_refused_every_time(saved):
    index, path = saved
    loaded = load_index(path, Words())
    counts = loaded.post_tfs
    t = loaded.term_ids[FREQUENT]
    start, end = loaded.offsets[t:t + 2].tolist()
    middle = (start + end) // 2 // counts.block_items
    data = bytearray(path.read_bytes())
    data[counts.base + int(counts.ends[middle - 1]) + 3] ^= 0x04
    path.write_bytes(bytes(data))

    for _ in range(2):
        with pytest.raises(IndexDamagedError, match=f"er ændret, efter den blev indlæst: post_tfs: blok {middle}"):
            loaded.top([_rare_words(index)[0], FREQUENT], 10)
