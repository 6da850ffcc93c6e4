"""The crawl's frontier: the pages still to visit, each once, only on the crawl's own sites.

A link enters only if it is a page of a crawled site, not yet queued, not a file type that is never a
page, and not a trap (a calendar or counter that only changes a number in the address).
"""
from __future__ import annotations

from collections import Counter, deque
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from .crawl_summary import CrawlSummary
from .urls import counter_pattern, looks_like_trap, normalize_url, page_key, site_of

# Links to these are not pages; fetching them would only cost the site a request.
SKIP_SUFFIXES = frozenset(""".jpg .jpeg .png .gif .webp .svg .ico .bmp .tif .tiff .css .js .json
.xml .zip .gz .rar .7z .mp3 .mp4 .m4a .mov .avi .webm .wav .doc .docx .xls .xlsx .ppt .pptx .odt
.ods .odp .ics .vcf .rss .atom .woff .woff2 .ttf .eot .exe .dmg .apk""".split())
COUNTER_TRAP = "løkke (kun et tal i adressen skifter)"


class Frontier:
    """Pages to visit in the order found; every link turned away is noted in the crawl's summary."""

    def __init__(self, sites: set[str], summary: CrawlSummary, max_counter_pages: int):
        self.sites = sites
        self.summary = summary
        self.max_counter_pages = max_counter_pages
        self.pending: deque[str] = deque()
        self.queued: set[str] = set()
        self.outside: set[str] = set()
        self.counters: Counter[str] = Counter()

    def __bool__(self) -> bool:
        return bool(self.pending)

    def pop(self) -> str:
        return self.pending.popleft()

    def seen(self, key: str) -> None:
        """A page reached some other way (a redirect's target) is not queued again."""
        self.queued.add(key)

    def add(self, url: str | None, normalized: bool = False) -> None:
        url = url if normalized else normalize_url(url or "")
        if url is None:
            return
        if site_of(url) not in self.sites:
            if url not in self.outside:
                self.outside.add(url)
                self.summary.skip(url, "uden for sitet")
            return
        key = page_key(url)
        if key in self.queued:
            return
        self.queued.add(key)
        if PurePosixPath(urlsplit(url).path).suffix.lower() in SKIP_SUFFIXES:
            self.summary.skip(url, "anden filtype")
        elif looks_like_trap(url):
            self.summary.skip(url, "løkke")
        elif self._counter_trap(url):
            self.summary.skip(url, COUNTER_TRAP)
        else:
            self.pending.append(url)

    def _counter_trap(self, url: str) -> bool:
        """True once more than the allowed number of URLs differ from each other only by numbers."""
        pattern = counter_pattern(url)
        if pattern is None:
            return False
        self.counters[pattern] += 1
        return self.counters[pattern] > self.max_counter_pages
