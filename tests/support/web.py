"""Support for the web tests: loopback servers, a fictional association's corpus, headless Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from werkzeug.serving import make_server

from assistant.config import REPO_ROOT
from assistant.documents import Document, Section, slugify, write_document
from assistant.index.build import build_and_save

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MARKUP_PASSAGE = ("Nyhedsbrevet må gerne indeholde koden <b>fed</b> og "
                  "<img src=x onerror=\"document.title='hacket'\"> som almindelig tekst.")
# What follows the passage above in its section, so the citation's snippet shows it.
MARKUP_CONTEXT = "Redaktionen skriver <i>kursiv</i> og <u>understreget</u> med vilje."


def wait_until(predicate: Callable[[], object], timeout: float = 10.0, interval: float = 0.02,
               message: str = "betingelsen blev ikke opfyldt"):
    """Poll until `predicate()` is truthy and return its value; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{message} inden for {timeout} s")
        time.sleep(interval)


class ServerThread:
    """A WSGI app served by werkzeug on 127.0.0.1 in a background thread."""

    def __init__(self, app, port: int = 0):
        self.server = make_server("127.0.0.1", port, app, threaded=True)
        self.port = self.server.server_port
        self.url = f"http://127.0.0.1:{self.port}/"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


class StaticSite:
    """Another origin: a plain static web site (the organisation's own pages) on 127.0.0.1."""

    def __init__(self, root: Path):
        self.root = root
        handler = functools.partial(QuietHandler, directory=str(root))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/"
        self.origin = self.url.rstrip("/")
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def page(self, name: str, body: str, head: str = "") -> str:
        """Write an HTML page into the site and return its URL."""
        (self.root / name).write_text(
            f'<!doctype html><html lang="da"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{name}</title>{head}</head><body>{body}</body></html>", encoding="utf-8")
        return self.url + name

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def groenne_byer_documents(site_url: str) -> list[Document]:
    """The fictional association "Foreningen Grønne Byer", whose pages live on `site_url`."""
    def doc(path: str, title: str, sections: list[tuple[str, str]]) -> Document:
        return Document(url=site_url + path, title=title, source="add", sections=tuple(
            Section(heading=h, anchor=slugify(h), text=t) for h, t in sections))

    return [
        doc("om.html", "Om Foreningen Grønne Byer", [
            ("Vores vision", "Foreningen Grønne Byer har en vision om, at alle byer har en "
                             "fælleshave inden for ti minutters gang fra hver bolig."),
            ("Vores historie", "Foreningen Grønne Byer blev stiftet i 2009 af tre nabolag i "
                               "Aarhus under navnet Byhaver i Fællesskab."),
        ]),
        doc("medlem.html", "Bliv medlem", [
            ("Hvem kan blive medlem", "Medlemskab af Foreningen Grønne Byer er åbent for "
                                      "alle haveforeninger, kommuner og privatpersoner."),
        ]),
        doc("vedtaegter.html", "Vedtægter for Foreningen Grønne Byer", [
            ("§ 4 Kontingent", "§ 4. Kontingentet fastsættes af generalforsamlingen og betales "
                               "forud for et kalenderår ad gangen."),
        ]),
        doc("nyhedsbrev.html", "Nyhedsbrevet", [("Kode i nyhedsbrevet", f"{MARKUP_PASSAGE} {MARKUP_CONTEXT}")]),
    ]


def build_groenne_byer_index(tmp_path: Path, site_url: str) -> Path:
    """Write the association's corpus and build its index, as `python indexer.py build` would."""
    corpus = tmp_path / "corpus"
    for document in groenne_byer_documents(site_url):
        write_document(corpus, document)
    index_path = tmp_path / "index.bm25"
    build_and_save(corpus, index_path)
    return index_path


def require_chromium() -> None:
    """Fail (never skip) the browser tests with the fix when Debian's chromium is missing."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} mangler: browsertestene kører i Debians chromium. "
                    "Installer den med `apt-get install -y chromium` (eller kør scripts/test).",
                    pytrace=False)


def loopback_only(route) -> None:
    """Block every request that would leave 127.0.0.1 (the browser must never go online)."""
    host = urlsplit(route.request.url).hostname or ""
    if host == "127.0.0.1" or route.request.url.startswith(("data:", "blob:", "about:")):
        route.continue_()
    else:
        route.abort()


class Gunicorn:
    """gunicorn serving `assistant.app:create_app()` on 127.0.0.1, on a port the kernel chooses."""

    def __init__(self, env: dict[str, str], workers: int = 2, timeout: float = 30.0):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-w", str(workers), "-b", "127.0.0.1:0",
             "--graceful-timeout", "5", "assistant.app:create_app()"],
            cwd=REPO_ROOT, env={**os.environ, **env}, stderr=subprocess.PIPE, text=True)
        self.log: list[str] = []
        self.url = wait_until(self._listening, timeout=timeout, interval=0,
                              message="gunicorn lyttede ikke")
        # Keep reading its log so the pipe never fills up and blocks the workers.
        self.reader = threading.Thread(target=lambda: self.log.extend(self.proc.stderr), daemon=True)
        self.reader.start()

    def wait_ready(self, workers: int, timeout: float = 60.0) -> None:
        """Until every worker has loaded the app and its index (gunicorn.conf.py logs it)."""
        try:
            wait_until(lambda: "".join(self.log).count("Worker klar") >= workers, timeout=timeout,
                       message="gunicorns workers blev ikke klar")
        except AssertionError as exc:
            raise AssertionError(f"{exc}; gunicorns log:\n{''.join(self.log)[-4000:]}") from None

    def _listening(self) -> str | None:
        line = self.proc.stderr.readline()
        self.log.append(line)
        if not line and self.proc.poll() is not None:
            raise AssertionError("gunicorn stoppede:\n" + "".join(self.log))
        match = re.search(r"Listening at: (http://127\.0\.0\.1:\d+)", line)
        return match.group(1) + "/" if match else None

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=15)
        self.reader.join(timeout=5)
        self.proc.stderr.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def bike_parking_document(site_url: str) -> Document:
    """A page the association publishes later: present only in the rebuilt corpus."""
    return Document(url=site_url + "cykler.html", title="Cykelparkering", source="add", sections=(
        Section(heading="Cykelparkering ved haverne", anchor="cykelparkering-ved-haverne",
                text="Foreningen Grønne Byer har bygget 120 overdækkede cykelparkeringer "
                     "ved fælleshaverne i Aarhus."),))
