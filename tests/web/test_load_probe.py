"""The load benchmark's gunicorn settings (benchmarks/gunicorn_probe.py) are the shipped ones, plus
timers that split a worker's CPU per answer into ask(), the rest of the app and gunicorn around it."""
from __future__ import annotations

import gc
import json
import logging
import runpy
import time

import pytest

from assistant import services
from assistant.config import REPO_ROOT
from benchmarks.http_load import cpu_parts, read_probes


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
