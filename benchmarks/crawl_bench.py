"""Measure crawler throughput on a generated local site, against plain GETs and plain parsing.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.crawl_bench [--pages 2000] [--json FILE]

A site of N generated pages (fictional association text with navigation, footer, headings, lists and
links, plus a sitemap) is served from a separate process on 127.0.0.1. Measured in the same run:
  fetch baseline   plain requests.Session GETs of every page, nothing else
  crawl            `assistant.ingest.crawl.crawl` with no delay: robots, sitemap, fetch, extract, write corpus
  parse baseline   BeautifulSoup(html, "lxml") of every page, nothing else
  extract+chunk    parse_html + chunk_document of every page (one core)
  extract+index    the same plus build_index of all chunks (one core)
and the ratios crawl/fetch baseline and extract/parse baseline.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import tempfile
import time
from pathlib import Path

import requests
from bs4 import BeautifulSoup

from assistant.config import Config
from assistant.index.bm25 import build_index
from assistant.index.chunking import chunk_document
from assistant.ingest.crawl import crawl
from assistant.ingest.extract.html import parse_html
from assistant.language.analysis import default_analyzer

REPO = Path(__file__).resolve().parents[1]

WORDS = """forening frivillig træ træer gade gader by byen grøn grønne tag tage plantekasse
plantekasser kommune borgere medlem medlemmer kontingent bestyrelse generalforsamling formål skole
skoler regnvand kompost bede buske frugttræer park parker vanding sommer vinter forår efterår år
projekt projekter støtte bevilling regnskab overskud budget plan planter planter vi og i på til af
med for som der det en et er at de har vil kan skal også flere mere nye alle hele""".split()


def page_html(n: int, pages: int, rng: random.Random) -> str:
    """One generated page: chrome around three headed sections, a list and links to five pages."""
    def sentence() -> str:
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
        return " ".join(words).capitalize() + "."

    sections = "".join(
        f"<h2>Afsnit {k} om {rng.choice(WORDS)}</h2>"
        + "".join(f"<p>{' '.join(sentence() for _ in range(4))}</p>" for _ in range(2))
        for k in range(1, 4))
    items = "".join(f"<li>{sentence()}</li>" for _ in range(4))
    links = "".join(f'<a href="/side/{rng.randrange(pages)}/">Side</a> ' for _ in range(5))
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Side {n}</title>
<script>var x = 1;</script></head><body>
<div class="cookie-banner">Vi bruger cookies. <button>OK</button></div>
<header><nav><a href="/">Forside</a> <a href="/side/0/">Om os</a> <a href="/side/1/">Kontakt</a></nav></header>
<main><h1>Side {n}</h1><p>{sentence()}</p>{sections}<ul>{items}</ul><p>{links}</p></main>
<footer>Foreningen Grønne Byer · Lindealle 7 · 9999 Træby</footer></body></html>"""


def generate(pages: int) -> dict[str, bytes]:
    rng = random.Random(20240601)
    site = {f"/side/{n}/": page_html(n, pages, rng).encode("utf-8") for n in range(pages)}
    site["/"] = page_html(-1, pages, rng).encode("utf-8")
    return site


def serve(pages: int, port_queue, stop_event) -> None:
    """Child process: serve the generated site until told to stop."""
    from tests.support.crawl import Page, SiteServer

    with SiteServer() as server:
        site = generate(pages)
        for path, body in site.items():
            server.pages[path] = Page(body=body)
        urls = "".join(f"<url><loc>{server.base}{p}</loc></url>" for p in site)
        server.pages["/sitemap.xml"] = Page(
            body=f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode(),
            content_type="application/xml")
        port_queue.put(server.port)
        stop_event.wait()


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--json", help="Also write the figures to this file.")
    args = parser.parse_args(argv)
    site = generate(args.pages)
    ctx = multiprocessing.get_context("spawn")
    port_queue, stop = ctx.Queue(), ctx.Event()
    server = ctx.Process(target=serve, args=(args.pages, port_queue, stop), daemon=True)
    server.start()
    results: dict[str, float] = {}
    try:
        base = f"http://127.0.0.1:{port_queue.get(timeout=60)}"
        with requests.Session() as session:
            started = time.perf_counter()
            for path in site:
                _ = session.get(base + path, timeout=10).content  # the whole body, as a crawl reads it
            results["fetch_baseline_pages_per_s"] = rate(len(site), time.perf_counter() - started)
            with tempfile.TemporaryDirectory() as tmp:
                config = Config(corpus_dir=Path(tmp) / "corpus", crawl_delay=0.0,
                                crawl_max_pages=len(site) + 10)
                started = time.perf_counter()
                summary = crawl([base + "/"], config.corpus_dir, config, session)
                seconds = time.perf_counter() - started
        results["crawl_pages"] = len(summary.new)
        results["crawl_pages_per_s"] = rate(len(summary.new), seconds)
    finally:
        stop.set()
        server.join(timeout=10)

    bodies = list(site.values())
    started = time.perf_counter()
    for body in bodies:
        BeautifulSoup(body.decode("utf-8"), "lxml")
    results["parse_baseline_pages_per_s"] = rate(len(bodies), time.perf_counter() - started)
    started = time.perf_counter()
    chunks = []
    for n, body in enumerate(bodies):
        chunks.extend(chunk_document(parse_html(body, f"http://bench.local/{n}/",
                                                "text/html; charset=utf-8").document))
    extract_seconds = time.perf_counter() - started
    results["extract_chunk_pages_per_s"] = rate(len(bodies), extract_seconds)
    started = time.perf_counter()
    build_index(chunks, default_analyzer())
    results["extract_chunk_index_pages_per_s"] = rate(
        len(bodies), extract_seconds + time.perf_counter() - started)
    results["chunks"] = len(chunks)
    results["crawl_vs_fetch_baseline"] = results["crawl_pages_per_s"] / results["fetch_baseline_pages_per_s"]
    results["extract_vs_parse_baseline"] = (results["extract_chunk_pages_per_s"]
                                            / results["parse_baseline_pages_per_s"])

    print(f"Genereret site: {len(site)} sider, {results['chunks']} afsnit")
    print(f"  hent (baseline, kun GET):        {results['fetch_baseline_pages_per_s']:8.1f} sider/s")
    print(f"  crawl (hent+udtræk+skriv):       {results['crawl_pages_per_s']:8.1f} sider/s "
          f"({results['crawl_vs_fetch_baseline']:.2f} × baseline)")
    print(f"  parse (baseline, BeautifulSoup): {results['parse_baseline_pages_per_s']:8.1f} sider/s")
    print(f"  udtræk+afsnit:                   {results['extract_chunk_pages_per_s']:8.1f} sider/s "
          f"({results['extract_vs_parse_baseline']:.2f} × baseline)")
    print(f"  udtræk+afsnit+indeks:            {results['extract_chunk_index_pages_per_s']:8.1f} sider/s")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
