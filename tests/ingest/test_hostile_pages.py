"""One hostile page never stops the night's crawl or an `add`: it is read as well as it can be, or
skipped with a reason in the summary, and every other page lands."""
from __future__ import annotations

import pytest
import requests

from assistant.config import Config
from assistant.documents import read_corpus
from assistant.index.chunking import chunk_document
from assistant.ingest.crawl import crawl
from assistant.ingest.extract import UnreadableSource
from assistant.ingest.extract.html import parse_html
from assistant.ingest.extract.pdf import extract_pdf
from assistant.ingest.fetch import FetchFailed, PoliteFetcher, wanted_type
from assistant.ingest.local_files import add_paths
from tests.support.crawl import SiteServer
from tests.support.hostile import GOOD_TEXT, hostile_pages

GOOD_PAGE = f"<html><head><title>Plantedag</title></head><body><main><p>{GOOD_TEXT}</p></main></body></html>"
FUZZ_PAGES = 1000


def crawl_config(tmp_path) -> Config:
    return Config(corpus_dir=tmp_path / "corpus", index_path=tmp_path / "index.bm25", crawl_delay=0.0,
                  crawl_backoff=0.01, crawl_retries=0)


@pytest.mark.parametrize("header, meta", [
    ("text/html; charset=zlib", ""),
    ("text/html; charset=base64", ""),
    ("text/html; charset=unicode_escape", ""),
    ("text/html", '<meta charset="undefined">'),
    ("text/html", '<meta charset="rot13">'),
])
def test_a_page_with_a_non_text_charset_is_read_and_the_crawl_goes_on(tmp_path, header, meta):
    config = crawl_config(tmp_path)
    with SiteServer() as site, requests.Session() as session:
        site.html("/", GOOD_PAGE.replace("<p>", '<p><a href="/odd/">Mærkelig</a> <a href="/ok/">God</a> '))
        site.pages["/odd/"] = site.pages["/"].__class__(
            body=(meta + GOOD_PAGE.replace("Plantedag", "Træer i byen")).encode("latin-1"),
            content_type=header)
        site.html("/ok/", GOOD_PAGE.replace("Plantedag", "Kontingent"))
        summary = crawl([site.url("/")], config.corpus_dir, config, session)
    titles = sorted(doc.title for doc in read_corpus(config.corpus_dir))
    assert titles == ["Kontingent", "Plantedag", "Træer i byen"]
    assert not summary.errors


@pytest.mark.parametrize("meta", ['<meta charset="undefined">', '<meta charset="zlib">'])
def test_adding_a_file_with_a_non_text_charset_still_adds_it_and_its_neighbours(tmp_path, meta):
    folder = tmp_path / "noter"
    folder.mkdir()
    (folder / "plantedag.html").write_bytes((meta + GOOD_PAGE).encode("latin-1"))
    (folder / "referat.md").write_text("# Referat\n\nBestyrelsen mødtes i marts.\n", encoding="utf-8")
    summary = add_paths([folder], tmp_path / "corpus")
    assert len(summary.added) == 2 and not summary.skipped


def test_a_page_the_parser_chokes_on_is_skipped_with_a_reason_and_the_rest_lands(tmp_path, monkeypatch):
    """Whatever a future parser bug raises, it costs one page, named in the summary."""
    import assistant.ingest.crawl as crawl_module

    real_parse = crawl_module.parse_html

    def choking_parse(content, url, content_type=None):
        if url.endswith("/kvaler/"):
            raise RecursionError("maximum recursion depth exceeded")
        return real_parse(content, url, content_type)

    monkeypatch.setattr(crawl_module, "parse_html", choking_parse)
    config = crawl_config(tmp_path)
    with SiteServer() as site, requests.Session() as session:
        site.html("/", GOOD_PAGE.replace("<p>", '<p><a href="/kvaler/">Kvaler</a> <a href="/ok/">God</a> '))
        site.html("/kvaler/", GOOD_PAGE.replace("Plantedag", "Kvaler"))
        site.html("/ok/", GOOD_PAGE.replace("Plantedag", "Kontingent"))
        summary = crawl([site.url("/")], config.corpus_dir, config, session)
    assert sorted(doc.title for doc in read_corpus(config.corpus_dir)) == ["Kontingent", "Plantedag"]
    assert summary.skipped["kunne ikke læses (RecursionError)"] == 1
    assert (site.url("/kvaler/"), "kunne ikke læses (RecursionError)") in summary.reported
    assert any("kunne ikke læses (RecursionError)" in line for line in summary.lines())


def test_a_file_the_parser_chokes_on_is_skipped_with_a_reason(tmp_path, monkeypatch):
    import assistant.ingest.local_files as local_files

    def choking_extract(content, url, content_type=None):
        raise MemoryError()

    monkeypatch.setattr(local_files, "extract_html", choking_extract)
    (tmp_path / "kvaler.html").write_text(GOOD_PAGE, encoding="utf-8")
    (tmp_path / "referat.txt").write_text("Bestyrelsen mødtes i marts.\n", encoding="utf-8")
    summary = add_paths([tmp_path / "kvaler.html", tmp_path / "referat.txt"], tmp_path / "corpus")
    assert len(summary.added) == 1
    assert summary.skipped == [(str(tmp_path / "kvaler.html"), "kunne ikke læses (MemoryError)")]


def test_a_thousand_hostile_responses_pass_fetch_extract_and_chunk_without_an_exception():
    """Odd charsets, truncated gzip, binary, huge attributes, deep nesting and broken PDFs: each is
    read, or refused with one of the two expected, reasoned failures; nothing else escapes."""
    pages = hostile_pages(FUZZ_PAGES)
    escaped: list[tuple[str, str]] = []
    outcomes = {"chunked": 0, "refused": 0}
    with SiteServer() as site, requests.Session() as session:
        site.pages.update(pages)
        fetcher = PoliteFetcher(session=session, user_agent="Fuzz", delay=0.0, timeout=5.0, retries=0,
                                max_bytes=2_000_000)
        for path in pages:
            url = site.url(path)
            try:
                response = fetcher.get(url, wanted=wanted_type)
                kind = response.kind
                if kind == "html":
                    doc = parse_html(response.content, url, response.content_type).document
                elif kind == "pdf":
                    doc = extract_pdf(response.content, url)
                else:
                    outcomes["refused"] += 1
                    continue
                chunk_document(doc)
                outcomes["chunked"] += 1
            except (FetchFailed, UnreadableSource):
                outcomes["refused"] += 1
            except Exception as exc:  # noqa: BLE001 (the point: count what escapes)
                escaped.append((path, repr(exc)[:200]))
    assert escaped == []
    assert outcomes["chunked"] + outcomes["refused"] == FUZZ_PAGES
    assert outcomes["chunked"] > FUZZ_PAGES // 3  # most hostile pages still give their text
