"""The crawler is a polite guest: it waits between requests, names itself, retries gently, gives up."""
from __future__ import annotations

import socket

import pytest
import requests

from assistant.config import Config
from assistant.ingest.crawl import CrawlError, crawl
from assistant.ingest.fetch import FetchFailed, PoliteFetcher
from tests.support.crawl import FakeClock, Page, RecordingSession, SiteServer, fixture_site

UA = "Balance-assistenten/1.0 (+https://balance-danmark.dk/)"


@pytest.fixture
def site():
    with SiteServer() as server:
        yield server


@pytest.fixture
def session():
    with requests.Session() as s:
        yield s


def fetcher(session, clock, **options) -> PoliteFetcher:
    settings = dict(user_agent=UA, delay=0.0, timeout=5.0, retries=2, backoff=0.5, max_bytes=10_000)
    settings.update(options)
    return PoliteFetcher(session=session, clock=clock, sleep=clock.sleep, **settings)


def test_a_crawl_waits_the_delay_between_requests_and_names_itself(site, session, tmp_path):
    fixture_site(site)
    clock = FakeClock()
    recording = RecordingSession(session, clock=clock)
    config = Config(corpus_dir=tmp_path / "corpus", crawl_delay=5.0, crawl_backoff=0.01,
                    crawl_max_bytes=200_000)
    crawl([site.url("/")], config.corpus_dir, config, recording, clock=clock, sleep=clock.sleep)
    times = [t for t, _url in recording.calls]
    assert len(times) > 15
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 5.0
    assert all(s.headers.get("User-Agent") == UA for s in site.seen)
    assert "balance-danmark.dk" in UA and "Balance-assistenten" in UA


def test_robots_txt_crawl_delay_slows_us_down_further(site, session, tmp_path):
    site.pages["/robots.txt"] = Page(body=b"User-agent: *\nCrawl-delay: 3\n", content_type="text/plain")
    site.html("/", "<a href='/a/'>a</a><a href='/b/'>b</a><p>Forside</p>")
    site.html("/a/", "<p>Side a</p>")
    site.html("/b/", "<p>Side b</p>")
    clock = FakeClock()
    recording = RecordingSession(session, clock=clock)
    config = Config(corpus_dir=tmp_path / "corpus", crawl_delay=1.0)
    crawl([site.url("/")], config.corpus_dir, config, recording, clock=clock, sleep=clock.sleep)
    times = [t for t, url in recording.calls if "robots" not in url]
    assert len(times) >= 3 and min(b - a for a, b in zip(times, times[1:])) >= 3.0


def test_a_500_is_retried_after_a_backoff_and_then_works(site, session):
    site.html("/ustabil/", "<p>Frivilligdage</p>", fail_times=1)
    clock = FakeClock()
    response = fetcher(session, clock).get(site.url("/ustabil/"))
    assert response.status == 200 and b"Frivilligdage" in response.content
    assert [s.status for s in site.requests_for("/ustabil/")] == [500, 200]
    assert clock.sleeps == [0.5]


def test_a_server_that_keeps_failing_is_given_up_on_with_growing_backoff(site, session):
    site.html("/nede/", "<p>x</p>", fail_times=99)
    clock = FakeClock()
    response = fetcher(session, clock).get(site.url("/nede/"))
    assert response.status == 500
    assert len(site.requests_for("/nede/")) == 3
    assert clock.sleeps == [0.5, 1.0]


def test_retry_after_is_obeyed(site, session):
    site.pages["/travl/"] = Page(status=503, body=b"travlt", headers={"Retry-After": "7"})
    clock = FakeClock()
    response = fetcher(session, clock, retries=1).get(site.url("/travl/"))
    assert response.status == 503 and clock.sleeps == [7.0]


def test_a_server_that_does_not_answer_in_time_times_out_and_is_given_up_on(site, session):
    site.html("/langsom/", "<p>x</p>", delay_seconds=1.0)
    clock = FakeClock()
    with pytest.raises(FetchFailed) as caught:
        fetcher(session, clock, timeout=0.2, retries=1).get(site.url("/langsom/"))
    assert caught.value.reason == "tidsudløb"
    assert len(site.requests_for("/langsom/")) == 2


def test_a_host_that_refuses_connections_is_reported(session):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    clock = FakeClock()
    with pytest.raises(FetchFailed) as caught:
        fetcher(session, clock, retries=1).get(f"http://127.0.0.1:{port}/")
    assert caught.value.reason == "forbindelsesfejl"


def test_a_page_over_the_size_limit_is_not_downloaded(site, session):
    site.html("/stor/", "<p>billede</p>" * 2000)
    with pytest.raises(FetchFailed) as caught:
        fetcher(session, FakeClock(), max_bytes=10_000).get(site.url("/stor/"))
    assert caught.value.reason == "for stor"


def test_unwanted_content_types_are_not_downloaded(site, session):
    site.pages["/video"] = Page(body=b"x" * 50_000, content_type="video/mp4")
    response = fetcher(session, FakeClock()).get(site.url("/video"), wanted=lambda t: t.startswith("text/"))
    assert response.status == 200 and not response.body_read and response.content == b""


@pytest.mark.parametrize("pages, reason", [
    ({"/a": "/b", "/b": "/a"}, "omdirigeringsløkke"),
    ({"/a": "/b", "/b": "/c", "/c": "/d", "/d": "/e", "/e": "/f", "/f": "/g", "/g": "/h"},
     "for mange omdirigeringer"),
])
def test_redirect_loops_and_chains_end(site, session, pages, reason):
    for source, target in pages.items():
        site.pages[source] = Page(status=302, location=target)
    with pytest.raises(FetchFailed) as caught:
        fetcher(session, FakeClock()).get(site.url("/a"))
    assert caught.value.reason == reason


def test_redirects_are_followed_only_where_allowed(site, session):
    site.pages["/flyttet"] = Page(status=301, location=f"http://localhost:{site.port}/ny")
    site.html("/ny", "<p>ny</p>")
    allow = lambda url: None if url.startswith(site.base) else "omdirigering ud af sitet"  # noqa: E731
    with pytest.raises(FetchFailed) as caught:
        fetcher(session, FakeClock()).get(site.url("/flyttet"), allow=allow)
    assert caught.value.reason == "omdirigering ud af sitet"
    assert not site.requests_for("/ny")


def test_an_unreadable_robots_txt_means_nothing_is_fetched_and_nothing_changes(site, session, tmp_path):
    site.pages["/robots.txt"] = Page(body=b"nede", fail_times=99)
    site.html("/", "<p>Forside</p>")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gammel.json").write_text("{}")
    config = Config(corpus_dir=corpus, crawl_delay=0.0, crawl_backoff=0.0, crawl_retries=1)
    with pytest.raises(CrawlError) as caught:
        crawl([site.url("/")], corpus, config, session)
    assert "robots.txt" in caught.value.message and "uændrede" in caught.value.message
    assert not site.requests_for("/")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["corpus"]
    assert [p.name for p in corpus.iterdir()] == ["gammel.json"]
