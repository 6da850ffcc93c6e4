"""Many keep-alive clients POSTing /api/ask for a while: the load generator and what the load cost.

Two generators, so the figure is the server's and not the clients': Debian's `wrk` (compiled, event
driven; installed by `scripts/setup bench`) when it is on PATH, and a fallback of asyncio clients in
this Python process, which shares the cores (and its own GIL) with the server it measures. Each
result carries the CPU seconds the server processes and the generator spent, per answer: on a
machine shared with other jobs, latency swings with the load while CPU per answer hardly does.
"""
from __future__ import annotations

import asyncio
import json
import os
import resource
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

WRK_SCRIPT = Path(__file__).with_name("ask_wrk.lua")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class LoadResult:
    generator: str
    latencies_ms: tuple[float, float, float]    # p50, p95, p99
    answers: int
    errors: int
    seconds: float
    server_cpu_ms: float    # server processes' CPU per answer
    client_cpu_ms: float    # the generator's CPU per answer
    load: float             # the machine's 1-minute load average at the end of the run
    # With benchmarks/gunicorn_probe.py: the server's CPU per answer in parts (ms), adding up to
    # server_cpu_ms: ask(), the rest of the Flask app, gunicorn around the app's call, and the
    # rest (gunicorn reading requests and keeping connections, its main loop, other threads).
    parts_ms: dict[str, float] | None = None
    # The clients' mean latency (ms) and, with the probes, where a request's wall-clock time went
    # (waits_ms: the queue before gunicorn's thread, the answer slot, the answer's thread ready but
    # not running, and the answer's own CPU; ms per request, see `waits`).
    mean_ms: float = float("nan")
    waits_ms: dict[str, float] | None = None
    # With the probes: the requests each worker handled in the run, most first (keep-alive
    # connections stay with the worker that accepted them, so the load need not be even).
    per_worker: tuple[int, ...] = ()
    # With the probes: threads_and_collections (the CPU per answer of each kind of thread, and of
    # the garbage collections).
    threads_ms: dict[str, float] | None = None

    @property
    def per_second(self) -> float:
        return self.answers / self.seconds


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def tree_cpu(pids: list[int]) -> float:
    return sum(process_cpu(pid) for pid in pids)


class Connection:
    """One client's keep-alive connection, reopened when the server closes it."""

    def __init__(self, port: int):
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, body: bytes) -> bool:
        try:
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
            self.writer.write(b"POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                              b"application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
            head = await self.reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
            await self.reader.readexactly(length)
            if b"connection: close" in head.lower():
                self.close()
            return head.startswith(b"HTTP/1.1 200")
        except (OSError, asyncio.IncompleteReadError, IndexError, ValueError):
            self.close()
            return False

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def timed_posts(conn: Connection, bodies, latencies: list[float], errors: list[int]) -> None:
    for body in bodies:
        started = time.perf_counter()
        if await conn.post(body):
            latencies.append(time.perf_counter() - started)
        else:
            errors.append(1)


async def keep_alive_client(port: int, bodies: list[bytes], stop_at: float,
                            latencies: list[float], errors: list[int], seed: int) -> None:
    rng = np.random.default_rng(seed)
    conn = Connection(port)

    def random_bodies():
        while time.perf_counter() < stop_at:
            yield bodies[int(rng.integers(len(bodies)))]

    await timed_posts(conn, random_bodies(), latencies, errors)
    conn.close()


async def many_clients(port: int, bodies: list[bytes], clients: int, seconds: float):
    latencies: list[float] = []
    errors: list[int] = []
    stop_at = time.perf_counter() + seconds
    await asyncio.gather(*(keep_alive_client(port, bodies, stop_at, latencies, errors, i)
                           for i in range(clients)))
    return latencies, len(errors)


async def bounded_clients(port: int, bodies: list[bytes], clients: int):
    """Each body exactly once, spread over `clients` keep-alive connections."""
    latencies: list[float] = []
    errors: list[int] = []
    await asyncio.gather(*(timed_posts(Connection(port), bodies[i::clients], latencies, errors)
                           for i in range(clients)))
    return latencies, len(errors)


def python_load(port: int, bodies: list[bytes], clients: int, seconds: float) -> dict:
    start = resource.getrusage(resource.RUSAGE_SELF)
    latencies, errors = asyncio.run(many_clients(port, bodies, clients, seconds))
    end = resource.getrusage(resource.RUSAGE_SELF)
    p50, p95, p99 = (float(np.percentile(latencies, q)) * 1000 for q in (50, 95, 99))
    return {"latencies_ms": (p50, p95, p99), "mean_ms": 1000 * float(np.mean(latencies)),
            "answers": len(latencies), "errors": errors,
            "seconds": seconds, "client_cpu": end.ru_utime + end.ru_stime - start.ru_utime - start.ru_stime}


def wrk_load(port: int, bodies: list[bytes], clients: int, seconds: float) -> dict:
    """wrk with two threads (one per core here) and `clients` connections; ask_wrk.lua picks the bodies."""
    with tempfile.NamedTemporaryFile("wb", suffix=".jsonl") as lines:
        lines.write(b"\n".join(bodies) + b"\n")
        lines.flush()
        start = resource.getrusage(resource.RUSAGE_CHILDREN)
        run = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{max(1, round(seconds))}s", "--timeout", "30s",
                              "-s", str(WRK_SCRIPT), f"http://127.0.0.1:{port}"],
                             env={**os.environ, "ASK_BODIES": lines.name}, capture_output=True, text=True,
                             check=True)
        end = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = json.loads(run.stdout.split("RESULT ", 1)[1])
    errors = sum(figures[k] for k in ("connect", "read", "write", "status", "timeout"))
    return {"latencies_ms": tuple(figures[k] / 1000 for k in ("p50_us", "p95_us", "p99_us")),
            "mean_ms": figures["mean_us"] / 1000,
            "answers": figures["requests"] - figures["status"], "errors": errors,
            "seconds": figures["duration_us"] / 1e6,
            "client_cpu": end.ru_utime + end.ru_stime - start.ru_utime - start.ru_stime}


GENERATORS = {"wrk": wrk_load, "python": python_load}


PROBE_PARTS = ("ask", "app", "request")
PROBE_KEYS = (*PROBE_PARTS, *(f"{part}_wall" for part in PROBE_PARTS), "requests")
# The probes' garbage collections (CPU seconds, count) per generation and each kind of thread's CPU.
PROBE_EXTRA = (*(f"gc{g}{n}" for g in range(3) for n in ("", "_n")),
               *(f"thread_{kind}" for kind in ("main", "pool", "others")))


def read_probes(folder: Path) -> dict[str, float]:
    """What benchmarks/gunicorn_probe.py's workers have written: CPU seconds per part and the
    requests they cover, added up over the workers."""
    total = dict.fromkeys(PROBE_KEYS, 0.0)
    for path in folder.glob("*.json"):
        for key, value in json.loads(path.read_text(encoding="utf-8")).items():
            total[key] = total.get(key, 0.0) + value
    return total


def worker_requests(folder: Path) -> dict[str, float]:
    """The requests each worker's probe file counts so far, by file name (the worker's pid)."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8"))["requests"] for path in folder.glob("*.json")}


def cpu_parts(before: dict[str, float], after: dict[str, float], server_cpu_ms: float) -> dict[str, float] | None:
    """The server's CPU per answer split by the probes: each part's CPU per request in the run (the
    files are written every few requests, so a ratio, not a sum, is what they give), the rest being
    what the probes do not cover."""
    requests = after["requests"] - before["requests"]
    if requests <= 0:
        return None
    ask, app, request = (1000 * (after[p] - before[p]) / requests for p in PROBE_PARTS)
    return {"ask": ask, "app": app - ask, "gunicorn": request - app, "rest": server_cpu_ms - request}


def threads_and_collections(before: dict[str, float], after: dict[str, float]) -> dict[str, float] | None:
    """Per request in the run: each kind of thread's CPU (ms; `thread_main`, `thread_pool`,
    `thread_others`) and the garbage collections' CPU (ms, `gc0`–`gc2`) and count (`gc0_n`–`gc2_n`)
    per generation."""
    requests = after["requests"] - before["requests"]
    if requests <= 0 or "thread_pool" not in after:
        return None
    return {key: (1 if key.endswith("_n") else 1000) * (after.get(key, 0.0) - before.get(key, 0.0)) / requests
            for key in PROBE_EXTRA}


def waits(before: dict[str, float], after: dict[str, float], mean_ms: float) -> dict[str, float] | None:
    """Where a request's wall-clock time went, ms per request in the run (from the probes' sums):
    `queue`, the clients' mean latency beyond gunicorn's handling (the socket and the worker's main
    loop and thread pool before a thread takes the request, and reading it); `slot`, the Flask app's
    wall beyond its CPU and the answer's wall (mostly the wait for one of ANSWER_SLOTS); `ready`, the
    answer's wall beyond its CPU (its thread runnable but not running: the interpreter lock held by
    another thread, or both cores busy); `answer`, the answer's own CPU; `other`, the rest of
    gunicorn's handling (the app's other CPU, writing the response)."""
    requests = after["requests"] - before["requests"]
    if requests <= 0:
        return None
    ms = {key: 1000 * (after[key] - before[key]) / requests for key in PROBE_KEYS if key != "requests"}
    slot = ms["app_wall"] - ms["ask_wall"] - (ms["app"] - ms["ask"])
    return {"queue": mean_ms - ms["request_wall"], "slot": slot, "ready": ms["ask_wall"] - ms["ask"],
            "answer": ms["ask"], "other": ms["request_wall"] - ms["ask_wall"] - slot}


def measure(generator: str, server_pids: list[int], port: int, bodies: list[bytes], clients: int,
            seconds: float, probe_folder: Path | None = None) -> LoadResult:
    """One load run with `generator`, with the server's and the generator's CPU per answer (and its
    parts, when the server runs with benchmarks/gunicorn_probe.py writing to `probe_folder`)."""
    probes = read_probes(probe_folder) if probe_folder else None
    counted = worker_requests(probe_folder) if probe_folder else {}
    before = tree_cpu(server_pids)
    run = GENERATORS[generator](port, bodies, clients, seconds)
    server_cpu = tree_cpu(server_pids) - before
    answers = max(1, run["answers"])
    server_cpu_ms = 1000 * server_cpu / answers
    after = read_probes(probe_folder) if probe_folder else None
    parts = cpu_parts(probes, after, server_cpu_ms) if probes and after else None
    spent = waits(probes, after, run["mean_ms"]) if probes and after else None
    threads = threads_and_collections(probes, after) if probes and after else None
    handled = tuple(sorted((int(n - counted.get(pid, 0)) for pid, n in worker_requests(probe_folder).items()),
                           reverse=True)) if probe_folder else ()
    return LoadResult(generator, run["latencies_ms"], run["answers"], run["errors"], run["seconds"],
                      server_cpu_ms, 1000 * run["client_cpu"] / answers, os.getloadavg()[0], parts,
                      run["mean_ms"], spent, handled, threads)
