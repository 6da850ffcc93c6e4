"""The app's own CPU per /api/ask, besides working out the answer: one process, no HTTP server.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.request_cpu [--rounds 15]
  valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
      .venv/bin/python -m benchmarks.request_cpu --callgrind-passes 3

The bundled Om page is the index and the realistic benchmark questions are the requests (JSON
bodies through the whole WSGI app: routing, rate limits, JSON in and out, question log's queue,
security headers). Every question is asked once first, so the answer cache holds its answer and
what is measured is the rest of the request. Printed: the CPU time (this thread's own) per request,
passes with the rate limits on and off alternating (the machine's drift falls on both), and the
difference, the limits' share. With --callgrind-passes the requests run inside functools.reduce
and nothing else is timed: callgrind, collecting only there, counts the instructions of that many
passes (divide by passes × questions), a figure the machine's load does not move.
"""
from __future__ import annotations

import argparse
import functools
import gc
import io
import os
import statistics
import tempfile
import time
from pathlib import Path

from werkzeug.test import EnvironBuilder

from assistant.app import create_app
from assistant.config import from_env
from benchmarks.answer_latency import om_chunks, questions
from benchmarks.ask_peer_bench import server_env, write_index


def app_and_requests(folder: Path):
    write_index(om_chunks(), folder / "index.bm25")
    env = server_env(folder / "index.bm25", folder / "log.sqlite3", answer_cache=10_000)
    app = create_app(from_env(environ=env))
    environs = [EnvironBuilder(path="/api/ask", method="POST", json={"question": q},
                               environ_base={"REMOTE_ADDR": "127.0.0.1"}).get_environ()
                for q in questions()]

    def call(environ: dict) -> bytes:
        environ = dict(environ, **{"wsgi.input": io.BytesIO(environ["wsgi.input"].getvalue())})
        body = b"".join(app(environ, lambda status, headers, exc=None: None))
        if not body.startswith(b"{"):
            raise SystemExit("uventet svar")
        return body

    for environ in environs:   # every answer in the answer cache, every memo made
        call(environ)
    # As gunicorn.conf.py's post_worker_init does: the loaded tables out of the collector's walks.
    gc.collect()
    gc.freeze()
    return app, environs, call


def per_request_ms(call, environs: list[dict]) -> float:
    started = time.thread_time()
    for environ in environs:
        call(environ)
    return (time.thread_time() - started) * 1000 / len(environs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="passes with the limits on (and as many off)")
    parser.add_argument("--callgrind-passes", type=int, default=0,
                        help="only run this many passes inside functools.reduce, for callgrind")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        app, environs, call = app_and_requests(Path(folder))
        if args.callgrind_passes:
            functools.reduce(lambda _, environ: call(environ), environs * args.callgrind_passes, None)
            print(f"{args.callgrind_passes * len(environs)} forespørgsler kørt i functools.reduce "
                  f"(callgrind: instruktioner ÷ {args.callgrind_passes * len(environs)})")
            return 0
        limiter = next(iter(app.extensions["limiter"]))
        on, off = [], []
        for _ in range(args.rounds):
            on.append(per_request_ms(call, environs))
            limiter.enabled = False
            off.append(per_request_ms(call, environs))
            limiter.enabled = True
    with_limits, without = statistics.median(on), statistics.median(off)
    print(f"/api/ask i processen, svaret fra svar-cachen ({len(environs)} spørgsmål × {args.rounds} "
          f"runder; load {os.getloadavg()[0]:.1f}), CPU pr. forespørgsel, median af runderne:")
    print(f"  med hastighedsgrænserne  {with_limits:.4f} ms")
    print(f"  uden                     {without:.4f} ms")
    print(f"  grænsernes andel         {with_limits - without:.4f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
