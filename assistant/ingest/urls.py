"""URL normalisation for the crawler: one spelling per page, so the frontier never visits it twice."""
from __future__ import annotations

import posixpath
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from requests.utils import requote_uri

DEFAULT_PORTS = {"http": 80, "https": 443}
# Query parameters that only tell analytics where a visitor came from; the page is the same.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "mc_cid", "mc_eid",
    "_ga", "_gl", "_hsenc", "_hsmi", "igshid", "mkt_tok", "ref_src", "srsltid",
})
TRACKING_PREFIXES = ("utm_", "pk_", "piwik_", "matomo_")
# Longer URLs and paths that repeat a segment this often are generated traps, not pages.
MAX_URL_CHARS = 2000
MAX_SEGMENT_REPEATS = 3
_DIGITS = re.compile(r"\d+")


def _is_tracking(name: str) -> bool:
    lowered = name.casefold()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def normalize_url(url: str, base: str | None = None) -> str | None:
    """The canonical spelling of an http(s) URL (resolved against `base`); None for other schemes.

    Lower-case scheme and host, no default port, no fragment, no tracking parameters, sorted query,
    dot segments resolved, percent-encoding made uniform; an empty path becomes "/".
    """
    url = (url or "").strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    if "/." in path:
        trailing = path.endswith(("/", "/.", "/.."))
        path = posixpath.normpath(path)
        path = "/" + path.lstrip("/")
        if trailing and not path.endswith("/"):
            path += "/"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _is_tracking(k)))
    return requote_uri(urlunsplit((scheme, netloc, path, query, "")))


def page_key(url: str) -> str:
    """The identity of a page for "seen" checks: `/om` and `/om/` are one page."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def host_of(url: str) -> str:
    """scheme://host[:port] of a normalised URL: the unit for robots.txt, delays and the allow-list."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def site_of(url: str) -> str:
    """The site a normalised URL belongs to: its host and port, scheme and a leading "www." ignored."""
    netloc = urlsplit(url).netloc
    return netloc[4:] if netloc.startswith("www.") else netloc


def counter_pattern(url: str) -> str | None:
    """The URL with every run of digits as "N" (`/kalender/?page=N`), or None if it has none.

    Pages whose addresses share a pattern differ only by a counter: a calendar's next month, a
    listing's next page. The crawler follows a limited number of them.
    """
    parts = urlsplit(url)
    rest = parts.path + "?" + parts.query
    pattern = _DIGITS.sub("N", rest)
    return None if pattern == rest else parts.netloc + pattern


def looks_like_trap(url: str) -> bool:
    """True for URLs that endless link generators produce: very long, or a path segment repeated."""
    if len(url) > MAX_URL_CHARS:
        return True
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return any(segments.count(s) >= MAX_SEGMENT_REPEATS for s in set(segments))
