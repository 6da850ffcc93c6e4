"""Hostile sites cannot hold or bloat the nightly crawl: one deadline per fetch, capped unpacking,
counter traps cut short, and a page budget per site."""
from __future__ import annotations

import socket
import threading
import tracemalloc
import zlib

import pytest
import requests

from assistant.config import Config
from assistant.documents import read_corpus
from assistant.ingest.crawl import HOST_BUDGET, crawl
from assistant.ingest.fetch import FetchFailed, PoliteFetcher
from assistant.ingest.frontier import COUNTER_TRAP
from assistant.ingest.sitemaps import parse_sitemap
from tests.support.crawl import FakeClock, Page, SiteServer

UA = "Balance-assistenten/1.0 (+https://balance-danmark.dk/)"


class TricklingServer:
    """Answers every connection one byte at a time, `pause` seconds apart: in the headers or the body."""

    def __init__(self, pause: float, in_headers: bool):
        self.pause, self.in_headers = pause, in_headers
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/"
        self.sent = 0
        self.stopped = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        body = b"<p>" + b"x" * 200 + b"</p>"
        head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                + str(len(body)).encode() + b"\r\n" + b"X-Pad: " + b"y" * 200 + b"\r\n\r\n")
        quick, slow = (b"HTTP/1.1 200 OK\r\n", head[17:] + body) if self.in_headers else (head, body)
        with conn:
            conn.recv(4096)
            try:
                conn.sendall(quick)
                for byte in slow:
                    if self.stopped.wait(self.pause):
                        return
                    conn.sendall(bytes([byte]))
                    self.sent += 1
            except OSError:
                return  # the crawler hung up: what the deadline is for

    def close(self) -> None:
        self.stopped.set()
        self.listener.close()


@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
def test_a_server_trickling_one_byte_at_a_time_is_cut_off_at_the_crawl_timeout(in_headers):
    server = TricklingServer(pause=0.05, in_headers=in_headers)
    clock = FakeClock()
    try:
        with requests.Session() as session:
            fetcher = PoliteFetcher(session=session, user_agent=UA, delay=0.0, timeout=0.5, retries=0,
                                    clock=clock, sleep=clock.sleep)
            with pytest.raises(FetchFailed) as caught:
                fetcher.get(server.url)
        # Each byte came well within the per-read timeout; only the overall deadline stops it.
        assert caught.value.reason == "tidsudløb"
        assert server.sent < 200, "the whole answer would have taken over 20 s"
    finally:
        server.close()


def gzip_bomb(unpacked_bytes: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"\0" * (1024 * 1024)
    out = [packer.compress(zeros) for _ in range(unpacked_bytes // len(zeros))]
    return b"".join(out) + packer.flush()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """About 200 KB that unpack to 200 MB of zeros."""
    return gzip_bomb(200 * 1024 * 1024)


def test_a_gzip_sitemap_that_unpacks_beyond_the_cap_is_refused_without_unpacking_it(bomb):
    tracemalloc.start()
    try:
        pages, nested = parse_sitemap(bomb, max_bytes=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (pages, nested) == ([], [])
    assert peak < 10 * 1024 * 1024


def test_a_gzip_sitemap_within_the_cap_is_read():
    urlset = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              b"<url><loc>https://groennebyer.example/om/</loc></url></urlset>")
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    assert parse_sitemap(packer.compress(urlset) + packer.flush(), max_bytes=1_000) == (
        ["https://groennebyer.example/om/"], [])


def test_a_gzip_encoded_page_that_unpacks_beyond_the_size_cap_is_refused(bomb):
    with SiteServer() as site, requests.Session() as session:
        site.pages["/bombe/"] = Page(body=bomb, content_type="text/html",
                                     headers={"Content-Encoding": "gzip"})
        fetcher = PoliteFetcher(session=session, user_agent=UA, delay=0.0, retries=0,
                                max_bytes=1_000_000)
        tracemalloc.start()
        try:
            with pytest.raises(FetchFailed) as caught:
                fetcher.get(site.url("/bombe/"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert caught.value.reason == "for stor"
    assert peak < 20 * 1024 * 1024


def crawl_config(tmp_path, **settings) -> Config:
    return Config(corpus_dir=tmp_path / "corpus", crawl_delay=0.0, crawl_backoff=0.01, **settings)


def calendar(site: SiteServer) -> None:
    """A calendar whose every month links to the next, each with its own text: endless."""
    site.html("/", '<main><h1>Grønne Byer</h1><p>Se <a href="/kalender/?maaned=1">kalenderen</a> og '
                   '<a href="/om/">om os</a>.</p></main>')
    site.html("/om/", "<main><h1>Om os</h1><p>Foreningen Grønne Byer planter træer.</p></main>")
    for month in range(1, 400):
        site.html(f"/kalender/?maaned={month}",
                  f'<main><h1>Måned {month}</h1><p>Ingen arrangementer i måned nummer {month} endnu.</p>'
                  f'<a href="/kalender/?maaned={month + 1}">Næste</a></main>')


def test_a_calendar_trap_is_cut_short_and_the_real_pages_still_land(tmp_path):
    config = crawl_config(tmp_path, crawl_max_pages=300, crawl_max_counter_pages=20)
    with SiteServer() as site, requests.Session() as session:
        calendar(site)
        summary = crawl([site.url("/")], config.corpus_dir, config, session)
        months = [s for s in site.seen if s.path.startswith("/kalender/")]
    assert len(months) == 20
    assert summary.skipped[COUNTER_TRAP] == 1
    assert not summary.limit_reached
    assert "Om os" in {doc.title for doc in read_corpus(config.corpus_dir)}


def test_each_site_gets_its_share_of_the_page_budget(tmp_path):
    config = crawl_config(tmp_path, crawl_max_pages=40, crawl_max_counter_pages=1000)
    with SiteServer() as trap_site, SiteServer() as small_site, requests.Session() as session:
        calendar(trap_site)
        small_site.html("/", '<main><h1>Haverne</h1><p>Fælleshaver i Aarhus. <a href="/vand/">Vand</a></p></main>')
        small_site.html("/vand/", "<main><h1>Vanding</h1><p>Haverne vandes om aftenen.</p></main>")
        summary = crawl([trap_site.url("/"), small_site.url("/")], config.corpus_dir, config, session)
        trap_requests = [s for s in trap_site.seen if s.path not in ("/robots.txt", "/sitemap.xml")]
    titles = {doc.title for doc in read_corpus(config.corpus_dir)}
    assert {"Haverne", "Vanding"} <= titles
    assert len(trap_requests) == 20  # half of 40 for each of the two sites
    assert summary.skipped[HOST_BUDGET] >= 1
