"""What a site says about crawling it: robots.txt rules and the page lists of its sitemaps."""
from __future__ import annotations

import zlib
from dataclasses import dataclass, field

from lxml import etree
from protego import Protego

from .crawl_summary import UNREACHABLE
from .fetch import FetchFailed, PoliteFetcher
from .urls import normalize_url

MAX_SITEMAPS = 100
MAX_ROBOTS_BYTES = 512 * 1024
# The sitemap protocol's own limit for one (unpacked) sitemap file.
DEFAULT_MAX_SITEMAP_BYTES = 50 * 1024 * 1024
# robots.txt may ask for slower crawling; we obey, but a nightly job must still finish.
MAX_CRAWL_DELAY_SECONDS = 30.0
ROBOTS_UNREADABLE = "robots.txt kunne ikke læses"
# Fetch failures that mean no answer from the host at all (no network, wrong address, down).
NO_ANSWER = frozenset({"forbindelsesfejl", "tidsudløb"})


@dataclass
class RobotsPolicy:
    """The robots.txt of one host. `unavailable`: it could not be read (`problem` says why), so
    nothing may be fetched."""

    parser: Protego | None
    user_agent: str
    unavailable: bool = False
    sitemaps: list[str] = field(default_factory=list)
    problem: str = ""

    def allowed(self, url: str) -> bool:
        if self.unavailable:
            return False
        return self.parser is None or self.parser.can_fetch(url, self.user_agent)


def load_robots(fetcher: PoliteFetcher, host: str, allow_redirect) -> RobotsPolicy:
    """Fetch and parse host/robots.txt (RFC 9309: 4xx allows everything, 5xx and failures nothing).

    `allow_redirect(url)` returns why a redirect may not be followed (we never leave the site);
    a robots.txt we may not follow counts as unreadable, so nothing is fetched from that host.
    """
    user_agent = fetcher.user_agent
    try:
        response = fetcher.get(f"{host}/robots.txt", allow=allow_redirect)
    except FetchFailed as failed:
        problem = UNREACHABLE if failed.reason in NO_ANSWER else ROBOTS_UNREADABLE
        return RobotsPolicy(None, user_agent, unavailable=True, problem=problem)
    if response.status >= 500:
        return RobotsPolicy(None, user_agent, unavailable=True, problem=ROBOTS_UNREADABLE)
    if response.status != 200:
        return RobotsPolicy(None, user_agent)
    text = response.content[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
    parser = Protego.parse(text)
    delay = parser.crawl_delay(user_agent)
    if delay:
        fetcher.set_host_delay(host, min(float(delay), MAX_CRAWL_DELAY_SECONDS))
    sitemaps = [u for u in (normalize_url(s) for s in parser.sitemaps) if u]
    return RobotsPolicy(parser, user_agent, sitemaps=sitemaps)


def gunzip_capped(content: bytes, max_bytes: int) -> bytes | None:
    """Unpacked gzip data, or None if it is broken or would unpack to more than `max_bytes`.

    A gzip file can unpack a thousandfold (1 MiB to 1 GiB); it is unpacked in steps, never past
    the cap, so a hostile sitemap costs at most `max_bytes` of memory.
    """
    unpacker = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = unpacker.decompress(content, max_bytes + 1)
    except zlib.error:
        return None
    if len(out) > max_bytes:
        return None
    return out


def parse_sitemap(content: bytes, max_bytes: int = DEFAULT_MAX_SITEMAP_BYTES
                  ) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs) of a sitemap or sitemap index; gzip is unpacked up to
    `max_bytes` (a bigger or broken one counts as empty)."""
    if content[:2] == b"\x1f\x8b":
        unpacked = gunzip_capped(content, max_bytes)
        if unpacked is None:
            return [], []
        content = unpacked
    # No entities, no network: a sitemap is data from the internet.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    pages: list[str] = []
    nested: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or etree.QName(element).localname != "loc":
            continue
        parent = element.getparent()
        kind = etree.QName(parent).localname if parent is not None else ""
        url = normalize_url((element.text or "").strip())
        if url:
            (nested if kind == "sitemap" else pages).append(url)
    return pages, nested


def sitemap_pages(fetcher: PoliteFetcher, sitemap_urls: list[str], allow) -> tuple[list[str], int]:
    """Page URLs listed by these sitemaps and the indexes they name; `allow(url)` filters both.

    Returns the pages and the number of sitemaps read. Missing or broken sitemaps are passed over:
    a sitemap is a hint, the links are the truth.
    """
    queue = [u for u in dict.fromkeys(sitemap_urls) if allow(u) is None]
    seen = set(queue)
    pages: list[str] = []
    read = 0
    while queue and read < MAX_SITEMAPS:
        url = queue.pop(0)
        try:
            response = fetcher.get(url, allow=allow)
        except FetchFailed:
            continue
        if response.status != 200:
            continue
        read += 1
        found, nested = parse_sitemap(response.content, fetcher.max_bytes)
        pages.extend(found)
        for child in nested:
            if child not in seen and allow(child) is None:
                seen.add(child)
                queue.append(child)
    return list(dict.fromkeys(pages)), read
