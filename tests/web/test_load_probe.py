"""The load benchmark's gunicorn settings (benchmarks/gunicorn_probe.py) are the shipped ones, plus
timers that split a worker's CPU per answer into ask(), the rest of the app and gunicorn around it,
and its wall-clock time into where a request waits; the benchmark waits for every worker."""
from __future__ import annotations

import gc
import json
import logging
import os
import runpy
import subprocess
import sys
import threading
import time

import pytest

from assistant import services
from assistant.config import REPO_ROOT
from benchmarks.ask_peer_bench import free_port, wait_ready
from benchmarks.http_load import cpu_parts, read_probes, waits


class StartedWorker:
    pid = 4321
    log = logging.getLogger("test.gunicorn.worker")

    def wsgi(self, environ, start_response):
        return [services.Services._answer(None, None, "Hvornår er der generalforsamling?", ())]


class Request:
    pass


def busy(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


@pytest.fixture
def patched_answer(monkeypatch):
    # An answer that takes 20 ms of CPU, restored (and the freeze undone) after the test.
    monkeypatch.setattr(services.Services, "_answer", lambda self, index, text, earlier: busy(0.02))
    yield
    gc.unfreeze()


def test_the_benchmark_runs_gunicorn_with_the_shipped_settings():
    shipped = runpy.run_path(str(REPO_ROOT / "gunicorn.conf.py"))
    probed = runpy.run_path(str(REPO_ROOT / "benchmarks" / "gunicorn_probe.py"))
    names = ("wsgi_app", "workers", "worker_class", "threads", "timeout", "keepalive", "MALLOC_ARENAS")
    assert {n: probed[n] for n in names} == {n: shipped[n] for n in names}


def test_each_request_adds_its_answer_app_and_request_cpu_to_the_workers_file(patched_answer, tmp_path,
                                                                          monkeypatch):
    monkeypatch.setenv("ASK_PROBE_FOLDER", str(tmp_path))
    probe = runpy.run_path(str(REPO_ROOT / "benchmarks" / "gunicorn_probe.py"))
    worker = StartedWorker()
    probe["post_worker_init"](worker)
    for _ in range(probe["WRITE_EVERY"]):
        request = Request()
        probe["pre_request"](worker, request)
        worker.wsgi({}, None)
        busy(0.005)   # gunicorn writing the response
        probe["post_request"](worker, request, {}, None)

    [written] = list(tmp_path.glob("*.json"))
    sums = json.loads(written.read_text())
    assert sums["requests"] == probe["WRITE_EVERY"]
    n = probe["WRITE_EVERY"]
    assert 0.02 * n <= sums["ask"] <= sums["app"] <= sums["request"]
    assert sums["request"] - sums["app"] >= 0.005 * n
    assert read_probes(tmp_path) == sums


def test_the_servers_cpu_per_answer_is_split_into_parts_that_add_up_to_it():
    before = {"ask": 1.0, "app": 1.5, "request": 1.7, "requests": 100}
    after = {"ask": 4.0, "app": 5.5, "request": 6.2, "requests": 1100}
    parts = cpu_parts(before, after, server_cpu_ms=6.0)
    assert parts == pytest.approx({"ask": 3.0, "app": 1.0, "gunicorn": 0.5, "rest": 1.5})
    assert sum(parts.values()) == pytest.approx(6.0)
    assert cpu_parts(after, after, 6.0) is None   # no request in the run: nothing to split


def test_a_request_that_waits_for_the_interpreter_lock_shows_the_wait_beside_its_cpu(patched_answer, tmp_path,
                                                                                  monkeypatch):
    # Another thread holds the interpreter lock in 20 ms stretches (no release inside a
    # builtin's long loop) while the answer computes: the answer's wall grows, its CPU does not.
    monkeypatch.setenv("ASK_PROBE_FOLDER", str(tmp_path))
    monkeypatch.setenv("ASK_SWITCH_INTERVAL", "0.02")
    saved = sys.getswitchinterval()
    try:
        probe = runpy.run_path(str(REPO_ROOT / "benchmarks" / "gunicorn_probe.py"))
        worker = StartedWorker()
        probe["post_worker_init"](worker)
        assert sys.getswitchinterval() == pytest.approx(0.02)
        stop = threading.Event()
        rival = threading.Thread(target=lambda: [busy(0.002) for _ in iter(stop.is_set, True)])
        rival.start()
        try:
            for _ in range(probe["WRITE_EVERY"]):
                request = Request()
                probe["pre_request"](worker, request)
                worker.wsgi({}, None)
                probe["post_request"](worker, request, {}, None)
        finally:
            stop.set()
            rival.join()
    finally:
        sys.setswitchinterval(saved)
    [written] = list(tmp_path.glob("*.json"))
    sums = json.loads(written.read_text())
    assert sums["ask_wall"] > 1.5 * sums["ask"]
    assert sums["request_wall"] >= sums["app_wall"] >= sums["ask_wall"]
    # The worker said it was ready once it had loaded and warmed the app.
    assert [p.name for p in tmp_path.glob("*.ready")] == [f"{os.getpid()}.ready"]


def test_a_requests_wall_time_is_split_into_its_waits_and_its_answer():
    before = {"ask": 1.0, "app": 1.5, "request": 1.7, "ask_wall": 2.0, "app_wall": 4.0,
              "request_wall": 5.0, "requests": 100}
    after = {"ask": 4.0, "app": 5.5, "request": 6.2, "ask_wall": 12.0, "app_wall": 34.0,
             "request_wall": 40.0, "requests": 1100}
    spent = waits(before, after, mean_ms=50.0)
    # Per request: answer 3 ms CPU in 10 ms wall; the app 30 ms wall, 4 ms CPU, 1 of it beyond the
    # answer: 30 - 10 - 1 = 19 ms waiting for a slot; gunicorn's 35 ms wall; the clients saw 50.
    assert spent == pytest.approx({"queue": 15.0, "slot": 19.0, "ready": 7.0, "answer": 3.0, "other": 6.0})
    assert sum(spent.values()) - spent["answer"] + 3.0 == pytest.approx(50.0)
    assert waits(after, after, 50.0) is None


def test_the_benchmark_waits_for_every_worker_not_the_first_that_answers(tmp_path):
    # A server that answers /healthz at once, and two "workers" whose ready files come later.
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", HEALTHY_SERVER, str(port)])
    try:
        def warm_up() -> None:
            for pid in (1, 2):
                time.sleep(0.4)
                (tmp_path / f"{pid}.ready").write_text("0.005")

        threading.Thread(target=warm_up).start()
        waited = wait_ready(port, server, 30, (tmp_path, 2))
        assert waited >= 0.8
        with pytest.raises(SystemExit, match="1 af 3 workers"):
            (tmp_path / "2.ready").unlink()
            wait_ready(port, server, 0.5, (tmp_path, 3))
    finally:
        server.terminate()
        server.wait(timeout=10)


HEALTHY_SERVER = """
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

class Healthy(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass

HTTPServer(("127.0.0.1", int(sys.argv[1])), Healthy).serve_forever()
"""
