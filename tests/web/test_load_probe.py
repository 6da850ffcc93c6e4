"""The load benchmark's gunicorn settings (benchmarks/gunicorn_probe.py) are the shipped ones, plus
timers that split a worker's CPU per answer into ask(), the rest of the app and gunicorn around it,
and its wall-clock time into where a request waits; the benchmark waits for every worker."""
from __future__ import annotations

import gc
import json
import logging
import os
import pstats
import runpy
import subprocess
import sys
import threading
import time

import pytest

from assistant import services
from assistant.config import REPO_ROOT
from benchmarks.ask_peer_bench import free_port, wait_ready
from benchmarks.http_load import cpu_parts, read_probes, threads_and_collections, waits


class StartedWorker:
    pid = 4321
    log = logging.getLogger("test.gunicorn.worker")

    def wsgi(self, environ, start_response):
        return [services.Services._answer(None, None, "Hvornår er der generalforsamling?", ())]

    def handle(self, conn):
        return self.wsgi({}, None)


class Request:
    pass


def busy(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


@pytest.fixture
def patched_answer(monkeypatch):
    # An answer that takes 20 ms of CPU, restored (and the freeze and the probe's collection timer
    # undone) after the test.
    monkeypatch.setattr(services.Services, "_answer", lambda self, index, text, earlier: busy(0.02))
    callbacks = list(gc.callbacks)
    yield
    gc.unfreeze()
    gc.callbacks[:] = callbacks


def test_the_benchmark_runs_gunicorn_with_the_shipped_settings():
    shipped = runpy.run_path(str(REPO_ROOT / "gunicorn.conf.py"))
    probed = runpy.run_path(str(REPO_ROOT / "benchmarks" / "gunicorn_probe.py"))
    names = ("wsgi_app", "workers", "worker_class", "threads", "timeout", "keepalive", "MALLOC_ARENAS")
    assert {n: probed[n] for n in names} == {n: shipped[n] for n in names}


def probed_worker(tmp_path, monkeypatch, **settings):
    """The probe's settings, read with ASK_PROBE_FOLDER (and `settings`) set, and a worker it started."""
    for name, value in {"ASK_PROBE_FOLDER": str(tmp_path), **settings}.items():
        monkeypatch.setenv(name, value)
    probe = runpy.run_path(str(REPO_ROOT / "benchmarks" / "gunicorn_probe.py"))
    worker = StartedWorker()
    probe["post_worker_init"](worker)
    return probe, worker


def answer_requests(probe: dict, worker, after_answer=lambda n: None) -> None:
    """WRITE_EVERY requests through the probe's hooks, `after_answer(n)` run after each answer."""
    for n in range(probe["WRITE_EVERY"]):
        request = Request()
        probe["pre_request"](worker, request)
        worker.wsgi({}, None)
        after_answer(n)
        probe["post_request"](worker, request, {}, None)


def test_each_request_adds_its_answer_app_and_request_cpu_to_the_workers_file(patched_answer, tmp_path,
                                                                          monkeypatch):
    probe, worker = probed_worker(tmp_path, monkeypatch)
    answer_requests(probe, worker, lambda n: busy(0.005))   # gunicorn writing the response

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


def test_a_workers_file_says_what_its_threads_and_garbage_collections_spent(patched_answer, tmp_path,
                                                                           monkeypatch):
    # Requests answered on a pool thread (named as gunicorn's ThreadPoolExecutor names them), one of
    # them collecting all generations, while the main thread and a log writer each spend some CPU.
    probe, worker = probed_worker(tmp_path, monkeypatch)
    # The shipped hook's full collection of everything loaded is the worker's start, not its answers.
    assert worker.probe_sums["gc2_n"] == 0
    busy(0.03)   # the main loop
    stop = threading.Event()
    writer = threading.Thread(target=lambda: [busy(0.001) for _ in iter(stop.is_set, True)],
                              name="question-log-writer")
    pool = threading.Thread(target=answer_requests, args=(probe, worker, lambda n: n == 0 and gc.collect()),
                            name="ThreadPoolExecutor-0_0")
    writer.start()
    try:
        pool.start()
        pool.join()
    finally:
        stop.set()
        writer.join()
    sums = json.loads(next(tmp_path.glob("*.json")).read_text())
    assert sums["thread_pool"] >= 0.02 * probe["WRITE_EVERY"]
    assert 0.03 <= sums["thread_main"] < 0.02 * probe["WRITE_EVERY"]   # counted from readiness
    assert sums["thread_others"] > 0
    assert sums["gc2_n"] >= 1 and sums["gc2"] > 0


def test_threads_and_collections_are_given_per_answer_in_the_run():
    before = {"requests": 100, "thread_main": 0.5, "thread_pool": 2.0, "thread_others": 0.1,
              "gc0": 0.01, "gc0_n": 10, "gc1": 0.0, "gc1_n": 1, "gc2": 0.0, "gc2_n": 0}
    after = {"requests": 1100, "thread_main": 0.7, "thread_pool": 10.0, "thread_others": 0.2,
             "gc0": 0.11, "gc0_n": 210, "gc1": 0.02, "gc1_n": 21, "gc2": 0.3, "gc2_n": 1}
    assert threads_and_collections(before, after) == pytest.approx({
        "thread_main": 0.2, "thread_pool": 8.0, "thread_others": 0.1,   # ms per answer
        "gc0": 0.1, "gc0_n": 0.2, "gc1": 0.02, "gc1_n": 0.02, "gc2": 0.3, "gc2_n": 0.001})
    assert threads_and_collections(after, after) is None


def test_a_profiled_worker_leaves_its_request_threads_profile_when_it_exits(patched_answer, tmp_path,
                                                                         monkeypatch):
    probe, worker = probed_worker(tmp_path, monkeypatch, ASK_PROFILE_FOLDER=str(tmp_path))
    pool = threading.Thread(target=worker.handle, args=(None,), name="ThreadPoolExecutor-0_0")
    pool.start()
    pool.join()
    probe["worker_exit"](None, worker)
    stats = pstats.Stats(str(tmp_path / f"{os.getpid()}.prof")).stats
    handled = [totals for (_, _, name), totals in stats.items() if name == "handle"]
    assert handled and handled[0][3] >= 0.02   # the answer's 20 ms of CPU, under the request's call


@pytest.mark.parametrize(("setting", "expected"), [("1", True), ("0", False)])
def test_the_benchmark_can_give_each_worker_its_own_socket_or_one_shared(monkeypatch, setting, expected):
    monkeypatch.setenv("ASK_REUSE_PORT", setting)
    assert runpy.run_path(str(REPO_ROOT / "benchmarks" / "gunicorn_probe.py"))["reuse_port"] is expected


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
