"""Staff crawl the association's site: every page and publication gets in, traps stay out, answers cite."""
from __future__ import annotations

import pytest
import requests

from assistant.answer.compose import ask
from assistant.config import Config
from assistant.documents import read_corpus
from assistant.index.build import build_and_save
from assistant.index.storage import load_index
from assistant.ingest.crawl import STATE_FILE, crawl
from tests.support.crawl import BOILERPLATE_WORDS, RecordingSession, SiteServer, fixture_site

STORED = ["/", "/om-os/", "/vedtaegter/", "/nyheder/plantedag-2024/", "/medlemskab/", "/publikationer/",
          "/om-os/historie/", "/ustabil/", "/gamle-sider/groenne-tage.html", "/sloejfe/",
          "/publikationer/aarsrapport-2023.pdf"]


def crawl_config(tmp_path) -> Config:
    return Config(corpus_dir=tmp_path / "corpus", index_path=tmp_path / "index.bm25", crawl_delay=0.0,
                  crawl_backoff=0.01, crawl_max_bytes=200_000)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """The fixture site crawled once and indexed, shared by the read-only stories below."""
    tmp = tmp_path_factory.mktemp("crawl")
    config = crawl_config(tmp)
    with SiteServer() as site, requests.Session() as session:
        fixture_site(site)
        recording = RecordingSession(session)
        summary = crawl([site.url("/")], config.corpus_dir, config, recording)
        build_and_save(config.corpus_dir, config.index_path)
        docs = {doc.url.removeprefix(site.base): doc for doc in read_corpus(config.corpus_dir)}
        yield site, summary, docs, load_index(config.index_path), recording


def test_every_page_and_publication_is_collected_once(crawled):
    site, summary, docs, _index, _ = crawled
    assert sorted(docs) == sorted(STORED)
    assert sorted(url.removeprefix(site.base) for url in summary.new) == sorted(STORED)
    requested = {s.path for s in site.seen} - {
        "/robots.txt", "/sitemap.xml", "/sitemap-index.xml", "/sitemaps/sider.xml",
        "/sitemaps/nyheder.xml"}
    # /gammel-side/ is only the first hop to /om-os/historie/; /stor-side/ is refused unread.
    assert summary.fetched == len(requested - {"/gammel-side/", "/stor-side/"}) == 17
    assert summary.sitemaps == 3


def test_each_trap_is_skipped_for_a_stated_reason(crawled):
    _site, summary, _docs, _index, _ = crawled
    assert summary.skipped == {
        "robots.txt forbyder": 1,          # /intern/bestyrelse/
        "for stor": 1,                     # /stor-side/
        "uden for sitet": 2,               # localhost and example.invalid links
        "dubletindhold": 1,                # /sloejfe/naeste/, the loop's second step
        "kanonisk adresse andetsteds": 1,  # /medlemskab/print/
        "anden filtype": 2,                # /feed/ (RSS) and /kort.png
        "PDF uden tekstlag": 1,            # the scanned leaflet
        "ulæselig PDF": 1,                 # the truncated PDF
    }
    assert summary.errors == {"HTTP 404": 1}
    reported = dict(summary.reported)
    assert reported[crawled[0].url("/findes-ikke/")] == "HTTP 404"
    assert reported[crawled[0].url("/publikationer/defekt.pdf")] == "ulæselig PDF"
    text = "\n".join(summary.lines())
    assert "nye:           11" in text and "HTTP 404: 1" in text and "for stor: 1" in text


def test_the_crawler_never_leaves_the_site_nor_enters_forbidden_folders(crawled):
    site, _summary, _docs, _index, recording = crawled
    assert all(url.startswith(site.base + "/") for _t, url in recording.calls)
    assert all(s.host == f"127.0.0.1:{site.port}" for s in site.seen)
    fetched = {s.path for s in site.seen}
    assert not {"/intern/bestyrelse/", "/hemmelig/", "/kort.png"} & fetched
    assert "/sloejfe/naeste/naeste/" not in fetched
    assert "/medlemskab/?utm_source=menu" not in fetched


def test_redirects_retries_sitemaps_and_charsets_are_handled(crawled):
    site, _summary, docs, _index, _ = crawled
    assert "/gammel-side/" not in docs and "stiftet den 14. maj 2009" in docs["/om-os/historie/"].sections[0].text
    assert [s.status for s in site.requests_for("/ustabil/")] == [500, 200]
    # reached first through the redirect, later through a link: fetched once all the same
    assert len(site.requests_for("/om-os/historie/")) == 1
    assert docs["/nyheder/plantedag-2024/"].published == "2024-04-12"
    assert "Æblehavens Skole og Søbredden Skole" in docs["/gamle-sider/groenne-tage.html"].sections[0].text
    assert docs["/"].language == "da" and docs["/om-os/"].title == "Om os"


def test_only_main_content_is_kept(crawled):
    _site, _summary, docs, _index, _ = crawled
    for doc in docs.values():
        text = "\n".join(s.heading + "\n" + s.text for s in doc.sections)
        assert not [w for w in BOILERPLATE_WORDS if w.casefold() in text.casefold()], doc.url
        assert "999 kr." not in text


def test_documents_carry_validators_for_the_next_crawl(crawled):
    _site, _summary, docs, _index, _ = crawled
    assert docs["/om-os/"].etag.startswith('"')
    assert docs["/gamle-sider/groenne-tage.html"].last_modified == "Tue, 03 Jan 2012 10:00:00 GMT"
    assert all(doc.source == "crawl" and doc.content_hash for doc in docs.values())


@pytest.mark.parametrize("question, cited", [
    ("Hvad koster kontingentet for studerende?", "/medlemskab/#kontingent"),
    ("Hvornår blev foreningen stiftet?", "/om-os/historie/#stiftelsen"),
    ("Hvor stort et overskud fik foreningen i 2023?", "/publikationer/aarsrapport-2023.pdf#page=2"),
    ("Hvor mange træer plantede de frivillige i 2023?", "/publikationer/aarsrapport-2023.pdf#page=1"),
    ("Med hvor langt varsel indkaldes generalforsamlingen?", "/vedtaegter/#paragraf-7-generalforsamling"),
    ("Hvilke skoler fik sedumtage?", "/gamle-sider/groenne-tage.html#groenne-tage-paa-skolerne"),
    ("Hvem er formand for foreningen?", "/om-os/#bestyrelsen"),
    ("Hvor mange frugttræer planter I i Kirsebærparken?", "/nyheder/plantedag-2024/#plantedag-i-kirsebaerparken"),
])
def test_questions_about_the_site_cite_the_right_page_and_section(crawled, question, cited):
    site, _summary, _docs, index, _ = crawled
    answer = ask(question, index)
    assert answer.answered, answer.answer
    assert answer.citations[0].url == site.url(cited)


def test_the_crawl_state_is_kept_beside_the_documents_but_not_indexed(crawled, tmp_path):
    site, _summary, docs, index, _ = crawled
    assert len(index.documents) == len(docs)
    assert not any(STATE_FILE in d["url"] for d in index.documents)
