"""The crawler: one site from start URLs and sitemaps into the corpus, politely and incrementally.

Every page's fate is settled against the previous corpus (new, updated, unchanged, removed); the new
corpus is staged beside the old one and swapped in only when the crawl ends, so a failed or
interrupted crawl leaves the previous corpus (and so the index) exactly as it was.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

import requests

from ..config import Config
from ..documents import Document
from ..errors import AssistantError
from .crawl_state import STATE_FILE, Previous, previous_documents, read_state, state_bytes
from .crawl_summary import NOT_TEXT, CrawlSummary, nothing_fetched
from .extract import failure_reason
from .extract.html import parse_html
from .extract.pdf import extract_pdf
from .extract.sniff import looks_like_text
from .fetch import FetchFailed, PoliteFetcher, Response, wanted_type
from .frontier import Frontier
from .run_lock import exclusive
from .sitemaps import RobotsPolicy, load_robots, sitemap_pages
from .staging import StagedCorpus
from .urls import host_of, normalize_url, page_key, site_of

OFFSITE_REDIRECT = "omdirigering ud af sitet"
ROBOTS_FORBID = "robots.txt forbyder"
HOST_BUDGET = "sidegrænsen for sitet er nået"
# Failures that say what the page is now (so its old document goes); others may pass, so it stays.
DEFINITIVE = frozenset({OFFSITE_REDIRECT, ROBOTS_FORBID, "for stor"})


class CrawlError(AssistantError):
    """The crawl could not run or fetched nothing; the previous corpus is untouched."""

    status = 502


def crawl(start_urls: Iterable[str], corpus_dir: Path, config: Config, session: requests.Session,
          *, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep,
          progress: Callable[[str], None] | None = None) -> CrawlSummary:
    """Crawl the sites of `start_urls` into `corpus_dir` and report what changed."""
    return Crawler(start_urls, corpus_dir, config, session, clock, sleep, progress).run()


class Crawler:
    """One crawl's frontier and bookkeeping; use `crawl()`."""

    def __init__(self, start_urls, corpus_dir, config, session, clock, sleep, progress):
        self.starts = _valid_starts(start_urls)
        self.sites = {site_of(u) for u in self.starts}
        self.corpus_dir = Path(corpus_dir)
        self.max_pages = config.crawl_max_pages
        self.host_budget = config.crawl_max_pages_per_host or max(1, self.max_pages // len(self.sites))
        self.host_attempts: Counter[str] = Counter()
        self.progress = progress
        self.fetcher = PoliteFetcher(
            session=session, user_agent=config.user_agent, delay=config.crawl_delay,
            timeout=config.crawl_timeout, retries=config.crawl_retries, backoff=config.crawl_backoff,
            max_bytes=config.crawl_max_bytes, clock=clock, sleep=sleep)
        self.summary = CrawlSummary()
        self.frontier = Frontier(self.sites, self.summary, config.crawl_max_counter_pages)
        self.robots: dict[str, RobotsPolicy] = {}
        self.previous: dict[str, Previous] = {}
        self.old_state: dict[str, dict] = {}
        self.state: dict[str, dict] = {}
        self.hashes: dict[str, str] = {}
        self.done: set[str] = set()
        self.gone: set[str] = set()
        self.attempts = 0
        self.stage: StagedCorpus | None = None

    def run(self) -> CrawlSummary:
        started = time.perf_counter()
        with exclusive(self.corpus_dir), StagedCorpus(self.corpus_dir) as stage:
            self.stage = stage
            self.previous = previous_documents(self.corpus_dir, self.sites)
            self.old_state, other_sites = read_state(self.corpus_dir, self.sites)
            self.state.update(other_sites)  # a crawl of one site keeps what it knew of others
            for url in self.starts:
                self.frontier.add(url)
            self._read_sitemaps()
            for url in [p.doc.url for p in self.previous.values()] + [
                    s["url"] for s in self.old_state.values()]:
                self.frontier.add(url)
            while self.frontier:
                if self.attempts >= self.max_pages:
                    self.summary.limit_reached = True
                    break
                url = self.frontier.pop()
                self._visit(url)
                if self.progress:
                    self.progress(url)
            if self.summary.fetched == 0 and self.summary.errors:
                raise CrawlError(nothing_fetched(self.starts, set(self.summary.errors)))
            for key, entry in self.old_state.items():
                if key not in self.gone:  # a page that failed for now keeps its links
                    self.state.setdefault(key, entry)
            stage.write_file(STATE_FILE, state_bytes(self.state))
            stage.commit()
        self.summary.seconds = time.perf_counter() - started
        return self.summary

    def _robots(self, host: str) -> RobotsPolicy:
        if host not in self.robots:
            self.robots[host] = load_robots(self.fetcher, host, self._off_site)
        return self.robots[host]

    def _off_site(self, url: str) -> str | None:
        return None if site_of(url) in self.sites else OFFSITE_REDIRECT

    def _refusal(self, url: str) -> str | None:
        """Why a redirect target or sitemap may not be fetched, or None if it may."""
        return self._off_site(url) or (
            None if self._robots(host_of(url)).allowed(url) else ROBOTS_FORBID)

    def _read_sitemaps(self) -> None:
        for host in dict.fromkeys(host_of(u) for u in self.starts):
            listed = self._robots(host).sitemaps + [f"{host}/sitemap.xml"]
            pages, read = sitemap_pages(self.fetcher, listed, self._refusal)
            self.summary.sitemaps += read
            for url in pages:
                self.frontier.add(url)

    def _conditional_headers(self, key: str) -> dict[str, str]:
        prev = self.previous.get(key)
        source = {"etag": prev.doc.etag, "last_modified": prev.doc.last_modified} if prev else \
            self.old_state.get(key, {})
        headers = {}
        if source.get("etag"):
            headers["If-None-Match"] = source["etag"]
        if source.get("last_modified"):
            headers["If-Modified-Since"] = source["last_modified"]
        return headers

    def _visit(self, url: str) -> None:
        key = page_key(url)
        if key in self.done:
            return  # already reached through a redirect
        policy = self._robots(host_of(url))
        if policy.unavailable:
            self.summary.error(url, policy.problem)
            return
        if not policy.allowed(url):
            self.summary.skip(url, ROBOTS_FORBID)
            self._drop_previous(key, ROBOTS_FORBID)
            return
        site = site_of(url)
        if self.host_attempts[site] >= self.host_budget:
            self.summary.skip(url, HOST_BUDGET)
            return
        self.host_attempts[site] += 1
        self.attempts += 1
        try:
            response = self.fetcher.get(url, self._conditional_headers(key), allow=self._refusal,
                                        wanted=wanted_type)
        except FetchFailed as failed:
            if failed.reason in DEFINITIVE:
                self.summary.skip(url, failed.reason, report=True)
                self._drop_previous(key, failed.reason)
            else:
                self.summary.error(url, failed.reason)
            return
        self.summary.fetched += 1
        final = page_key(response.url)
        if final != key:
            self._drop_previous(key, f"flyttet til {response.url}")
            if final in self.done:
                self.summary.skip(url, "omdirigering til kendt side")
                return
            self.frontier.seen(final)
        self.done.add(final)
        self._settle(final, response)

    def _settle(self, key: str, response: Response) -> None:
        status = response.status
        if status == 304:
            self._unchanged(key, response.url)
        elif status in (404, 410):
            self.gone.add(key)
            if key in self.previous:
                self._drop_previous(key, f"HTTP {status}")
            else:
                self.summary.error(response.url, f"HTTP {status}")
        elif status != 200:
            self.summary.error(response.url, f"HTTP {status}")
        else:
            kind = response.kind
            try:
                doc = self._extract(key, response, kind) if kind else None
            except Exception as exc:  # noqa: BLE001 (one hostile page must not stop the crawl)
                self._skip(key, response.url, failure_reason(exc), report=True)
                return
            if kind is None:
                self.summary.skip(response.url, "anden filtype")
                self._drop_previous(key, "anden filtype")
            elif doc is not None:
                self._store(key, replace(doc, etag=response.headers.get("ETag", ""),
                                         last_modified=response.headers.get("Last-Modified", "")))

    def _unchanged(self, key: str, url: str) -> None:
        prev, entry = self.previous.get(key), self.old_state.get(key)
        if prev is None and entry is None:
            self.summary.error(url, "uventet 304")
            return
        if prev is not None:
            self.summary.unchanged += 1
            self.hashes.setdefault(prev.doc.content_hash, key)
        if entry is not None:
            self.state[key] = entry
            for link in entry.get("links", []):
                self.frontier.add(link)

    def _extract(self, key: str, response: Response, kind: str) -> Document | None:
        """The page's Document, or None after recording why it is skipped; follows its links."""
        if kind == "pdf":
            doc = extract_pdf(response.content, response.url)
            return None if self._duplicate(key, doc) else doc
        if not looks_like_text(response.content):
            # Junk is more often a broken server or cache than the page's new content: the previous
            # version stays until a crawl gets text again.
            self.summary.skip(response.url, NOT_TEXT, report=True)
            return None
        page = parse_html(response.content, response.url, response.content_type)
        if self._duplicate(key, page.document):
            return None  # its links would only lead deeper into the same trap
        links = () if page.nofollow else tuple(
            u for u in (normalize_url(link) for link in page.links) if u)
        self.state[key] = {"url": response.url, "links": list(links),
                           "etag": response.headers.get("ETag", ""),
                           "last_modified": response.headers.get("Last-Modified", "")}
        for link in links:
            self.frontier.add(link, normalized=True)
        canonical = normalize_url(page.canonical) if page.canonical else None
        if canonical and page_key(canonical) != key and site_of(canonical) in self.sites:
            self.frontier.add(canonical)
            self._skip(key, response.url, "kanonisk adresse andetsteds")
        elif page.noindex:
            self._skip(key, response.url, "noindex")
        elif not page.document.sections:
            self._skip(key, response.url, "ingen tekst")
        else:
            return page.document
        return None

    def _duplicate(self, key: str, doc: Document) -> bool:
        owner = self.hashes.get(doc.content_hash)
        if owner is not None and owner != key:
            self._skip(key, doc.url, "dubletindhold")
            return True
        return False

    def _skip(self, key: str, url: str, reason: str, report: bool = False) -> None:
        self.summary.skip(url, reason, report)
        self._drop_previous(key, reason)

    def _store(self, key: str, doc: Document) -> None:
        self.hashes[doc.content_hash] = key
        prev = self.previous.get(key)
        if prev and prev.doc.content_hash == doc.content_hash and prev.doc.url == doc.url:
            self.summary.unchanged += 1
            if (prev.doc.etag, prev.doc.last_modified) != (doc.etag, doc.last_modified):
                self.stage.write(replace(doc, fetched_at=prev.doc.fetched_at))
            return
        path = self.stage.write(doc)
        if prev and prev.name != path.name:
            self.stage.remove(prev.name)
        (self.summary.updated if prev else self.summary.new).append(doc.url)

    def _drop_previous(self, key: str, reason: str) -> None:
        self.gone.add(key)
        prev = self.previous.pop(key, None)
        if prev is not None:
            self.stage.remove(prev.name)
            self.summary.removed.append((prev.doc.url, reason))


def _valid_starts(start_urls: Iterable[str]) -> list[str]:
    starts = []
    for raw in start_urls:
        url = normalize_url(raw)
        if url is None:
            raise CrawlError(f"Ugyldig startadresse: {raw!r}. Angiv en fuld adresse som "
                             f"https://balance-danmark.dk/.", status=400)
        starts.append(url)
    if not starts:
        raise CrawlError("Angiv mindst én startadresse.", status=400)
    return list(dict.fromkeys(starts))
