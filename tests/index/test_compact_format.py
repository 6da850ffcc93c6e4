"""Format 5 takes less disk: the passages' text is deflated in small blocks with a dictionary of its
own common words, and postings gaps of a few hundred to a few thousand take twelve bits. What is
read back is exactly what was written; a damaged dictionary or block is refused with a Danish
error; a file of format 4 from the previous release still loads with the same answers.

The passages are those of the fictional association "Foreningen Grønne Byer".
"""
from __future__ import annotations

import json
import struct

import numpy as np
import pytest

from assistant.errors import IndexFormatError
from assistant.index import block_codecs, blocks, file_format
from assistant.index.block_codecs import decode_checked, load_run, train_dictionary
from assistant.index.blocks import encode_blocks
from assistant.index.bm25 import INDEX_FORMAT_VERSION, build_index
from assistant.index.file_format import ALIGN, MAGIC_BLOCKED, checksum
from assistant.index.narrow_gaps import TWELVE_BITS
from assistant.index.storage import load_index, save_index
from assistant.language.analysis import default_analyzer
from tests.index.test_index_blocks import QUESTIONS, groenne_byer_chunks, terms

# The codecs a reader of format 4 knows: a format-5 file must name no other, so that such a
# reader gets as far as the format version and refuses the file for it.
FORMAT_4_CODECS = {"raw", "zlib", "delta-zlib", "delta-narrow", "counts"}



def _header(path) -> tuple[dict, int, int]:
    """A container-2 file's header, where its JSON starts and where its arrays start."""
    data = path.read_bytes()
    head_len = struct.unpack_from("<Q", data, len(MAGIC_BLOCKED))[0]
    at = len(MAGIC_BLOCKED) + 16
    return json.loads(data[at:at + head_len]), at, -(-(at + head_len) // ALIGN) * ALIGN


def _rewrite_header(path, change) -> None:
    """Apply change(header) and write the header back in place, same length, with a fresh checksum
    (what someone editing the file by hand, or an older writer, would leave)."""
    data = bytearray(path.read_bytes())
    header, at, _ = _header(path)
    head_len = struct.unpack_from("<Q", data, len(MAGIC_BLOCKED))[0]
    change(header)
    head = json.dumps(header, ensure_ascii=False).encode("utf-8")
    assert len(head) <= head_len
    head += b" " * (head_len - len(head))
    data[at:at + head_len] = head
    struct.pack_into("<Q", data, len(MAGIC_BLOCKED) + 8, checksum(head))
    path.write_bytes(bytes(data))


def test_the_passages_are_deflated_with_a_dictionary_of_their_own_words_and_read_back_the_same(
        saved, tmp_path, monkeypatch):
    index, path = saved
    header, _, _ = _header(path)

    loaded = load_index(path)

    assert header["blocked"]["chunk_blob"].get("dictionary") is True
    assert "chunk_blob/dictionary" in header["arrays"]
    assert not header["blocked"]["vocabulary"].get("dictionary")
    assert [loaded.chunk(i) for i in range(index.n_chunks)] == [index.chunk(i) for i in range(index.n_chunks)]
    monkeypatch.setattr(file_format, "DICTIONARY_FROM_BLOCKS", 10 ** 9)
    save_index(index, tmp_path / "without.bm25")
    _, arrays = file_format.open_index_file(path)
    _, without = file_format.open_index_file(tmp_path / "without.bm25")
    assert int(arrays["chunk_blob"].ends[-1]) < int(without["chunk_blob"].ends[-1]) * 0.8


def test_the_dictionary_holds_the_texts_most_common_words_the_most_frequent_last():
    text = ("træer " * 100 + "Grønne Byer " * 30 + "regnvand. " * 5 + "én gang ").encode("utf-8")

    dictionary = train_dictionary(text)

    assert dictionary.endswith("træer ".encode())
    assert dictionary.index(b"regnvand. ") < dictionary.index(b"Byer ") and "én".encode() not in dictionary
    assert len(dictionary) <= block_codecs.DICTIONARY_BYTES
    assert train_dictionary(b"") == b""


def test_a_damaged_dictionary_is_refused_when_the_index_is_loaded(saved):
    _, path = saved
    header, _, start = _header(path)
    data = bytearray(path.read_bytes())
    data[start + header["arrays"]["chunk_blob/dictionary"]["offset"] + 5] ^= 0x20
    path.write_bytes(bytes(data))

    with pytest.raises(IndexFormatError, match="delen chunk_blob/dictionary er beskadiget .kontrolsum."):
        load_index(path)


def test_a_header_that_promises_a_dictionary_the_file_does_not_hold_is_refused(saved):
    _, path = saved
    _rewrite_header(path, lambda header: header["arrays"].pop("chunk_blob/dictionary"))

    with pytest.raises(IndexFormatError, match="delen chunk_blob er beskadiget"):
        load_index(path)


def test_text_deflated_with_a_dictionary_and_cut_short_is_refused_not_misread():
    text = np.frombuffer(("Grønne Byer planter træer i bydelen. " * 400).encode("utf-8"), dtype=np.uint8)
    dictionary = train_dictionary(text)
    encoded, per = encode_blocks(text, "zlib", 4096, zdict=dictionary)

    assert np.array_equal(decode_checked(encoded[0], 0, "zlib", np.dtype(np.uint8), per, dictionary), text[:per])
    with pytest.raises(ValueError, match="blok 0 kan ikke pakkes ud"):
        decode_checked(encoded[0][:-3], 0, "zlib", np.dtype(np.uint8), per, dictionary)
    with pytest.raises(ValueError, match="blok 0 kan ikke pakkes ud"):
        decode_checked(encoded[0], 0, "zlib", np.dtype(np.uint8), per)  # without its dictionary


def test_text_compressed_in_threads_is_byte_for_byte_what_one_thread_writes(monkeypatch):
    text = np.frombuffer(" ".join(f"Medlem {i} foreslog træer" for i in range(3000)).encode("utf-8"), dtype=np.uint8)
    dictionary = train_dictionary(text)
    monkeypatch.setattr(blocks, "ENCODE_THREADS", 4)
    threaded = encode_blocks(text, "zlib", 1024, zdict=dictionary)
    monkeypatch.setattr(blocks, "ENCODE_THREADS", 1)

    assert threaded == encode_blocks(text, "zlib", 1024, zdict=dictionary)


def test_gaps_of_hundreds_to_thousands_take_twelve_bits_and_read_back_the_same_in_runs_of_odd_blocks():
    rng = np.random.default_rng(12)
    # A word in about one passage of 500, a rare one with long gaps, then one in every other passage.
    values = np.concatenate([np.cumsum(rng.integers(200, 1500, 400)), np.sort(rng.choice(900_000, 100, replace=False)),
                             np.arange(3, 400, 2)]).astype(np.int32)
    # 63 values a block: odd, so a block's last pair of gaps holds a pad.
    encoded, per = encode_blocks(values, "delta-narrow", 4 * 63)
    ends = np.cumsum([len(b) for b in encoded]).tolist()
    counts = [min(per, len(values) - b * per) for b in range(len(encoded))]

    assert per == 63 and TWELVE_BITS in {block[0] for block in encoded}
    assert len(encoded[0]) < 2 * per  # twelve bits and a small header, not two bytes a gap
    assert np.array_equal(load_run(b"".join(encoded), ends, None, 0, "delta-narrow", np.dtype(np.int32), counts),
                          values)
    for b, block in enumerate(encoded):
        assert np.array_equal(decode_checked(block, b, "delta-narrow", np.dtype(np.int32), counts[b]),
                              values[b * per:(b + 1) * per])


def test_a_twelve_bit_block_cut_short_is_refused_not_misread():
    values = np.cumsum(np.full(64, 700)).astype(np.int32)
    encoded, per = encode_blocks(values, "delta-narrow", 4 * 64)
    assert encoded[0][0] == TWELVE_BITS

    with pytest.raises(ValueError, match="blok 0 kan ikke pakkes ud"):
        decode_checked(encoded[0][:-3], 0, "delta-narrow", np.dtype(np.int32), per)


def test_a_file_of_format_5_or_later_names_only_codecs_a_format_4_reader_knows(saved):
    _, path = saved
    header, _, _ = _header(path)

    assert header["format_version"] == INDEX_FORMAT_VERSION >= 5
    assert {entry["codec"] for entry in header["blocked"].values()} <= FORMAT_4_CODECS


def test_an_index_file_of_format_4_from_the_previous_release_still_loads_with_the_same_answers(
        tmp_path, monkeypatch):
    index = build_index(groenne_byer_chunks(400), default_analyzer())
    path = tmp_path / "index.bm25"
    # As the previous release wrote it: 64 KiB text blocks at zlib level 1 without a dictionary,
    # postings gaps in one or two bytes.
    with monkeypatch.context() as old:
        old.setattr(blocks, "BLOCK_BYTES", 64 * 1024)
        old.setattr(block_codecs, "ZLIB_LEVEL", 1)
        old.setattr(block_codecs, "NARROW_FORMS", (1, 2))
        old.setattr(file_format, "DICTIONARY_FROM_BLOCKS", 10 ** 9)
        save_index(index, path)
    _rewrite_header(path, lambda header: header.update(format_version=4))

    loaded = load_index(path)

    for question in QUESTIONS:
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
    assert [loaded.chunk(i) for i in (0, 7, 399)] == [index.chunk(i) for i in (0, 7, 399)]
