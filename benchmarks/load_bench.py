"""Load benchmark of the JSON API: gunicorn on 127.0.0.1, N concurrent clients, latency percentiles.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.load_bench [--seconds 30] [--clients 16] [--workers 4]
                                            [--chunks 10000] [--baseline-seconds 10]

For the bundled corpus and a generated corpus of about --chunks passages (fictional text about the
association "Foreningen Grønne Byer", written to a temporary folder), it builds the index, starts
`gunicorn -w WORKERS 'assistant.app:create_app()'` on a free loopback port with the rate limit
raised, and lets --clients closed-loop clients (asyncio, one connection per request, as gunicorn's
sync workers close it) post questions to /api/ask for --seconds. The baseline, measured in the same
run against the same server, is GET /healthz: the cost of the web stack without retrieval. Printed:
requests/s, p50/p95/p99 latency in ms, errors (non-200 or broken connections), and the ratio of
/api/ask to /healthz latency. Target (issue 4): zero errors, p95 < 50 ms at 10,000 chunks.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.documents import Document, Section, slugify, write_document
from assistant.index.build import build_and_save

REPO = Path(__file__).resolve().parents[1]

QUESTIONS = [
    "Hvad er Balance Danmarks vision?",
    "Hvornår blev Balance Danmark stiftet?",
    "Hvem kan blive medlem?",
    "Hvad hed Balance Danmark før?",
    "Hvordan arbejder foreningen med fælleshaver i byerne?",
    "Hvad siger vedtægterne om kontingent?",
    "Hvem står bag initiativet?",
    "Hvad koster en billet til månen?",
]
WORDS = ("fælleshave byhave kommune borger nabolag cykelsti regnvand træ bænk skole frivillig "
         "generalforsamling kontingent bestyrelse medlem vedtægt kompost bier blomster grøntsager "
         "klima beplantning vandhul legeplads bydel lokalplan budget projekt workshop sommer vinter "
         "høst frø drivhus redskaber naboer udvikling fællesskab natur grøn by plads gade park").split()
TEMPLATES = [
    "Foreningen Grønne Byer arbejder med {0} og {1} i {2}.",
    "I {3} mødes {4} for at tale om {5}.",
    "Bestyrelsen har besluttet, at {6} skal styrke {7} ved {8}.",
    "Et nyt projekt om {9} og {10} begynder i {11}.",
    "Medlemmerne ønsker mere {12}, færre biler og flere steder med {13}.",
]


@dataclass
class Result:
    label: str
    latencies_ms: list[float]
    errors: int
    seconds: float

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    def row(self) -> str:
        rate = len(self.latencies_ms) / self.seconds
        return (f"{self.label:<40} {len(self.latencies_ms):>8} {rate:>8.1f} {self.percentile(50):>8.2f} "
                f"{self.percentile(95):>8.2f} {self.percentile(99):>8.2f} {self.errors:>7}")


def generated_corpus(folder: Path, chunks: int, sections_per_doc: int = 10) -> Path:
    """Fictional documents of short sections (one passage each) adding up to about `chunks` passages."""
    rng = random.Random(4)
    for d in range(max(1, chunks // sections_per_doc)):
        sections = []
        for s in range(sections_per_doc):
            sentences = [rng.choice(TEMPLATES).format(*rng.choices(WORDS, k=14)) for _ in range(5)]
            heading = f"{rng.choice(WORDS).capitalize()} og {rng.choice(WORDS)} {s + 1}"
            sections.append(Section(heading=heading, anchor=slugify(heading), text=" ".join(sentences)))
        write_document(folder, Document(url=f"https://groenne-byer.example/notat/{d}/",
                                        title=f"Notat {d} fra Foreningen Grønne Byer",
                                        sections=tuple(sections), source="add"))
    return folder


def start_gunicorn(index_path: Path, db_path: Path, workers: int,
                   settings: dict[str, str] | None = None) -> tuple[subprocess.Popen, str, str]:
    """gunicorn on a free loopback port; `settings` are extra environment variables (Config)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(ASSISTANT_INDEX=str(index_path), ASSISTANT_DB=str(db_path),
               ASSISTANT_RATE_LIMIT="10000000 per minute", **(settings or {}))
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", str(workers), "-b", "127.0.0.1:0",
         "assistant.app:create_app()"], cwd=REPO, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    for line in proc.stderr:
        match = re.search(r"Listening at: http://(127\.0\.0\.1):(\d+)", line)
        if match:
            threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()
            return proc, match.group(1), match.group(2)
        if time.monotonic() > deadline:
            break
    proc.kill()
    raise SystemExit("gunicorn startede ikke")


def request_bytes(host: str, port: str, path: str, body: bytes | None) -> bytes:
    if body is None:
        return f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode()
    return (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body


async def client(host: str, port: str, requests: list[bytes], stop_at: float,
                 latencies: list[float], errors: list[int], seed: int) -> None:
    rng = random.Random(seed)
    while time.perf_counter() < stop_at:
        payload = rng.choice(requests)
        started = time.perf_counter()
        try:
            reader, writer = await asyncio.open_connection(host, int(port))
            writer.write(payload)
            await writer.drain()
            response = await reader.read()
            writer.close()
            ok = response.startswith(b"HTTP/1.1 200")
        except OSError:
            ok = False
        if ok:
            latencies.append((time.perf_counter() - started) * 1000)
        else:
            errors.append(1)


async def load(host: str, port: str, requests: list[bytes], clients: int, seconds: float):
    latencies: list[float] = []
    errors: list[int] = []
    started = time.perf_counter()
    await asyncio.gather(*(client(host, port, requests, started + seconds, latencies, errors, i)
                           for i in range(clients)))
    return latencies, len(errors), time.perf_counter() - started


def run(label: str, index_path: Path, args, tmp: Path) -> list[Result]:
    proc, host, port = start_gunicorn(index_path, tmp / f"{label}.sqlite3", args.workers)
    try:
        import json

        asks = [request_bytes(host, port, "/api/ask", json.dumps({"question": q}).encode())
                for q in QUESTIONS]
        health = [request_bytes(host, port, "/healthz", None)]
        asyncio.run(load(host, port, asks, args.clients, 2.0))  # warm every worker's index
        results = []
        for name, requests, seconds in (("GET /healthz (baseline)", health, args.baseline_seconds),
                                        ("POST /api/ask", asks, args.seconds)):
            latencies, errors, elapsed = asyncio.run(load(host, port, requests, args.clients, seconds))
            results.append(Result(f"{label}: {name}", latencies, errors, elapsed))
        return results
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--baseline-seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--chunks", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        bundled = build_and_save(REPO / "corpus", tmp / "bundled.bm25")
        generated = build_and_save(generated_corpus(tmp / "generated", args.chunks), tmp / "generated.bm25")
        print(f"{args.clients} klienter, gunicorn -w {args.workers}, {os.cpu_count()} kerner; "
              f"korpus: bundled {bundled.chunks} afsnit, genereret {generated.chunks} afsnit")
        print(f"{'måling':<40} {'svar':>8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
              f"{'fejl':>7}")
        corpora = (("bundled", tmp / "bundled.bm25"), (f"{generated.chunks} afsnit", tmp / "generated.bm25"))
        for label, path in corpora:
            baseline, asked = run(label, path, args, tmp)
            print(baseline.row())
            print(asked.row())
            print(f"{'':<40} p95 /api/ask ÷ p95 /healthz = "
                  f"{asked.percentile(95) / baseline.percentile(95):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
