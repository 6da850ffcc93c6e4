"""The index scores exactly like rank_bm25, survives a save/load, and refuses broken files clearly."""
from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from assistant.documents import Chunk, StatuteRecord, read_corpus
from assistant.errors import IndexFormatError
from assistant.index.bm25 import EPSILON, K1, B, build_index, chunk_terms
from assistant.index.build import build_corpus_index
from assistant.index.chunking import chunk_document
from assistant.index.file_format import MAGIC_BLOCKED, checksum, read_index_file, write_index_file
from assistant.index.storage import load_index, save_index
from assistant.language.analysis import Analyzer, default_analyzer
from tests.support.corpus import BUNDLED_CORPUS

SEED_TEXT_QUESTIONS = [
    "Hvornår blev Balance Danmark stiftet?",
    "hvem er medlemmerne",
    "vision vision decentralt",          # a repeated term counts twice, as in rank_bm25
    "Danmark Danmark balance",           # terms in (almost) every passage: rank_bm25's epsilon idf
    "ukendt ord som ingen tekst har",
    "§ 5 stk. 2",
]


def _bundled_chunks():
    return [c for doc in read_corpus(BUNDLED_CORPUS) for c in chunk_document(doc)]


def _sentence_chunks():
    """A bigger real corpus: every sentence of the Om page as its own passage."""
    from dataclasses import replace

    from assistant.index.chunking import split_sentences

    return [replace(c, text=s) for c in _bundled_chunks() for s in split_sentences(c.text)]


@pytest.mark.parametrize("make_chunks", [_bundled_chunks, _sentence_chunks])
def test_scores_equal_rank_bm25_on_the_real_corpus(make_chunks):
    analyzer = default_analyzer()
    chunks = make_chunks()
    index = build_index(chunks, analyzer)
    reference = BM25Okapi([chunk_terms(c, analyzer) for c in chunks], k1=K1, b=B, epsilon=EPSILON)
    questions = SEED_TEXT_QUESTIONS + [" ".join(index.vocabulary[i::7]) for i in range(7)]
    for question in questions:
        terms = analyzer.query_terms(question)
        ours = index.scores(terms)
        theirs = reference.get_scores(terms)
        assert np.allclose(ours, theirs, rtol=0, atol=1e-9), question
    # Every single vocabulary term, too: this exercises each idf value, negative ones included.
    for term in index.vocabulary:
        assert np.allclose(index.scores([term]), reference.get_scores([term]), rtol=0, atol=1e-9)


def test_scores_survive_save_and_load(tmp_path):
    analyzer = default_analyzer()
    chunks = _sentence_chunks()
    built = build_index(chunks, analyzer)
    save_index(built, tmp_path / "index.bm25")
    loaded = load_index(tmp_path / "index.bm25", analyzer)
    terms = analyzer.query_terms("Hvornår skiftede Danmark på Vippen navn?")
    assert np.array_equal(built.scores(terms), loaded.scores(terms))
    assert [loaded.chunk(i) for i in range(loaded.n_chunks)] == [
        built.chunk(i) for i in range(built.n_chunks)]
    assert loaded.chunk(0).url == "https://balance-danmark.dk/om/"


def test_top_returns_best_first_and_only_matching_passages():
    index = build_index(_sentence_chunks(), default_analyzer())
    terms = default_analyzer().query_terms("Danmark på Vippen")
    top = index.top(terms, 5)
    scores = index.scores(terms)
    assert [s for _, s in top] == sorted((s for _, s in top), reverse=True)
    assert top[0][1] == pytest.approx(float(scores.max()))
    assert index.top(["ordsomikkefindes"], 5) == []
    assert index.top(terms, 0) == []


def test_an_empty_corpus_builds_an_empty_index_that_answers_nothing(tmp_path):
    (tmp_path / "corpus").mkdir()
    index, n_docs = build_corpus_index(tmp_path / "corpus")
    assert (n_docs, index.n_chunks) == (0, 0)
    assert index.top(["balanc"], 3) == []


@pytest.fixture
def saved_index(tmp_path) -> Path:
    path = tmp_path / "index.bm25"
    save_index(build_corpus_index(BUNDLED_CORPUS)[0], path)
    return path


def _rewrite_header(path: Path, **changes) -> None:
    header, arrays = read_index_file(path)
    header.pop("arrays")
    header.update(changes)
    write_index_file(path, header, {name: np.array(a) for name, a in arrays.items()})


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garble(path: Path) -> None:
    path.write_bytes(b"this is not an index" * 100)


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF  # in the header: checked at load (blocks are checked on first use)
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _older_version(path: Path) -> None:
    _rewrite_header(path, format_version=0)


def _foreign_magic(path: Path) -> None:
    _rewrite_header(path, magic="something-else")


def _numpy_file(path: Path) -> None:
    with open(path, "wb") as f:
        np.savez(f, data=np.arange(3))


def _other_analyzer(path: Path) -> None:
    header, _ = read_index_file(path)
    _rewrite_header(path, meta={**header["meta"], "analyzer": Analyzer(stem=False).signature()})


def _missing_part(path: Path) -> None:
    header, arrays = read_index_file(path)
    header.pop("arrays")
    write_index_file(path, header, {n: np.array(a) for n, a in arrays.items() if n != "idf"})


def _object_dtype(path: Path) -> None:
    # An object array could only be read with pickle; the reader must refuse it, not execute it.
    # The header's checksum is made to match, as someone crafting such a file would.
    data = bytearray(path.read_bytes())
    fields = len(MAGIC_BLOCKED)
    head_len = struct.unpack("<Q", data[fields:fields + 8])[0]
    head = bytes(data[fields + 16:fields + 16 + head_len]).replace(b'"dtype": "<f8"', b'"dtype": "|O8"', 1)
    data[fields + 8:fields + 16 + head_len] = struct.pack("<Q", checksum(head)) + head
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage, problem", [
    (_truncate, "afkortet"),
    (_garble, "ikke en indeksfil"),
    (_empty, "ikke en indeksfil"),
    (_flip_a_byte, "kontrolsum"),
    (_older_version, "formatversion 0"),
    (_foreign_magic, "ikke en indeksfil"),
    (_numpy_file, "ikke en indeksfil"),
    (_other_analyzer, "anden version af sprogbehandlingen"),
    (_missing_part, "en del mangler"),
    (_object_dtype, "ukendt datatype"),
])
def test_a_broken_index_file_is_refused_with_the_file_and_the_fix(saved_index, damage, problem):
    damage(saved_index)
    with pytest.raises(IndexFormatError) as err:
        load_index(saved_index, default_analyzer())
    message = err.value.message
    assert str(saved_index) in message
    assert problem in message
    assert "python indexer.py build" in message
    assert err.value.status == 503


def test_a_missing_index_file_says_how_to_build_it(tmp_path):
    with pytest.raises(IndexFormatError) as err:
        load_index(tmp_path / "nowhere.bm25")
    assert "findes ikke" in err.value.message and "python indexer.py build" in err.value.message


def test_saving_replaces_the_file_atomically_and_leaves_no_temporary_files(saved_index):
    before = saved_index.read_bytes()
    index = load_index(saved_index)
    save_index(index, saved_index)
    assert load_index(saved_index).n_chunks == index.n_chunks
    assert [p.name for p in saved_index.parent.iterdir() if not p.name.endswith(".lock")] == [
        saved_index.name]
    assert len(before) == len(saved_index.read_bytes())


def test_a_statute_chunk_keeps_its_typed_record_through_the_index_file(tmp_path):
    statute = StatuteRecord(title="Kontingent", stks=(("1", 4, 30), ("2", 38, 70)),
                            adopted="12. marts 2019", amended="4. maj 2023")
    chunks = [Chunk(doc_url="https://groenne-byer.example/vedtaegter/", title="Vedtægter",
                    heading="§ 5. Kontingent", anchor="p5", text="Stk. 1 Kontingentet fastsættes årligt.",
                    url="https://groenne-byer.example/vedtaegter/#p5", paragraph="5", statute=statute),
              Chunk(doc_url="https://groenne-byer.example/om/", title="Om os", heading="Om os", anchor="",
                    text="Foreningen arbejder for grønne byer.", url="https://groenne-byer.example/om/")]
    save_index(build_index(chunks, default_analyzer()), tmp_path / "index.bm25")
    loaded = load_index(tmp_path / "index.bm25")
    assert loaded.chunk(0).statute == statute and loaded.chunk(0).paragraph_title == "Kontingent"
    assert loaded.chunk(1).statute is None and loaded.chunk(1).paragraph_title == ""


def test_an_index_file_of_the_previous_format_still_loads_with_the_same_scores(tmp_path):
    """Format 1 stored float64 weights; its counts are solved back, so nobody must rebuild first."""
    index = build_corpus_index(BUNDLED_CORPUS)[0]
    old_weights = np.concatenate([index.term_weights(t) for t in range(len(index.vocabulary))])
    path = tmp_path / "index.bm25"
    write_index_file(path, {"magic": "balance-assistenten-bm25", "format_version": 1, "meta": index.meta,
                            "documents": index.documents}, {
        "vocabulary": np.frombuffer("\n".join(index.vocabulary).encode("utf-8"), dtype=np.uint8),
        "offsets": index.offsets, "post_docs": index.post_docs, "post_weights": old_weights,
        "idf": index.idf, "doc_len": index.doc_len, "chunk_blob": index.chunk_blob,
        "chunk_offsets": index.chunk_offsets})

    loaded = load_index(path)

    assert np.array_equal(loaded.post_tfs, index.post_tfs)
    for question in ("Hvornår blev Balance Danmark stiftet?", "Hvem kan blive medlem?"):
        terms = default_analyzer().query_terms(question)
        assert np.array_equal(loaded.scores(terms), index.scores(terms))


def test_a_word_repeated_hundreds_of_times_in_one_passage_keeps_its_exact_count(tmp_path):
    chunks = [Chunk(doc_url="https://groenne-byer.example/", title="Grønne Byer", heading="",
                    url=f"https://groenne-byer.example/#{i}",
                    anchor=str(i), text=text)
              for i, text in enumerate(["grønne " * 300 + "byer", "grønne byer i Danmark", "om foreningen"])]
    analyzer = default_analyzer()
    index = build_index(chunks, analyzer)
    save_index(index, tmp_path / "index.bm25")
    loaded = load_index(tmp_path / "index.bm25")
    reference = BM25Okapi([chunk_terms(c, analyzer) for c in chunks], k1=K1, b=B, epsilon=EPSILON)
    terms = analyzer.query_terms("grønne byer")
    assert np.asarray(loaded.post_tfs).max() > 255
    assert np.allclose(loaded.scores(terms), reference.get_scores(terms), rtol=0, atol=1e-9)
