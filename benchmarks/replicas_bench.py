"""Replica benchmark: one vs two replicas behind nginx, and the cost of Redis + PostgreSQL per request.

Usage (from the repository root, after `scripts/setup test`, which installs redis-server, postgresql
and nginx):
  .venv/bin/python -m benchmarks.replicas_bench [--seconds 30] [--clients 16] [--serial-seconds 5]
                                               [--workers 2]

Everything runs on 127.0.0.1 in a temporary folder and is stopped at the end: a redis-server, a
PostgreSQL cluster (as `nobody` when run as root), nginx, and gunicorn replicas (`-w WORKERS` each)
over the bundled corpus's index. --clients closed-loop clients post questions to /api/ask through
nginx for --seconds per setup (load_bench.py's client), in this order:

  1. one replica, default settings (SQLite + in-memory rate limit): the baseline of this run;
  2. one replica with ASSISTANT_REDIS_URL and ASSISTANT_DATABASE_URL: the cost of shared state;
  3. two replicas with Redis and PostgreSQL behind the same nginx upstream.

Each setup is then measured with a single client for --serial-seconds: its latency, free of queueing,
is the cost of one request. Printed: answers, requests/s, p50/p95/p99 in ms and errors per setup and
client count, then 2 and 3 against 1. On one machine both replicas share its cores, so 3 shows the overhead of spreading
the load (and that nothing fails), not the gain of a second machine.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from assistant.index.build import build_and_save
from benchmarks.load_bench import QUESTIONS, Result, load, request_bytes, start_gunicorn
from tests.support.replicas import REDIS_SERVER, PostgresServer, RedisServer, postgres_bin
from tests.support.web import free_port, wait_until

REPO = Path(__file__).resolve().parents[1]

NGINX = Path("/usr/sbin/nginx")

# The proxy part of docs/replicas.md's configuration, without TLS (loopback only).
NGINX_CONF = """
worker_processes 2;
error_log {tmp}/nginx-error.log warn;
pid {tmp}/nginx.pid;
{user}
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/nginx-body;
    proxy_temp_path {tmp}/nginx-proxy;
    upstream assistant {{
{servers}
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://assistant;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
            proxy_connect_timeout 2s;
            proxy_read_timeout 30s;
        }}
    }}
}}
"""


class Nginx:
    """nginx in the foreground with a configuration in the temporary folder."""

    def __init__(self, tmp: Path, upstreams: list[str]):
        self.port = free_port()
        conf = tmp / f"nginx-{self.port}.conf"
        conf.write_text(NGINX_CONF.format(
            tmp=tmp, port=self.port, user="user root;" if os.geteuid() == 0 else "",
            servers="\n".join(f"        server {u} max_fails=1 fail_timeout=5s;" for u in upstreams)))
        self.proc = subprocess.Popen([str(NGINX), "-p", str(tmp), "-c", str(conf), "-g", "daemon off;"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(self._listening, timeout=10, message="nginx startede ikke")

    def _listening(self) -> bool:
        import socket

        with socket.socket() as s:
            return s.connect_ex(("127.0.0.1", self.port)) == 0

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def measure(label: str, tmp: Path, index: Path, replicas: int, args,
            settings: dict[str, str]) -> list[Result]:
    """Start `replicas` gunicorn replicas behind nginx, warm them, load them for --seconds with
    --clients clients, then for --serial-seconds with one (its latency is the cost per request)."""
    started = [start_gunicorn(index, tmp / f"{label}-{n}.sqlite3", args.workers,
                              {"ASSISTANT_PROXY_HOPS": "1", **settings}) for n in range(replicas)]
    nginx = Nginx(tmp, [f"{host}:{port}" for _, host, port in started])
    try:
        asks = [request_bytes("127.0.0.1", str(nginx.port), "/api/ask",
                              json.dumps({"question": q}).encode()) for q in QUESTIONS]
        asyncio.run(load("127.0.0.1", str(nginx.port), asks, args.clients, 2.0))  # warm every worker
        results = []
        for clients, seconds, name in ((args.clients, args.seconds, label),
                                       (1, args.serial_seconds, f"{label}, 1 klient")):
            latencies, errors, elapsed = asyncio.run(load("127.0.0.1", str(nginx.port), asks,
                                                          clients, seconds))
            results.append(Result(name, latencies, errors, elapsed))
        return results
    finally:
        nginx.stop()
        for proc, _, _ in started:
            proc.terminate()
            proc.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--serial-seconds", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn-workers pr. replika")
    args = parser.parse_args(argv)
    bindir = postgres_bin()
    missing = [name for name, there in (("redis-server", REDIS_SERVER.exists()), ("nginx", NGINX.exists()),
                                        ("postgresql", bindir is not None)) if not there]
    if missing:
        print(f"Springer over: {', '.join(missing)} mangler (scripts/setup test installerer dem).")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="assistant-replicas-bench-"))
    redis_server, postgres = RedisServer(REDIS_SERVER), PostgresServer(bindir)
    try:
        index = tmp / "index.bm25"
        summary = build_and_save(REPO / "corpus", index)
        shared = {"ASSISTANT_REDIS_URL": redis_server.url, "ASSISTANT_DATABASE_URL": postgres.new_database()}
        print(f"{args.clients} klienter i {args.seconds:.0f} s pr. opsætning, gunicorn -w {args.workers} pr. "
              f"replika, nginx foran, {os.cpu_count()} kerner; bundled korpus ({summary.chunks} afsnit)")
        print(f"{'opsætning':<40} {'svar':>8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
              f"{'fejl':>7}")
        measured = []
        for label, replicas, settings in (("1 replika, standard (SQLite)", 1, {}),
                                          ("1 replika, Redis + PostgreSQL", 1, shared),
                                          ("2 replikaer, Redis + PostgreSQL", 2, shared)):
            measured.append(measure(label, tmp, index, replicas, args, settings))
            for result in measured[-1]:
                print(result.row(), flush=True)
        (base, base_serial), *others = measured
        for loaded, serial in others:
            rate = len(loaded.latencies_ms) / loaded.seconds / (len(base.latencies_ms) / base.seconds)
            print(f"{loaded.label} mod standard: {rate:.2f}× req/s, p95 "
                  f"{loaded.percentile(95) - base.percentile(95):+.2f} ms; pr. forespørgsel (1 klient, p50) "
                  f"{serial.percentile(50) - base_serial.percentile(50):+.2f} ms")
    finally:
        redis_server.close()
        postgres.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
