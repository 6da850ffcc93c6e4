"""Polite HTTP GET for the crawler: delay per host, an overall deadline, retries, size cap, redirects."""
from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

import requests

from .urls import host_of, normalize_url

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
# A server asking us to come back later is obeyed, but one night's run must still end.
MAX_RETRY_AFTER_SECONDS = 120.0
MAX_BACKOFF_SECONDS = 60.0
CONNECT_TIMEOUT_SECONDS = 10.0
CHUNK_BYTES = 64 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
# Servers label files this vaguely; the first bytes then tell HTML from PDF.
SNIFF_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream",
                         "application/download", "application/force-download"})


class _DeadlinePassed(Exception):
    """Raised by the timer signal into whatever read was blocking when a fetch ran out of time."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Interrupt the block inside (connect, headers, body) once `seconds` of real time have passed.

    A read timeout bounds each wait for a byte, not the whole answer: a server sending one byte
    every few seconds never trips it. A real-time timer does. Signals reach only the main thread
    (where `indexer.py` crawls); elsewhere the body loop's own clock check is the bound.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum, _frame):
        raise _DeadlinePassed()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class FetchFailed(Exception):
    """No usable response for a URL; `reason` is a short Danish label for the summary."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class Response:
    """The final response after redirects; `content` is empty when the body was not wanted."""

    url: str
    status: int
    headers: Mapping[str, str]
    content: bytes = b""
    redirects: tuple[str, ...] = ()
    body_read: bool = True

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")

    @property
    def kind(self) -> str | None:
        """"html", "pdf" or None (another type), by Content-Type or, if vague, by the first bytes."""
        base = _base_type(self.content_type)
        if base in HTML_TYPES:
            return "html"
        if base in PDF_TYPES:
            return "pdf"
        if base in SNIFF_TYPES:
            head = self.content[:1024].lstrip().lower()
            if head.startswith(b"%pdf-"):
                return "pdf"
            if head.startswith(b"<!doctype html") or b"<html" in head:
                return "html"
        return None


@dataclass
class PoliteFetcher:
    """GETs through a caller's requests.Session; `clock` and `sleep` are seams for tests."""

    session: requests.Session
    user_agent: str
    delay: float = 1.0
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0
    max_bytes: int = 20 * 1024 * 1024
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    # When each host was last asked, and hosts whose robots.txt asks for a longer delay.
    _last: dict[str, float] = field(default_factory=dict, init=False, repr=False)
    # Real time (not `clock`, which tests move by hand) when the current attempt must be done.
    _due: float = field(default=0.0, init=False, repr=False)
    _delays: dict[str, float] = field(default_factory=dict, init=False, repr=False)

    def set_host_delay(self, host: str, seconds: float) -> None:
        """A longer delay for one host (robots.txt Crawl-delay); never shorter than ours."""
        self._delays[host] = max(self.delay, seconds)

    def get(self, url: str, headers: Mapping[str, str] | None = None,
            allow: Callable[[str], str | None] | None = None,
            wanted: Callable[[str], bool] | None = None) -> Response:
        """Fetch `url`, following redirects that `allow(url)` accepts (it returns a refusal reason).

        Conditional `headers` go with the first request only. The body is read only if
        `wanted(content_type)` says so, and never beyond `max_bytes`.
        """
        chain: list[str] = []
        current = url
        extra = dict(headers or {})
        while True:
            response = self._request(current, extra)
            location = response.headers.get("Location")
            if response.status_code not in REDIRECT_STATUSES or not location:
                return self._finish(current, response, tuple(chain), wanted)
            response.close()
            target = normalize_url(location, current)
            chain.append(current)
            if target is None:
                raise FetchFailed(url, "ugyldig omdirigering")
            if target in chain:
                raise FetchFailed(url, "omdirigeringsløkke")
            if len(chain) > MAX_REDIRECTS:
                raise FetchFailed(url, "for mange omdirigeringer")
            refusal = allow(target) if allow else None
            if refusal:
                raise FetchFailed(url, refusal)
            current, extra = target, {}

    def _wait_turn(self, host: str) -> None:
        delay = self._delays.get(host, self.delay)
        last = self._last.get(host)
        if last is not None:
            remaining = delay - (self.clock() - last)
            if remaining > 0:
                self.sleep(remaining)
        self._last[host] = self.clock()

    def _request(self, url: str, headers: Mapping[str, str]) -> requests.Response:
        host = host_of(url)
        for attempt in range(self.retries + 1):
            self._wait_turn(host)
            self._due = time.monotonic() + self.timeout
            try:
                with deadline(self.timeout):
                    response = self.session.get(
                        url, headers={"User-Agent": self.user_agent, **headers}, stream=True,
                        allow_redirects=False, timeout=(min(CONNECT_TIMEOUT_SECONDS, self.timeout),
                                                        self.timeout))
            except (requests.Timeout, _DeadlinePassed):
                reason = "tidsudløb"
            except requests.ConnectionError:
                reason = "forbindelsesfejl"
            except requests.RequestException as exc:
                raise FetchFailed(url, f"ugyldig forespørgsel ({type(exc).__name__})") from exc
            else:
                if response.status_code not in RETRY_STATUSES or attempt == self.retries:
                    return response
                reason = f"HTTP {response.status_code}"
                wait = _retry_after(response.headers.get("Retry-After"))
                response.close()
                if wait is not None:
                    self.sleep(wait)
                    continue
            if attempt == self.retries:
                raise FetchFailed(url, reason)
            self.sleep(min(self.backoff * 2 ** attempt, MAX_BACKOFF_SECONDS))
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _finish(self, url: str, response: requests.Response, chain: tuple[str, ...],
                wanted: Callable[[str], bool] | None) -> Response:
        headers = response.headers
        status = response.status_code
        if status != 200 or (wanted and not wanted(headers.get("Content-Type", ""))):
            response.close()
            return Response(url=url, status=status, headers=headers, redirects=chain,
                            body_read=False)
        declared = headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            response.close()
            raise FetchFailed(url, "for stor")
        body = bytearray()
        try:
            # The headers and the body share one deadline: ASSISTANT_CRAWL_TIMEOUT in all.
            with deadline(self._due - time.monotonic()):
                for piece in response.iter_content(CHUNK_BYTES):
                    body += piece
                    if len(body) > self.max_bytes:
                        raise FetchFailed(url, "for stor")
                    if time.monotonic() > self._due:
                        raise _DeadlinePassed()
        except _DeadlinePassed:
            raise FetchFailed(url, "tidsudløb") from None
        except requests.RequestException as exc:
            raise FetchFailed(url, "afbrudt overførsel") from exc
        finally:
            response.close()
        return Response(url=url, status=status, headers=headers, content=bytes(body),
                        redirects=chain)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header given in seconds; dates and junk fall back to backoff."""
    if value and value.strip().isdigit():
        return min(float(value.strip()), MAX_RETRY_AFTER_SECONDS)
    return None


def _base_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def wanted_type(content_type: str) -> bool:
    """Whether a body of this Content-Type may be a page or a PDF, and so is worth downloading."""
    base = _base_type(content_type)
    return base in HTML_TYPES or base in PDF_TYPES or base in SNIFF_TYPES
