"""gunicorn settings for benchmarks/ask_peer_bench.py: the shipped gunicorn.conf.py, plus hooks that
say where a worker's CPU per answer goes.

Used as `gunicorn -c benchmarks/gunicorn_probe.py` with ASK_PROBE_FOLDER set (benchmarks/http_load.py
reads the files). Each worker adds up the
CPU time (its threads' own, time.thread_time) of three nested parts of every request:
- `ask`: working out the answer (Services._answer: the answer cache and compose.ask);
- `app`: the Flask app's call (dispatch, rate limiter, JSON in and out, question log's queue, ask);
- `request`: gunicorn's handling from pre_request to post_request (environ, the app, writing);
and writes the sums as JSON to ASK_PROBE_FOLDER/<pid>.json every WRITE_EVERY requests. The rest of
the workers' CPU (/proc) is gunicorn outside the request (reading and parsing it, keep-alive, the
main loop) and the other threads (question log writer). Each part's wall-clock time is added up
beside its CPU (`<part>_wall`), so the benchmark can say where a request waits: wall minus CPU of
`ask` is the answering thread ready but not running (the interpreter lock held by another thread, or
no free core); `app` minus `ask` beyond their CPU is the wait for an answer slot (ANSWER_SLOTS);
the client's latency minus `request`'s wall is the time before gunicorn's thread took the request
(the socket, the worker's main loop, the thread pool's queue). Six clock reads per request: a few µs.
A worker writes ASK_PROBE_FOLDER/<pid>.ready (its switch interval) once it has loaded and warmed the
app (the benchmark waits for every worker's, not for the first worker that answers /healthz).
ASK_SWITCH_INTERVAL (seconds), when set, is the workers' sys.setswitchinterval: how long a thread that
wants the interpreter lock waits for the thread holding it (Python's default 0.005 s, which the shipped
workers keep: 0.5 ms was slower on a quiet machine, docs/benchmarks.md).
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"
WRITE_EVERY = 20
PARTS = ("ask", "app", "request")

exec(compile(SHIPPED.read_text(encoding="utf-8"), str(SHIPPED), "exec"))  # noqa: S102 - our own settings file
shipped_post_worker_init = post_worker_init  # noqa: F821 - defined by the shipped settings


def _timed(fn, sums: dict, part: str):
    def timed(*args, **kwargs):
        start, wall = time.thread_time(), time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            sums[part] += time.thread_time() - start
            sums[f"{part}_wall"] += time.perf_counter() - wall
    return timed


def post_worker_init(worker):
    """The shipped hook (freeze, "Worker klar"), after wrapping the answer and the app in timers."""
    from assistant import services

    sums = {key: 0.0 for part in PARTS for key in (part, f"{part}_wall")} | {"requests": 0}
    services.Services._answer = _timed(services.Services._answer, sums, "ask")
    worker.wsgi = _timed(worker.wsgi, sums, "app")
    worker.probe_sums = sums
    shipped_post_worker_init(worker)
    if os.environ.get("ASK_SWITCH_INTERVAL"):
        sys.setswitchinterval(float(os.environ["ASK_SWITCH_INTERVAL"]))
    (Path(os.environ["ASK_PROBE_FOLDER"]) / f"{os.getpid()}.ready").write_text(
        str(sys.getswitchinterval()), encoding="utf-8")


def pre_request(worker, req):
    req.probe_started = time.thread_time(), time.perf_counter()


def post_request(worker, req, environ, resp):
    sums = worker.probe_sums
    cpu, wall = req.probe_started
    sums["request"] += time.thread_time() - cpu
    sums["request_wall"] += time.perf_counter() - wall
    sums["requests"] += 1
    if sums["requests"] % WRITE_EVERY == 0:
        folder = Path(os.environ["ASK_PROBE_FOLDER"])
        temporary = folder / f"{os.getpid()}.tmp"
        temporary.write_text(json.dumps(sums), encoding="utf-8")
        temporary.replace(folder / f"{os.getpid()}.json")   # never read half written

