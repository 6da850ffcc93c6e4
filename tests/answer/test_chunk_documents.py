"""A visitor calls the association "sammenslutningen", and the assistant asks whether the cited
passage's document uses that word itself (document_self.used_in_document). It used to decode every
passage holding the word until one of the document turned up: for a word the document lacks, all
of them, however many a large site has. Each passage's document number is now read once per index
from the first bytes of the passages' stored records, and the question is one comparison; the
verdicts are the same.
"""
from __future__ import annotations

import numpy as np
import pytest

from assistant.answer.document_self import used_in_document
from assistant.answer.warm_up import prepare_answering
from assistant.index import chunk_documents
from assistant.index.chunk_documents import document_numbers
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document


@pytest.fixture
def material(tmp_path):
    return build_index(tmp_path, [html_document(STATUTES_HTML, STATUTES_URL), publication_document()])


def _decoded_documents(index) -> list[str]:
    return [index.chunk(i).doc_url for i in range(index.n_chunks)]


def test_each_passage_has_its_own_document_number(material):
    urls = [doc["url"] for doc in material.documents]
    assert len(urls) == 2
    assert [urls[d] for d in document_numbers(material)] == _decoded_documents(material)


def test_asking_whether_a_document_uses_a_word_decodes_no_passage(material, monkeypatch):
    prepare_answering(material)
    decoded: list[int] = []
    chunk = material.chunk
    monkeypatch.setattr(material, "chunk", lambda i: decoded.append(i) or chunk(i))
    statutes = next(i for i in range(material.n_chunks) if document_numbers(material)[i] == 0)
    # "forening" is in many passages of both documents; "sammenslutning" in neither.
    assert used_in_document(material, statutes, "forening")
    assert not used_in_document(material, statutes, "sammenslutning")
    assert decoded == []


def test_the_verdicts_are_those_of_the_decoded_passages(material):
    documents = _decoded_documents(material)
    for term, t in material.term_ids.items():
        holders = {documents[int(d)] for d in material.postings(t)[0]}
        for chunk_id in (0, material.n_chunks - 1):
            assert used_in_document(material, chunk_id, term) == (documents[chunk_id] in holders), term


def test_a_record_written_otherwise_is_read_by_decoding(material, monkeypatch):
    read = chunk_documents._read(material)
    monkeypatch.setattr(chunk_documents, "_PREFIX", b'{"x":')
    assert np.array_equal(chunk_documents._read(material), read)
