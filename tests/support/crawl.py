"""A small web site on 127.0.0.1 for crawler tests: mutable pages, conditional GET, recorded requests."""
from __future__ import annotations

import hashlib
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from fpdf import FPDF


@dataclass
class Page:
    """One resource of the site; `fail_times` answers 500 that many times before it works."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str = ""
    etag: bool = True
    last_modified: str = ""
    fail_times: int = 0
    delay_seconds: float = 0.0
    headers: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Seen:
    """A request as the server saw it, with the status it answered."""

    path: str
    host: str
    headers: dict
    status: int
    at: float


class SiteServer:
    """Serves `pages` (path -> Page) on a free loopback port; `prefix_pages` answer a whole folder."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.prefix_pages: dict[str, Page] = {}
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self.port = self._server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02},
                                        daemon=True)

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def url(self, path: str) -> str:
        return self.base + path

    def html(self, path: str, body: str, **fields) -> None:
        self.pages[path] = Page(body=body.encode("utf-8"), **fields)

    def requests_for(self, path: str) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if s.path == path]

    def lookup(self, path: str) -> Page | None:
        if path in self.pages:
            return self.pages[path]
        for prefix, page in self.prefix_pages.items():
            if path.startswith(prefix):
                return page
        return None

    def record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A crawler hanging up on a body it does not want is normal; anything else is a bug.
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


def _handler_for(site: SiteServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as two writes

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            page = site.lookup(self.path)
            status, headers, body = _respond(page, self.headers)
            site.record(Seen(self.path, self.headers.get("Host", ""), dict(self.headers), status,
                             time.monotonic()))
            if page is not None and page.delay_seconds:
                time.sleep(page.delay_seconds)  # a slow server, for the timeout story
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler hung up on a page it found too big

        def log_message(self, format, *args) -> None:  # noqa: A002
            pass

    return Handler


def _respond(page: Page | None, request_headers) -> tuple[int, dict, bytes]:
    if page is None:
        return 404, {"Content-Type": "text/html; charset=utf-8"}, b"<h1>Siden findes ikke</h1>"
    if page.fail_times > 0:
        page.fail_times -= 1
        return 500, {"Content-Type": "text/plain"}, b"Intern fejl"
    if page.location:
        return page.status, {"Location": page.location}, b""
    headers = {"Content-Type": page.content_type, **page.headers} if page.content_type else \
        dict(page.headers)
    if page.status != 200:
        return page.status, headers, page.body
    etag = '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"' if page.etag else ""
    if etag:
        headers["ETag"] = etag
    if page.last_modified:
        headers["Last-Modified"] = page.last_modified
    if (etag and request_headers.get("If-None-Match") == etag) or (
            not etag and page.last_modified
            and request_headers.get("If-Modified-Since") == page.last_modified):
        return 304, headers, b""
    return 200, headers, page.body


def make_pdf(pages: list[str], title: str = "") -> bytes:
    """A PDF with one page per text (Latin-1 letters, so æøå work with the core fonts)."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    if title:
        pdf.set_title(title)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A PDF whose page has drawings but no text layer, like a scan."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 80, style="F")
    return bytes(pdf.output())


@dataclass
class FakeClock:
    """A monotonic clock that only moves when the crawler sleeps; records every sleep."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class RecordingSession:
    """A requests.Session stand-in that delegates, recording (clock time, url) and optionally
    raising `interrupt` (e.g. KeyboardInterrupt) from the `interrupt_after`-th request on."""

    def __init__(self, inner, clock: Callable[[], float] = time.monotonic,
                 interrupt_after: int | None = None, interrupt: type[BaseException] = KeyboardInterrupt):
        self.inner = inner
        self.clock = clock
        self.calls: list[tuple[float, str]] = []
        self.interrupt_after = interrupt_after
        self.interrupt = interrupt

    def get(self, url: str, **kwargs):
        if self.interrupt_after is not None and len(self.calls) >= self.interrupt_after:
            raise self.interrupt()
        self.calls.append((self.clock(), url))
        return self.inner.get(url, **kwargs)


def poll(predicate: Callable[[], bool], timeout: float = 5.0, interval: float = 0.01) -> bool:
    """Wait until predicate() is true or the timeout passes; returns its last value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


# ---- The fixture site: "Foreningen Grønne Byer", a fictional association -------------------------

BOILERPLATE_WORDS = ("Lindealle", "cookies", "Accepter", "nyhedsbrev", "Søg på siden", "Hovedmenu")


def _chrome(site: SiteServer, title: str, main: str, extra_head: str = "") -> str:
    """A page with everything a real site wraps its text in: menus, banner, search, footer."""
    return f"""<!DOCTYPE html>
<html lang="da-DK"><head><meta charset="utf-8"><title>{title} | Foreningen Grønne Byer</title>
<meta property="og:title" content="{title}">{extra_head}
<link rel="stylesheet" href="/stil.css">
<script>window.spor = function () {{ return "Kontingent 999 kr. i scriptet"; }};</script>
<style>.menu {{ color: green; }}</style></head>
<body>
<div id="cookie-consent" class="cookie-banner"><p>Vi bruger cookies til statistik.</p>
<button>Accepter alle</button></div>
<header class="site-header"><a href="/" class="logo">Foreningen Grønne Byer</a>
<nav aria-label="Hovedmenu"><ul><li><a href="/">Forside</a></li><li><a href="/om-os/">Om os</a></li>
<li><a href="/medlemskab/?utm_source=menu">Medlemskab</a></li><li><a href="/vedtaegter/">Vedtægter</a></li>
<li><a href="/publikationer/#top">Publikationer</a></li></ul></nav>
<form class="search" action="/soeg"><input name="q" placeholder="Søg på siden"><button>Søg</button></form>
</header>
<main>{main}</main>
<aside class="sidebar"><h2>Nyhedsbrev</h2><p>Tilmeld dig vores nyhedsbrev om plantedage.</p></aside>
<footer><p>Foreningen Grønne Byer · Lindealle 7 · 9999 Træby</p>
<p><a href="http://localhost:{site.port}/hemmelig/">Partnerside</a>
<a href="https://example.invalid/">Ekstern side</a></p></footer>
</body></html>"""


FRONT_PAGE = """<h1>Velkommen til Foreningen Grønne Byer</h1>
<p>Vi arbejder for flere træer, grønne tage og plantekasser i byens gader. Foreningen er drevet af
frivillige og finansieret af medlemmernes kontingent.</p>
<ul>
<li><a href="/gammel-side/">Læs om vores historie</a></li>
<li><a href="/ustabil/">Frivilligdage</a></li>
<li><a href="/gamle-sider/groenne-tage.html">Grønne tage på skolerne</a></li>
<li><a href="/stor-side/">Det store billedarkiv</a></li>
<li><a href="/sloejfe/">Kalender</a></li>
<li><a href="/findes-ikke/">En gammel kampagne</a></li>
<li><a href="/intern/bestyrelse/">Bestyrelsens interne referater</a></li>
<li><a href="/medlemskab/print/">Medlemskab (udskriftsvenlig)</a></li>
<li><a href="/feed/">Nyhedsfeed</a></li>
<li><a href="/kort.png">Kort over plantekasserne</a></li>
</ul>"""

ABOUT_PAGE = """<article><h1>Om os</h1>
<p>Foreningen Grønne Byer samler borgere, der vil have mere natur ind i byen. Læs
<a href="/om-os/historie/">vores historie</a>.</p>
<h2 id="formaal">Vores formål</h2>
<p>Foreningens formål er at gøre byen grønnere, køligere og rarere at færdes i.</p>
<h3>Træer i gaderne</h3>
<p>Vi planter træer i samarbejde med kommunen og passer dem de første tre år.</p>
<h3>Grønne tage</h3>
<p>Vi rådgiver boligforeninger, der vil anlægge grønne tage.</p>
<h2>Bestyrelsen</h2>
<p>Bestyrelsen består af fem medlemmer, som vælges for to år ad gangen. Formand for foreningen er
Birte&nbsp;Kastanje, og kasserer er <strong>Holger Hyld</strong>.</p>
</article>"""

MEMBERSHIP_PAGE = """<h1>Medlemskab</h1>
<p>Alle, der støtter foreningens formål, kan blive medlem.</p>
<h2>Kontingent</h2>
<p>Kontingentet er {adult} kr. om året for voksne og {student} kr. for studerende og pensionister.</p>
<ul><li>Voksne: {adult} kr.</li><li>Studerende og pensionister: {student} kr.</li></ul>
<h2>Sådan melder du dig ind</h2>
<p>Du melder dig ind ved at skrive til kassereren med dit navn og din adresse.</p>"""

STATUTES_PAGE = """<h1>Vedtægter</h1>
<h2>§ 1 Navn</h2>
<p>Foreningens navn er Foreningen Grønne Byer.</p>
<h2>§ 4 Medlemmer</h2>
<p>Stk. 1. Som medlem kan optages enhver, der støtter foreningens formål.</p>
<p>Stk. 2. Udmeldelse sker skriftligt til kassereren med en måneds varsel.</p>
<h2>§ 7 Generalforsamling</h2>
<p>Stk. 1. Den ordinære generalforsamling afholdes hvert år i marts.</p>
<p>Stk. 2. Generalforsamlingen indkaldes med mindst tre ugers varsel ved e-mail til medlemmerne.</p>"""

HISTORY_PAGE = """<h1>Vores historie</h1>
<h2>Stiftelsen</h2>
<p>Foreningen Grønne Byer blev stiftet den 14. maj 2009 af en gruppe naboer i Træby, som ville plante
kastanjetræer på deres vej.</p>"""

LATIN1_PAGE = """<html><head><title>Grønne tage på skolerne</title></head><body>
<h1>Grønne tage på skolerne</h1>
<p>I 2012 fik Æblehavens Skole og Søbredden Skole sedumtage med støtte fra foreningen. Tagene
opsamler regnvand og køler klasselokalerne om sommeren.</p></body></html>"""

NEWS_PAGE = """<article><header><h1>Plantedag i Kirsebærparken</h1>
<p class="meta">Udgivet 12. april 2024</p></header>
<p>Lørdag den 27. april 2024 planter vi 40 frugttræer i Kirsebærparken. Alle er velkomne, og vi
sørger for spader og kaffe.</p></article>"""

ANNUAL_REPORT = [
    "Årsrapport 2023\n\nI 2023 plantede foreningens frivillige 312 nye træer i byens gader og gårde.",
    "Regnskab\n\nForeningen fik i 2023 et overskud på 18.400 kr., som hensættes til nye plantekasser "
    "i skolegårdene.",
]


def fixture_site(site: SiteServer) -> None:
    """Fill `site` with the association's pages and every trap the crawler must handle."""
    b = site.base
    site.html("/", _chrome(site, "Forside", FRONT_PAGE))
    site.html("/om-os/", _chrome(site, "Om os", ABOUT_PAGE))
    site.html("/medlemskab/", _chrome(site, "Medlemskab", MEMBERSHIP_PAGE.format(adult=250, student=100)))
    site.html("/medlemskab/print/", _chrome(site, "Medlemskab", "<p>Udskrift</p>" + MEMBERSHIP_PAGE.format(
        adult=250, student=100), extra_head=f'<link rel="canonical" href="{b}/medlemskab/">'))
    site.html("/vedtaegter/", _chrome(site, "Vedtægter", STATUTES_PAGE))
    site.pages["/gammel-side/"] = Page(status=301, location="/om-os/historie/")
    site.html("/om-os/historie/", _chrome(site, "Vores historie", HISTORY_PAGE))
    site.html("/ustabil/", _chrome(site, "Frivilligdage", "<h1>Frivilligdage</h1><p>Vores frivilligdage "
              "finder sted den første lørdag i hver måned, hvor vi vander, luger og planter sammen.</p>"),
              fail_times=1)
    site.pages["/gamle-sider/groenne-tage.html"] = Page(
        body=LATIN1_PAGE.encode("latin-1"), content_type="text/html", etag=False,
        last_modified="Tue, 03 Jan 2012 10:00:00 GMT")
    site.html("/stor-side/", _chrome(site, "Billedarkiv", "<p>billede</p>" * 60_000))
    site.prefix_pages["/sloejfe/"] = Page(body=_chrome(site, "Kalender", "<h1>Kalender</h1><p>Se hvad "
                                          "der sker i næste måned.</p><a href='naeste/'>Næste</a>")
                                          .encode("utf-8"))
    site.html("/intern/bestyrelse/", _chrome(site, "Internt", "<p>Hemmeligt referat fra bestyrelsen.</p>"))
    site.html("/hemmelig/", "<p>Denne side må crawleren aldrig hente.</p>")
    site.html("/publikationer/", _chrome(site, "Publikationer", """<h1 id="top">Publikationer</h1>
<ul><li><a href="/publikationer/aarsrapport-2023.pdf">Årsrapport 2023</a></li>
<li><a href="/publikationer/scannet-folder.pdf">Folder (scannet)</a></li>
<li><a href="/publikationer/defekt.pdf">Gammel folder</a></li></ul>"""))
    report = make_pdf(ANNUAL_REPORT, title="Årsrapport 2023")
    site.pages["/publikationer/aarsrapport-2023.pdf"] = Page(body=report, content_type="application/pdf")
    site.pages["/publikationer/scannet-folder.pdf"] = Page(body=image_only_pdf(),
                                                            content_type="application/pdf")
    site.pages["/publikationer/defekt.pdf"] = Page(body=report[: len(report) // 3],
                                                   content_type="application/pdf")
    site.pages["/feed/"] = Page(body=b"<rss></rss>", content_type="application/rss+xml")
    site.html("/nyheder/plantedag-2024/", _chrome(site, "Plantedag i Kirsebærparken", NEWS_PAGE))
    site.pages["/robots.txt"] = Page(body=f"User-agent: *\nDisallow: /intern/\n\nSitemap: {b}/sitemap-index.xml\n"
                                     .encode(), content_type="text/plain")
    site.pages["/sitemap-index.xml"] = Page(body=_sitemap_index(b, ["/sitemaps/sider.xml",
                                                                    "/sitemaps/nyheder.xml"]),
                                            content_type="application/xml")
    site.pages["/sitemaps/sider.xml"] = Page(body=_urlset(b, ["/", "/om-os/", "/vedtaegter/"]),
                                             content_type="application/xml")
    site.pages["/sitemaps/nyheder.xml"] = Page(body=_urlset(b, ["/nyheder/plantedag-2024/"]),
                                               content_type="application/xml")


def change_fixture_site(site: SiteServer) -> None:
    """A month later: a fee changes, a project appears, two pages disappear."""
    site.html("/medlemskab/", _chrome(site, "Medlemskab", MEMBERSHIP_PAGE.format(adult=300, student=125)))
    site.html("/", _chrome(site, "Forside", FRONT_PAGE.replace(
        "</ul>", '<li><a href="/nyheder/skolegaarde/">Nyt projekt: grønne skolegårde</a></li></ul>')))
    site.html("/nyheder/skolegaarde/", _chrome(site, "Grønne skolegårde", "<h1>Grønne skolegårde</h1>"
              "<p>Fra august 2024 hjælper foreningen tre skoler med at bytte asfalt ud med bede og "
              "bærbuske.</p>"))
    del site.pages["/ustabil/"]
    site.pages["/nyheder/plantedag-2024/"] = Page(status=410, body=b"<p>Fjernet</p>")


def _urlset(base: str, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>2024-04-01</lastmod></url>" for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode()


def _sitemap_index(base: str, paths: list[str]) -> bytes:
    maps = "".join(f"<sitemap><loc>{base}{p}</loc></sitemap>" for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>').encode()
