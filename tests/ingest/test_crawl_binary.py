"""A page labelled text/html whose body is binary junk never becomes a document full of garbage."""
from __future__ import annotations

import random

import pytest
import requests

from assistant.config import Config
from assistant.documents import read_corpus
from assistant.ingest.crawl import crawl
from assistant.ingest.crawl_summary import NOT_TEXT
from assistant.ingest.extract.sniff import looks_like_text
from assistant.ingest.local_files import add_paths
from tests.support.crawl import Page, SiteServer

GOOD_PAGE = ("<html><head><title>Plantedage</title></head><body><main><h1>Plantedage</h1><p>Hver "
             "første lørdag planter foreningens frivillige træer i Kirsebærparken.</p></main></body></html>")


def junk_with_nul_bytes() -> bytes:
    rng = random.Random(12)
    return bytes(rng.randrange(256) for _ in range(4000))


def junk_of_control_characters() -> bytes:
    """No NUL byte at all, but mostly control characters between a few letters."""
    return b"<html><body>" + bytes(range(1, 9)) * 200 + b"tekst" + b"\x1b\x1c\x1d" * 100 + b"</body></html>"


def junk_that_decodes_to_nothing() -> bytes:
    """Neither UTF-8 nor Windows-1252 text: bytes those decoders reject or turn into controls."""
    return b"<p>" + b"\x81\x8d\x8f\x90\x9d\x01\x02" * 300 + b"</p>"


def crawl_config(tmp_path) -> Config:
    return Config(corpus_dir=tmp_path / "corpus", crawl_delay=0.0, crawl_retries=0)


def site_with(site: SiteServer, pages: dict[str, bytes]) -> None:
    links = "".join(f'<li><a href="{path}">{path}</a></li>' for path in pages)
    site.html("/", f"<html><head><title>Forside</title></head><body><main><h1>Foreningen Grønne "
                   f"Byer</h1><p>Velkommen til foreningens sider om byens træer.</p><ul>{links}</ul>"
                   f"</main></body></html>")
    for path, body in pages.items():
        site.pages[path] = Page(body=body, content_type="text/html")


def test_binary_bodies_are_skipped_with_a_reason_and_text_pages_are_kept(tmp_path):
    config = crawl_config(tmp_path)
    with SiteServer() as site, requests.Session() as session:
        site_with(site, {"/arkiv/": junk_with_nul_bytes(), "/styretegn/": junk_of_control_characters(),
                         "/ulaeselig/": junk_that_decodes_to_nothing(),
                         "/latin1/": GOOD_PAGE.encode("latin-1"),
                         "/utf16/": GOOD_PAGE.replace("Plantedage", "Vandedage").encode("utf-16")})
        summary = crawl([site.url("/")], config.corpus_dir, config, session)
        stored = sorted(doc.url.removeprefix(site.base) for doc in read_corpus(config.corpus_dir))
    assert stored == ["/", "/latin1/", "/utf16/"]
    assert summary.skipped == {NOT_TEXT: 3}
    assert sorted(url.removeprefix(site.base) for url, reason in summary.reported
                  if reason == NOT_TEXT) == ["/arkiv/", "/styretegn/", "/ulaeselig/"]
    printed = "\n".join(summary.lines())
    assert f"sprunget over: 3 ({NOT_TEXT}: 3)" in printed
    assert f"/arkiv/ ({NOT_TEXT})" in printed


def test_a_page_that_turns_into_junk_keeps_its_previous_text(tmp_path):
    config = crawl_config(tmp_path)
    with SiteServer() as site, requests.Session() as session:
        site_with(site, {"/plantedage/": GOOD_PAGE.encode("utf-8")})
        crawl([site.url("/")], config.corpus_dir, config, session)
        site.pages["/plantedage/"].body = junk_with_nul_bytes()
        again = crawl([site.url("/")], config.corpus_dir, config, session)
        docs = {doc.url.removeprefix(site.base): doc for doc in read_corpus(config.corpus_dir)}
    assert again.skipped == {NOT_TEXT: 1} and again.removed == []
    assert "Kirsebærparken" in docs["/plantedage/"].sections[0].text


def test_a_binary_file_given_to_add_is_skipped_and_the_others_are_added(tmp_path):
    folder = tmp_path / "filer"
    folder.mkdir()
    (folder / "referat.md").write_text("# Referat\n\nBestyrelsen mødtes i marts.\n", encoding="utf-8")
    (folder / "billede.txt").write_bytes(junk_with_nul_bytes())
    (folder / "side.html").write_bytes(junk_of_control_characters())
    summary = add_paths([folder], tmp_path / "corpus")
    assert [url.rsplit("/", 1)[-1] for url in summary.added] == ["referat.md"]
    assert sorted((path.rsplit("/", 1)[-1], reason) for path, reason in summary.skipped) == [
        ("billede.txt", NOT_TEXT), ("side.html", NOT_TEXT)]


@pytest.mark.parametrize("text", ["Æbler, pærer og blommer – “citat” til 5 €.\n\tIndrykket\f",
                                  "Ingen særlige tegn her."])
def test_ordinary_text_in_any_usual_encoding_looks_like_text(text):
    for encoding in ("utf-8", "windows-1252", "utf-16"):
        assert looks_like_text(text.encode(encoding)), encoding
