"""A worker has just loaded a large site when a visitor asks "Who sits on the board of Balance
Danmark?". A who-question's verb is searched as the material's verb that names its doer with "af"
(english_agent_verbs.py), and the passages holding the verb's Danish words were read to find it:
"sidde" is in almost every passage of a large site, and the visitor waited half a second or more
while 10,000 passages were read. The warm-up now reads the words before "af" of every passage once,
and a who-question reads no passage to find them; the words found are the same.
"""
from __future__ import annotations

import pytest

from assistant.answer import english_agent_verbs
from assistant.answer.doer_table import prepare_doer_words
from assistant.answer.reading import read_question
from assistant.answer.warm_up import prepare_answering
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document


@pytest.fixture
def material(tmp_path):
    return build_index(tmp_path, [html_document(STATUTES_HTML, STATUTES_URL), publication_document()])


def _passages_read(monkeypatch) -> list[int]:
    read: list[int] = []
    before_doer = english_agent_verbs._before_doer
    monkeypatch.setattr(english_agent_verbs, "_before_doer",
                        lambda index, chunk_id, term: read.append(chunk_id) or before_doer(index, chunk_id, term))
    return read


def test_a_who_question_on_a_warmed_site_reads_no_passage_for_its_verb(material, monkeypatch):
    prepare_doer_words(material)
    read = _passages_read(monkeypatch)
    assert "udarbejdet" in read_question(material, "Who wrote the report?").text
    assert "finansieret" in read_question(material, "Who paid for the report?").text
    assert read == []


def test_the_warm_up_reads_the_words_before_af(material, monkeypatch):
    prepare_answering(material)
    read = _passages_read(monkeypatch)
    read_question(material, "Who sits on the board?")
    assert english_agent_verbs.DOER_TABLE in material.memo
    assert read == []


def test_the_table_has_the_word_each_verb_was_found_by_before(material):
    # Every term of the material: the word the per-term reading of its passages finds, or none.
    table = prepare_doer_words(material)
    del material.memo[english_agent_verbs.DOER_TABLE]
    assert {"udarbejdet", "finansieret"} <= set(table.values())
    for term in material.term_ids:
        assert table.get(term) == english_agent_verbs.doer_word(material, term), term
