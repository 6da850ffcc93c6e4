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
Beside the parts, each kind of thread's CPU since the worker was ready (`thread_main`, gunicorn's
main loop; `thread_pool`, the request threads; `thread_others`, the question log's writer) and the
garbage collections' CPU and count per generation (`gc0`–`gc2`, `gc0_n`–`gc2_n`).
ASK_REUSE_PORT ("1" or "0") overrides the shipped `reuse_port`: a listening socket per worker, which
the kernel spreads new connections over, or one that all workers accept from. ASK_PROFILE_FOLDER, when
set, runs each worker's main loop and request threads under cProfile timed by the thread's own CPU
and writes <pid>.prof there when the worker exits (several times slower: for where, not how much).
A worker writes ASK_PROBE_FOLDER/<pid>.ready (its switch interval) once it has loaded and warmed the
app (the benchmark waits for every worker's, not for the first worker that answers /healthz).
ASK_SWITCH_INTERVAL (seconds), when set, is the workers' sys.setswitchinterval: how long a thread that
wants the interpreter lock waits for the thread holding it (Python's default 0.005 s, which the shipped
workers keep: 0.5 ms was slower on a quiet machine, docs/benchmarks.md).
"""
from __future__ import annotations

import cProfile
import gc
import json
import os
import pstats
import sys
import threading
import time
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"
WRITE_EVERY = 20
PARTS = ("ask", "app", "request")

exec(compile(SHIPPED.read_text(encoding="utf-8"), str(SHIPPED), "exec"))  # noqa: S102 - our own settings file
shipped_post_worker_init = post_worker_init  # noqa: F821 - defined by the shipped settings
if os.environ.get("ASK_REUSE_PORT"):
    # A/B of how connections reach the workers: "1", a socket per worker (the kernel spreads new
    # connections over them); "0", one socket all workers accept from.
    reuse_port = os.environ["ASK_REUSE_PORT"] == "1"


def _timed(fn, sums: dict, part: str):
    def timed(*args, **kwargs):
        start, wall = time.thread_time(), time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            sums[part] += time.thread_time() - start
            sums[f"{part}_wall"] += time.perf_counter() - wall
    return timed


def _gc_timer(sums: dict):
    """A gc callback adding each collection's CPU (the collecting thread's) to sums["gc<generation>"]."""
    started = {}

    def timer(phase: str, info: dict) -> None:
        if phase == "start":
            started[threading.get_ident()] = time.thread_time()
        elif (begun := started.pop(threading.get_ident(), None)) is not None:
            sums[f"gc{info['generation']}"] += time.thread_time() - begun
            sums[f"gc{info['generation']}_n"] += 1
    return timer


def _thread_cpu(sums: dict, main: int) -> None:
    """Each kind of thread's CPU (seconds) since the worker was ready: the main loop, the request
    pool, the rest (the question log's writer). Counted from readiness, or a worker's first file
    would add its loading and warming, done by the main thread, to the run that wrote it."""
    kinds = {"main": -sums.get("main_at_ready", 0.0), "pool": 0.0, "others": 0.0}
    for thread in threading.enumerate():
        try:
            cpu = time.clock_gettime(time.pthread_getcpuclockid(thread.ident))
        except (OSError, TypeError):
            continue   # ended meanwhile
        kind = "main" if thread.ident == main else "pool" if thread.name.startswith("ThreadPool") else "others"
        kinds[kind] += cpu
    sums.update({f"thread_{kind}": cpu for kind, cpu in kinds.items()})


def _profiled(fn, profiles: list):
    """fn run under a profiler of the calling thread's own, timed by that thread's CPU."""
    mine = threading.local()

    def profiled(*args, **kwargs):
        if not hasattr(mine, "profile"):
            mine.profile = cProfile.Profile(time.thread_time)
            profiles.append(mine.profile)
        mine.profile.enable()
        try:
            return fn(*args, **kwargs)
        finally:
            mine.profile.disable()
    return profiled


def post_worker_init(worker):
    """The shipped hook (freeze, "Worker klar"), after wrapping the answer and the app in timers."""
    from assistant import services

    sums = ({key: 0.0 for part in PARTS for key in (part, f"{part}_wall")} | {"requests": 0}
            | {f"gc{g}{n}": 0.0 for g in range(3) for n in ("", "_n")})
    services.Services._answer = _timed(services.Services._answer, sums, "ask")
    worker.wsgi = _timed(worker.wsgi, sums, "app")
    worker.probe_sums = sums
    worker.probe_main = threading.get_ident()
    if os.environ.get("ASK_PROFILE_FOLDER"):
        worker.profiles = [cProfile.Profile(time.thread_time)]
        worker.handle = _profiled(worker.handle, worker.profiles)
        worker.profiles[0].enable()   # the main loop, from here to the worker's exit
    shipped_post_worker_init(worker)
    # Timed from here: the shipped hook's own full collection (~0.3 s of the whole loaded heap, before
    # the freeze) fell into the first run whose file the worker wrote.
    gc.callbacks.append(_gc_timer(sums))
    sums["main_at_ready"] = time.thread_time()
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
        _thread_cpu(sums, worker.probe_main)
        folder = Path(os.environ["ASK_PROBE_FOLDER"])
        temporary = folder / f"{os.getpid()}.tmp"
        temporary.write_text(json.dumps(sums), encoding="utf-8")
        temporary.replace(folder / f"{os.getpid()}.json")   # never read half written


def worker_exit(server, worker):
    """With ASK_PROFILE_FOLDER: the worker's profiles (main loop and request threads) as one pstats file."""
    if getattr(worker, "profiles", None):
        worker.profiles[0].disable()
        pstats.Stats(*worker.profiles).dump_stats(Path(os.environ["ASK_PROFILE_FOLDER"]) / f"{os.getpid()}.prof")
