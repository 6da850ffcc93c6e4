"""A month later staff run the crawl again: only changes travel, and nothing is ever half-written."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import requests

from assistant.answer.compose import ask
from assistant.cli import indexer
from assistant.config import Config
from assistant.documents import corpus_files, read_corpus
from assistant.index.build import build_and_save
from assistant.index.storage import load_index
from assistant.ingest.crawl import CrawlError, crawl
from assistant.services import LiveIndex
from tests.support.crawl import Page, RecordingSession, SiteServer, change_fixture_site, fixture_site


def crawl_config(tmp_path: Path) -> Config:
    return Config(corpus_dir=tmp_path / "corpus", index_path=tmp_path / "index.bm25", crawl_delay=0.0,
                  crawl_backoff=0.01, crawl_max_bytes=200_000)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file's bytes, inode and modification time."""
    out = {}
    for path in sorted(folder.iterdir()):
        st = path.stat()
        out[path.name] = (path.read_bytes(), st.st_ino, st.st_mtime_ns)
    return out


@pytest.fixture
def site():
    with SiteServer() as server:
        fixture_site(server)
        yield server


@pytest.fixture
def session():
    with requests.Session() as s:
        yield s


def by_path(site: SiteServer, urls) -> list[str]:
    return sorted(u.removeprefix(site.base) for u in urls)


def test_a_second_crawl_updates_adds_removes_and_leaves_the_rest_untouched(site, session, tmp_path):
    config = crawl_config(tmp_path)
    crawl([site.url("/")], config.corpus_dir, config, session)
    before = snapshot(config.corpus_dir)
    change_fixture_site(site)
    first_requests = len(site.seen)

    summary = crawl([site.url("/")], config.corpus_dir, config, session)

    assert by_path(site, summary.new) == ["/nyheder/skolegaarde/"]
    assert by_path(site, summary.updated) == ["/", "/medlemskab/"]
    assert sorted((u.removeprefix(site.base), why) for u, why in summary.removed) == [
        ("/nyheder/plantedag-2024/", "HTTP 410"), ("/ustabil/", "HTTP 404")]
    assert summary.unchanged == 7
    second = site.seen[first_requests:]
    revalidated = {s.path: s for s in second if s.status == 304}
    assert revalidated["/om-os/"].headers["If-None-Match"].startswith('"')
    assert revalidated["/gamle-sider/groenne-tage.html"].headers["If-Modified-Since"] == \
        "Tue, 03 Jan 2012 10:00:00 GMT"
    after = snapshot(config.corpus_dir)
    untouched = [name for name in before if "om-os" in name or "vedtaegter" in name or "pdf" in name]
    assert len(untouched) == 4 and all(after[name] == before[name] for name in untouched)
    assert not any("ustabil" in name or "plantedag" in name for name in after)
    assert "Fjernet: " + site.url("/ustabil/") + " (HTTP 404)" in "\n".join(summary.lines())


def test_after_the_recrawl_answers_follow_the_site(site, session, tmp_path):
    config = crawl_config(tmp_path)
    crawl([site.url("/")], config.corpus_dir, config, session)
    change_fixture_site(site)
    crawl([site.url("/")], config.corpus_dir, config, session)
    build_and_save(config.corpus_dir, config.index_path)
    index = load_index(config.index_path)
    fee = ask("Hvad koster kontingentet for studerende?", index)
    assert "125 kr." in fee.answer and fee.citations[0].url == site.url("/medlemskab/#kontingent")
    news = ask("Hvad skal asfalten i skolegårdene byttes ud med?", index)
    assert news.citations[0].url.startswith(site.url("/nyheder/skolegaarde/"))
    assert all("/ustabil/" not in d["url"] for d in index.documents)


def test_a_page_that_answers_with_an_error_keeps_its_old_document(site, session, tmp_path):
    config = crawl_config(tmp_path)
    crawl([site.url("/")], config.corpus_dir, config, session)
    site.pages["/vedtaegter/"] = Page(status=503, body=b"vedligehold")
    summary = crawl([site.url("/")], config.corpus_dir, config, session)
    assert summary.errors["HTTP 503"] == 1 and not summary.removed
    assert any(doc.url == site.url("/vedtaegter/") for doc in read_corpus(config.corpus_dir))


def test_an_interrupted_crawl_keeps_the_previous_corpus_and_index(site, session, tmp_path):
    config = crawl_config(tmp_path)
    crawl([site.url("/")], config.corpus_dir, config, session)
    build_and_save(config.corpus_dir, config.index_path)
    corpus_before = snapshot(config.corpus_dir)
    index_before = config.index_path.read_bytes()
    change_fixture_site(site)
    interrupting = RecordingSession(session, interrupt_after=12)

    with pytest.raises(KeyboardInterrupt):
        crawl([site.url("/")], config.corpus_dir, config, interrupting)

    assert snapshot(config.corpus_dir) == corpus_before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        "corpus", "index-versions", "index.bm25"]
    assert config.index_path.read_bytes() == index_before
    old_fee = ask("Hvad koster kontingentet for studerende?", load_index(config.index_path))
    assert "100 kr." in old_fee.answer


def test_a_crawl_that_reaches_nothing_fails_cleanly_and_changes_nothing(session, tmp_path):
    config = crawl_config(tmp_path).replace(crawl_retries=0)
    with SiteServer() as site:
        fixture_site(site)
        crawl([site.url("/")], config.corpus_dir, config, session)
        url = site.url("/")
    before = snapshot(config.corpus_dir)
    with pytest.raises(CrawlError) as caught:
        crawl([url], config.corpus_dir, config, session)
    assert "Korpus og indeks er uændrede" in caught.value.message
    assert snapshot(config.corpus_dir) == before


def test_the_page_limit_stops_the_crawl_and_keeps_what_was_not_revisited(site, session, tmp_path):
    config = crawl_config(tmp_path)
    crawl([site.url("/")], config.corpus_dir, config, session)
    n_before = len(corpus_files(config.corpus_dir))
    summary = crawl([site.url("/")], config.corpus_dir, config.replace(crawl_max_pages=3), session)
    assert summary.limit_reached and summary.fetched == 3 and not summary.removed
    assert len(corpus_files(config.corpus_dir)) == n_before
    assert "Grænsen for antal sider blev nået" in "\n".join(summary.lines())


def test_documents_added_by_hand_survive_a_crawl(site, session, tmp_path):
    from assistant.documents import Document, Section, write_document

    config = crawl_config(tmp_path)
    local = Document(url="file:///noter/referat.txt", title="Referat", source="local",
                     sections=(Section(heading="", anchor="", text="Et referat."),))
    write_document(config.corpus_dir, local)
    crawl([site.url("/")], config.corpus_dir, config, session)
    assert any(doc.url == local.url for doc in read_corpus(config.corpus_dir))


def test_update_crawls_and_rebuilds_in_one_step_and_skips_the_build_when_nothing_changed(
        site, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ASSISTANT_CRAWL_BACKOFF", "0.01")
    monkeypatch.setenv("ASSISTANT_CRAWL_MAX_BYTES", "200000")
    args = ["update", site.url("/"), "--corpus", str(tmp_path / "corpus"),
            "--index", str(tmp_path / "index.bm25"), "--delay", "0"]
    assert indexer.main(args) == 0
    out = capsys.readouterr().out
    assert "Gennemsøgning færdig" in out and "Indeks bygget" in out
    live = LiveIndex(tmp_path / "index.bm25", check_seconds=0.0)  # as a running server holds it
    assert ask("Hvornår blev foreningen stiftet?", live.current()).answered
    mtime = os.stat(tmp_path / "index.bm25").st_mtime_ns

    assert indexer.main(args) == 0
    assert "Intet er ændret" in capsys.readouterr().out
    assert os.stat(tmp_path / "index.bm25").st_mtime_ns == mtime

    change_fixture_site(site)
    assert indexer.main(args) == 0
    assert "Indeks bygget" in capsys.readouterr().out
    live.settle()  # the server's next check picks the new build up
    assert "125 kr." in ask("Hvad koster kontingentet for studerende?", live.current()).answer


@pytest.mark.parametrize("args, message", [
    (["crawl", "ftp://groennebyer.example/"], "Ugyldig startadresse"),
    (["crawl", "groennebyer"], "Ugyldig startadresse"),
])
def test_bad_start_urls_get_a_danish_error_and_change_nothing(tmp_path, capsys, args, message):
    assert indexer.main(args + ["--corpus", str(tmp_path / "corpus")]) == 1
    assert message in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("option", [["--delay", "-1"], ["--delay", "snart"], ["--max-pages", "0"]])
def test_bad_crawl_options_are_refused_in_danish(tmp_path, capsys, option):
    with pytest.raises(SystemExit) as caught:
        indexer.main(["crawl", "https://groennebyer.example/", "--corpus", str(tmp_path)] + option)
    assert caught.value.code == 2
    assert "skal være" in capsys.readouterr().err


def small_site(site: SiteServer) -> None:
    site.pages.clear()
    site.prefix_pages.clear()
    site.html("/", "<h1>Forside</h1><p>Velkommen.</p><a href='/kladde/'>Kladde</a>"
              "<a href='/uden-validatorer/'>Gammel server</a>")
    site.html("/kladde/", "<html><head><meta name='robots' content='noindex'></head><body>"
              "<p>Ikke færdig.</p><a href='/bag-kladden/'>Videre</a></body></html>")
    site.html("/bag-kladden/", "<h1>Bag kladden</h1><p>Kun linket fra kladden.</p>")
    site.html("/uden-validatorer/", "<h1>Gammel server</h1><p>Kender hverken ETag eller datoer.</p>",
              etag=False)


def test_noindex_pages_are_left_out_but_their_links_are_followed(site, session, tmp_path):
    small_site(site)
    config = crawl_config(tmp_path)
    summary = crawl([site.url("/")], config.corpus_dir, config, session)
    assert by_path(site, summary.new) == ["/", "/bag-kladden/", "/uden-validatorer/"]
    assert summary.skipped["noindex"] == 1


def test_a_page_that_turns_noindex_is_removed(site, session, tmp_path):
    small_site(site)
    config = crawl_config(tmp_path)
    crawl([site.url("/")], config.corpus_dir, config, session)
    site.html("/bag-kladden/", "<html><head><meta name='robots' content='noindex'></head>"
              "<body><p>Trukket tilbage.</p></body></html>")
    summary = crawl([site.url("/")], config.corpus_dir, config, session)
    assert summary.removed == [(site.url("/bag-kladden/"), "noindex")]


def test_a_server_without_validators_still_leaves_unchanged_files_untouched(site, session, tmp_path):
    small_site(site)
    config = crawl_config(tmp_path)
    crawl([site.url("/")], config.corpus_dir, config, session)
    before = snapshot(config.corpus_dir)
    summary = crawl([site.url("/")], config.corpus_dir, config, session)
    assert [s.status for s in site.requests_for("/uden-validatorer/")] == [200, 200]
    assert summary.unchanged == 3 and not (summary.new or summary.updated or summary.removed)
    after = snapshot(config.corpus_dir)
    assert all(after[name] == before[name] for name in before if name.endswith(".json")
               and not name.startswith("."))


def test_links_of_an_unchanged_page_are_remembered_between_crawls(site, session, tmp_path):
    small_site(site)
    site.html("/", "<h1>Forside</h1><p>Velkommen.</p><a href='/nede/'>Nede i nat</a>")
    site.html("/nede/", "<h1>Arrangementer</h1><p>Næste plantedag er i maj.</p>", fail_times=3)
    config = crawl_config(tmp_path)
    first = crawl([site.url("/")], config.corpus_dir, config, session)
    assert first.errors == {"HTTP 500": 1}
    second = crawl([site.url("/")], config.corpus_dir, config, session)
    # The front page answered 304, so its links came from the crawl state, not from the page.
    assert [s.status for s in site.requests_for("/")] == [200, 304]
    assert by_path(site, second.new) == ["/nede/"]


def test_a_robots_txt_that_redirects_off_site_is_not_followed(site, session, tmp_path):
    small_site(site)
    site.pages["/robots.txt"] = Page(status=301, location=f"http://localhost:{site.port}/robots.txt")
    config = crawl_config(tmp_path)
    with pytest.raises(CrawlError):
        crawl([site.url("/")], config.corpus_dir, config, session)
    assert all(s.host == f"127.0.0.1:{site.port}" for s in site.seen)
    assert not site.requests_for("/")
