"""The corpus is one JSON file per document: written atomically, read back whole, errors named."""
from __future__ import annotations

import json

import pytest

from assistant.documents import (
    Document,
    Section,
    document_filename,
    read_corpus,
    read_document,
    slugify,
    write_document,
)
from assistant.errors import CorpusError
from tests.support.corpus import BUNDLED_CORPUS, make_document


def test_the_bundled_corpus_holds_the_om_page_with_its_five_sections():
    (om,) = list(read_corpus(BUNDLED_CORPUS))
    assert om.url == "https://balance-danmark.dk/om/"
    assert [s.heading for s in om.sections] == [
        "", "Vores vision", "Vores kamp", "Vores historie", "Vores medlemmer"]
    assert [s.anchor for s in om.sections] == [
        "", "vores-vision", "vores-kamp", "vores-historie", "vores-medlemmer"]
    text = " ".join(s.text for s in om.sections)
    # The sub-navigation line of the seed page is boilerplate, not content.
    assert "Bestyrelsen" not in text and "Sekretariatet" not in text
    assert "\u00a0" not in text
    assert om.sections[0].text.startswith("Balance Danmark er en partipolitisk uafhængig organisation")
    assert om.language == "da" and om.content_hash.startswith("sha256:")
    assert om.with_hash().content_hash == om.content_hash


def test_a_document_survives_a_round_trip_through_the_corpus(tmp_path):
    doc = make_document("https://groenne.example/om/", "Om Grønne Byer",
                        [("", "Indledning."), ("Vores mål", "Flere træer i byerne. Æbler, øl og å.")],
                        published="2024-05-01")
    path = write_document(tmp_path, doc)
    back = read_document(path)
    assert back == doc.with_hash()
    assert path.name == document_filename(doc.url)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary files left
    assert path.stat().st_mode & 0o777 == 0o644  # readable by a server running as another user


def test_two_urls_never_share_a_file_name():
    assert document_filename("https://a.example/x?y=1") != document_filename("https://a.example/x?y=2")


@pytest.mark.parametrize("content, problem", [
    ("{not json", "kan ikke læses"),
    ("[]", "forventede et JSON-objekt"),
    (json.dumps({"url": "u", "title": "t", "sections": []}), "formatversion None"),
    (json.dumps({"format_version": 1, "title": "t", "sections": []}), "'url' mangler"),
    (json.dumps({"format_version": 1, "url": "u", "title": "t",
                 "sections": [{"heading": "h", "anchor": "a", "text": 5}]}), "ikke tekst"),
])
def test_a_broken_corpus_file_is_reported_by_name(tmp_path, content, problem):
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        read_document(path)
    assert str(path) in err.value.message and problem in err.value.message


def test_a_corpus_file_in_a_wrong_encoding_is_reported(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"title": "Vedtægter"}'.encode("latin-1"))
    with pytest.raises(CorpusError, match="latin1.json"):
        read_document(path)


def test_a_missing_corpus_folder_is_reported(tmp_path):
    with pytest.raises(CorpusError, match="findes ikke"):
        list(read_corpus(tmp_path / "nowhere"))


def test_hidden_temporary_files_are_not_part_of_the_corpus(tmp_path):
    write_document(tmp_path, Document(url="https://x.example/", title="X",
                                      sections=(Section("", "", "Tekst."),)))
    (tmp_path / ".x.json.123.tmp").write_text("half a file")
    (tmp_path / ".half.json").write_text("{")
    assert [d.url for d in read_corpus(tmp_path)] == ["https://x.example/"]


@pytest.mark.parametrize("text, slug", [
    ("Vores historie", "vores-historie"),
    ("Æbler, øl & åer", "aebler-oel-aaer"),
    ("§ 5. Kontingent", "paragraf-5-kontingent"),
    ("  ", "afsnit"),
    ("Café Noël", "cafe-noel"),
])
def test_anchors_are_stable_readable_slugs(text, slug):
    assert slugify(text) == slug
