"""Loading reads only the header and the small tables; postings and passages are read, checked and
kept on first use. A file changed after loading is noticed when a question needs the changed part,
and its bytes are never served."""
from __future__ import annotations

import json
import os
import struct

import numpy as np
import pytest
import xxhash

from assistant.documents import Chunk
from assistant.index import bounded_blocks
from assistant.index.blocks import IndexDamagedError
from assistant.index.bm25 import build_index
from assistant.index.file_format import ALIGN, MAGIC, MAGIC_BLOCKED
from assistant.index.storage import load_index, save_index
from assistant.language.analysis import default_analyzer

TOPICS = ["cykelstier", "træer", "grønne tage", "regnvand", "bybier", "delebiler", "solceller",
          "byhaver", "legepladser", "affald"]
QUESTIONS = ["Hvad gør foreningen for bybier?", "regnvand på grønne tage", "delebiler og cykelstier",
             "Hvem planter træer i byhaver?"]


def groenne_byer_chunks(n: int) -> list[Chunk]:
    """n passages of the fictional association Foreningen Grønne Byer, about its ten topics."""
    chunks = []
    for i in range(n):
        topic, other = TOPICS[i % len(TOPICS)], TOPICS[(i * 7 + 3) % len(TOPICS)]
        url = f"https://groenne-byer.example/{topic.replace(' ', '-')}/"
        chunks.append(Chunk(doc_url=url, title=f"Grønne Byer om {topic}", heading=f"Afsnit {i}",
                            anchor=f"a{i}", url=f"{url}#a{i}",
                            text=f"Foreningen Grønne Byer arbejder med {topic} og {other} i bydel {i}. "
                                 f"Medlem nummer {i * 13 % 97} foreslog {other} ved skolen."))
    return chunks



def blocked_region(path, name: str) -> tuple[int, int]:
    """Where the blocks of array `name` lie in the file: (first byte, number of bytes)."""
    data = path.read_bytes()
    head_len = struct.unpack("<Q", data[len(MAGIC_BLOCKED):len(MAGIC_BLOCKED) + 8])[0]
    header = json.loads(data[len(MAGIC_BLOCKED) + 16:len(MAGIC_BLOCKED) + 16 + head_len])
    start = -(-(len(MAGIC_BLOCKED) + 16 + head_len) // ALIGN) * ALIGN
    entry = header["blocked"][name]
    return start + entry["offset"], entry["nbytes"]


def terms(question: str) -> list[str]:
    return default_analyzer().query_terms(question)


def test_loading_reads_no_postings_or_passages_and_a_question_reads_only_the_blocks_it_needs(saved):
    index, path = saved
    loaded = load_index(path)
    lazy = [loaded.post_docs, loaded.post_tfs, loaded.chunk_blob]
    assert [a.loaded_blocks() for a in lazy] == [0, 0, 0]

    question = terms("Hvad gør foreningen for bybier?")
    top = loaded.top(question, 5)
    assert top == index.top(question, 5)
    assert loaded.chunk(top[0][0]) == index.chunk(top[0][0])

    for array in lazy:
        assert array.loaded_blocks() < len(array.ends), "only the question's blocks are read"
    assert loaded.chunk_blob.loaded_blocks() > 0
    # The question's postings are read for its terms in one pass (first_use.py) and kept in the
    # postings cache, not in the blocks.
    asked = [t for t in map(loaded.term_ids.get, question) if t is not None]
    assert asked and all(loaded.postings_cache.get(t) is not None for t in asked)


def test_a_loaded_index_gives_the_same_scores_and_passages_as_the_one_that_was_built(saved):
    index, path = saved
    loaded = load_index(path)
    for question in QUESTIONS:
        assert np.array_equal(loaded.scores(terms(question)), index.scores(terms(question)))
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
    assert [loaded.chunk(i) for i in range(loaded.n_chunks)] == [index.chunk(i) for i in range(index.n_chunks)]
    for name in ("post_docs", "post_tfs", "chunk_blob"):
        assert np.array_equal(np.asarray(getattr(loaded, name)), np.asarray(getattr(index, name)))


def test_postings_and_passages_are_stored_compressed(tmp_path):
    index = build_index(groenne_byer_chunks(2000), default_analyzer())
    save_index(index, tmp_path / "index.bm25")
    raw = index.post_docs.nbytes + index.post_tfs.nbytes + index.chunk_blob.nbytes
    assert (tmp_path / "index.bm25").stat().st_size < raw / 2


@pytest.mark.parametrize("damage, problem", [("patch", "kontrolsum"), ("truncate", "afkortet")])
def test_a_passage_changed_after_loading_is_refused_with_a_danish_error_never_served(saved, damage, problem):
    index, path = saved
    loaded = load_index(path)
    first, size = blocked_region(path, "chunk_blob")
    os.chmod(path, 0o644)
    if damage == "patch":
        with open(path, "r+b") as f:  # as `dd conv=notrunc` would, in the last passages' block
            f.seek(first + size - 3)
            f.write(b"\xff\xff")
    else:
        os.truncate(path, first)

    served, refused = [], []
    for i in range(loaded.n_chunks):
        try:
            served.append(loaded.chunk(i))
        except IndexDamagedError as error:
            refused.append(error.message)
    assert served == [index.chunk(i) for i in range(len(served))], "what is served is unchanged"
    assert refused, "the changed passages are refused"
    assert str(path) in refused[0] and "ændret, efter den blev indlæst" in refused[0]
    assert problem in refused[0]
    assert refused[0].startswith("Indeksfilen") and refused[0].endswith(".")


def test_postings_changed_after_loading_are_refused_not_scored(saved):
    _, path = saved
    loaded = load_index(path)
    first, size = blocked_region(path, "post_docs")
    os.chmod(path, 0o644)
    with open(path, "r+b") as f:
        f.seek(first)
        f.write(bytes(size))
    with pytest.raises(IndexDamagedError, match="post_docs.*kontrolsum"):
        for question in QUESTIONS:
            loaded.top(terms(question), 10)


@pytest.mark.parametrize("change", ["replace", "remove"])
def test_a_file_replaced_or_removed_after_loading_keeps_serving_what_was_loaded(saved, tmp_path, change):
    index, path = saved
    loaded = load_index(path)
    if change == "replace":
        save_index(build_index(groenne_byer_chunks(30), default_analyzer()), path)
    else:
        path.unlink()
    assert [loaded.chunk(i) for i in range(loaded.n_chunks)] == [index.chunk(i) for i in range(index.n_chunks)]
    assert loaded.top(terms(QUESTIONS[0]), 10) == index.top(terms(QUESTIONS[0]), 10)


def container_1(header: dict, arrays: dict[str, np.ndarray]) -> bytes:
    """A file as the previous release wrote it: no header checksum, every array whole."""
    entries, offset, body = {}, 0, b""
    for name, arr in arrays.items():
        entries[name] = {"dtype": arr.dtype.str, "shape": list(arr.shape), "offset": offset,
                         "nbytes": arr.nbytes, "xxh3_64": xxhash.xxh3_64_intdigest(arr.tobytes())}
        body += arr.tobytes() + b"\0" * (-arr.nbytes % ALIGN)
        offset += arr.nbytes + (-arr.nbytes % ALIGN)
    head = json.dumps({**header, "arrays": entries}).encode()
    start = len(MAGIC) + 8 + len(head)
    return MAGIC + struct.pack("<Q", len(head)) + head + b"\0" * (-start % ALIGN) + body


def test_an_index_file_of_format_2_from_the_previous_release_still_loads_with_the_same_answers(tmp_path):
    index = build_index(groenne_byer_chunks(50), default_analyzer())
    path = tmp_path / "index.bm25"
    path.write_bytes(container_1({"magic": "balance-assistenten-bm25", "format_version": 2, "meta": index.meta,
                                  "documents": index.documents}, {
        "vocabulary": np.frombuffer("\n".join(index.vocabulary).encode("utf-8"), dtype=np.uint8),
        "offsets": index.offsets, "post_docs": index.post_docs, "post_tfs": index.post_tfs,
        "idf": index.idf, "doc_len": index.doc_len, "chunk_blob": index.chunk_blob,
        "chunk_offsets": index.chunk_offsets}))

    loaded = load_index(path)

    for question in QUESTIONS:
        assert loaded.top(terms(question), 10) == index.top(terms(question), 10)
    assert loaded.chunk(7) == index.chunk(7)


def test_a_served_version_damaged_after_loading_gives_way_to_the_previous_one_without_failing_a_visitor(
        tmp_path, small_blocks, monkeypatch, caplog):
    from assistant.app import create_app
    from assistant.config import Config
    from assistant.documents import write_document
    from assistant.index.build import build_and_save
    from assistant.quality.question_log import QuestionLog
    from assistant.services import LiveIndex, Services
    from tests.support.web import bike_parking_document, build_groenne_byer_index

    # One block of text and of postings stays unpacked: the server has to read the file again soon.
    for name in bounded_blocks.BUDGET_BYTES:
        monkeypatch.setitem(bounded_blocks.BUDGET_BYTES, name, 1)
    site = "https://groenne-byer.example/"
    pointer = build_groenne_byer_index(tmp_path, site)
    write_document(tmp_path / "corpus", bike_parking_document(site))
    current = build_and_save(tmp_path / "corpus", pointer).version_path
    config = Config(index_path=pointer, corpus_dir=tmp_path / "corpus", db_path=tmp_path / "db.sqlite3",
                    rate_limit="100000 per minute")
    services = Services(config=config, store=QuestionLog(config.db_path), index=LiveIndex(pointer))
    client = create_app(config, services=services).test_client()
    assert client.get("/healthz").get_json()["index"]["documents"] == 5

    # Someone cuts the served version short after it was loaded: every block not held is gone.
    os.chmod(current, 0o644)
    os.truncate(current, min(blocked_region(current, name)[0] for name in ("post_docs", "chunk_blob")))
    for question in QUESTIONS + ["Hvor mange cykelparkeringer har foreningen bygget?"]:
        response = client.post("/api/ask", json={"question": question})
        assert response.status_code == 200, response.get_data(as_text=True)

    assert client.get("/healthz").get_json()["index"]["documents"] == 4, "the previous version serves"
    assert "ændret, efter den blev indlæst" in caplog.text
