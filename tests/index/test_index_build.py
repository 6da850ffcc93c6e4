"""A build reads passages one at a time into compact buffers and writes its file array by array:
the postings equal counting every passage's terms by hand, and the file reads back exactly."""
from __future__ import annotations

import json
import random
from collections import Counter

import numpy as np
import pytest

from assistant.documents import Chunk, StatuteRecord, atomic_output
from assistant.index import occurrences
from assistant.index.bm25 import build_index, chunk_terms
from assistant.index.file_format import checksum, encode_index_file, read_index_file
from assistant.index.storage import _file_parts, load_index, publish_index, save_index
from assistant.language.analysis import default_analyzer
from tests.support.words import Words

WORDS = ("grønne byer cykelstier træer parker haver foreningen medlemmer bestyrelsen kontingent "
         "generalforsamlingen vedtægterne og i på er det at som for til med skal kan hvornår "
         "plantede plantet plantning bænke_og_borde 2.000 kr § 5 stk. 2 café naïve Å å").split()


def groenne_byer_chunks(n: int = 240, seed: int = 16) -> list[Chunk]:
    """Passages of the fictional Foreningen Grønne Byer: pages of sections, headings that repeat."""
    rng = random.Random(seed)
    chunks = []
    for i in range(n):
        page, section = i // 6, i % 6
        title = f"Grønne Byer side {page}"
        chunks.append(Chunk(
            doc_url=f"https://groenne-byer.example/side-{page}/", title=title,
            heading=title if section == 0 else f"Afsnit {section % 3} om træer",
            anchor=f"a{section}", url=f"https://groenne-byer.example/side-{page}/#a{section}",
            text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60)))))
    return chunks


def postings_by_hand(chunks: list[Chunk], analyzer) -> dict[str, list[tuple[int, int]]]:
    """Term -> [(passage, count)], counted passage by passage."""
    postings: dict[str, list[tuple[int, int]]] = {}
    for i, chunk in enumerate(chunks):
        for term, count in Counter(chunk_terms(chunk, analyzer)).items():
            postings.setdefault(term, []).append((i, count))
    return postings


def postings_of(index) -> dict[str, list[tuple[int, int]]]:
    return {term: list(zip(index.post_docs[index.offsets[t]:index.offsets[t + 1]].tolist(),
                           index.post_tfs[index.offsets[t]:index.offsets[t + 1]].tolist()))
            for t, term in enumerate(index.vocabulary)}


def same_index(a, b) -> bool:
    arrays = ("offsets", "post_docs", "post_tfs", "idf", "doc_len", "chunk_blob", "chunk_offsets")
    # A loaded index reads its tables lazily (lazy_tables.py, blocks.py): compare what they hold.
    def table(index, name):
        return np.asarray(getattr(index, name))
    return tuple(a.vocabulary) == tuple(b.vocabulary) and list(a.documents) == list(b.documents) and all(
        table(a, n).dtype == table(b, n).dtype and np.array_equal(table(a, n), table(b, n))
        for n in arrays)




@pytest.mark.parametrize("analyzer", [default_analyzer(), Words()])
def test_every_term_lists_each_passage_that_holds_it_with_its_count(analyzer):
    chunks = groenne_byer_chunks()
    index = build_index(chunks, analyzer)
    assert postings_of(index) == postings_by_hand(chunks, analyzer)
    assert index.doc_len.tolist() == [len(chunk_terms(c, analyzer)) for c in chunks]
    assert [index.chunk(i).text for i in range(len(chunks))] == [c.text for c in chunks]


def test_a_build_that_forgets_its_word_memo_midway_indexes_the_same(monkeypatch):
    chunks = groenne_byer_chunks()
    expected = build_index(chunks, default_analyzer())
    monkeypatch.setattr(occurrences, "WORD_MEMO_SIZE", 4)
    assert same_index(build_index(chunks, default_analyzer()), expected)


def many_word_chunks(n: int = 700, seed: int = 16) -> list[Chunk]:
    """Passages of Foreningen Grønne Byer with thousands of distinct words: compounds up to 40
    letters, numbers, stopwords, and now and then a reference, a word outside ASCII or a symbol."""
    rng = random.Random(seed)
    parts = ["grøn", "by", "træ", "park", "cykel", "sti", "plan", "forening", "medlem", "møde", "havn",
             "skov", "bænk", "lys", "vej", "kommune", "vækst", "udvalg", "sag", "år"]
    words = ["".join(rng.choices(parts, k=rng.randint(1, 8))) for _ in range(4000)]
    odd = ["§ 5", "stk. 2", "2.000", "naïve", "straße", "50 €", "Αθήνα", "»citat«", "x_y", "og", "i", "2026"]
    return [Chunk(doc_url=f"https://groenne-byer.example/side-{i // 4}/", title=f"Side {i // 4}", heading="",
                  anchor="", url=f"https://groenne-byer.example/side-{i // 4}/",
                  text=" ".join(rng.choice(odd) if rng.random() < 0.01 else rng.choice(words).capitalize()
                                if rng.random() < 0.1 else rng.choice(words) for _ in range(rng.randint(0, 80))))
            for i in range(n)]


@pytest.mark.parametrize("memo", ["kept", "forgotten midway"])
def test_thousands_of_distinct_and_very_long_words_get_the_analysers_terms(memo, monkeypatch):
    chunks = many_word_chunks()
    if memo != "kept":
        monkeypatch.setattr(occurrences, "WORD_MEMO_SIZE", 500)
    analyzer = default_analyzer()
    index = build_index(chunks, analyzer)
    assert postings_of(index) == postings_by_hand(chunks, default_analyzer())
    assert max(map(len, index.vocabulary)) > 24  # some words too long for the table were indexed too


def test_each_passage_is_stored_as_the_json_of_its_fields():
    statute = StatuteRecord(title="Kontingent", stks=(("1", 0, 10), ("2", 11, 20)), adopted="12. marts 2019")
    chunks = [Chunk(doc_url="https://groenne-byer.example/", title="Vedtægter", heading=heading, anchor=anchor,
                    text=text, url="https://groenne-byer.example/" + (f"#{anchor}" if anchor else ""),
                    paragraph=paragraph, stk=stk, page=page,
                    statute=record)
              for heading, anchor, text, paragraph, stk, page, record in [
                  ("Om \"Grønne Byer\"", "om", "Træer\tog\nbænke \\ 50 € – 🌳 \u2028\x00", "", "", None, None),
                  ("", "", "", "", "", None, None),
                  ("§ 5", "p5", "Kontingentet er 2.000 kr.", "5", "2", 3, statute),
                  ("Side", "s", "Om byens parker", "", "", 12, None),
              ]]
    index = build_index(chunks, default_analyzer())
    blob = np.asarray(index.chunk_blob).tobytes()
    for i, chunk in enumerate(chunks):
        record = {"d": 0, **{key: getattr(chunk, key) for key in ("heading", "anchor", "text", "paragraph", "stk",
                                                                   "page") if getattr(chunk, key)}}
        if chunk.statute:
            record["extra"] = chunk.statute.to_record()
        expected = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        assert blob[index.chunk_offsets[i]:index.chunk_offsets[i + 1]] == expected
        assert index.chunk(i) == chunk


def test_postings_compacted_a_few_at_a_time_are_the_same(monkeypatch):
    chunks = groenne_byer_chunks()
    expected = build_index(chunks, default_analyzer())
    monkeypatch.setattr(occurrences, "COMPACT_BLOCK", 3)
    assert same_index(build_index(chunks, default_analyzer()), expected)


def test_passages_without_a_single_term_count_as_empty():
    chunks = [Chunk(doc_url="https://groenne-byer.example/", title="og", heading="", anchor="", text=text,
                    url="https://groenne-byer.example/") for text in ("", "og i på", "træer og parker")]
    index = build_index(chunks, default_analyzer())
    assert index.doc_len.tolist() == [0, 0, 2]
    assert postings_of(index) == {term: [(2, 1)] for term in default_analyzer().document_terms("træer parker")}


def test_the_file_written_array_by_array_equals_the_file_encoded_in_memory(tmp_path):
    index = build_index(groenne_byer_chunks(), default_analyzer())
    path = tmp_path / "index.bm25"
    save_index(index, path)
    assert path.read_bytes() == encode_index_file(*_file_parts(index))
    arrays = read_index_file(path)[1]
    assert np.array_equal(arrays["post_docs"], index.post_docs)
    assert np.array_equal(arrays["chunk_blob"], index.chunk_blob)
    assert same_index(load_index(path), index)


def test_a_published_version_is_named_and_listed_by_its_whole_file(tmp_path):
    index = build_index(groenne_byer_chunks(), default_analyzer())
    version = publish_index(index, tmp_path / "index.bm25", keep_seconds=3600)
    data = version.read_bytes()
    assert data == encode_index_file(*_file_parts(index))
    assert version.name.endswith(f"-{checksum(data):016x}.bm25")
    assert same_index(load_index(tmp_path / "index.bm25"), index)


def test_a_write_that_fails_halfway_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "index.bm25"
    save_index(build_index(groenne_byer_chunks(), default_analyzer()), path)
    before = path.read_bytes()
    with pytest.raises(OSError, match="disken er fuld"):
        with atomic_output(path) as f:
            f.write(before[:1000])
            raise OSError("disken er fuld")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["index.bm25"]
