"""What gunicorn.conf.py does in each worker before it takes requests."""
from __future__ import annotations

import gc
import logging
import platform
import re
import runpy
import subprocess
import sys

import pytest

from assistant.config import REPO_ROOT


class StartedWorker:
    """The two things post_worker_init uses of gunicorn's worker: its pid and its log."""

    pid = 4321
    log = logging.getLogger("test.gunicorn.worker")


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_a_started_worker_leaves_what_it_loaded_out_of_later_garbage_collections(unfrozen, caplog):
    settings = runpy.run_path(str(REPO_ROOT / "gunicorn.conf.py"))
    loaded_at_start = [{"tabel": list(range(3))} for _ in range(1000)]
    assert gc.get_freeze_count() == 0

    with caplog.at_level(logging.INFO, logger="test.gunicorn.worker"):
        settings["post_worker_init"](StartedWorker())

    assert gc.get_freeze_count() >= len(loaded_at_start)
    assert "Worker klar (pid 4321)" in caplog.text


THREADS_ALLOCATING = """
import ctypes, runpy, sys, threading
if sys.argv[1] == "with-settings":
    runpy.run_path(sys.argv[2])
ready = threading.Barrier(9)
def answer():
    kept = [bytearray(2000) for _ in range(500)]  # a thread's own allocations
    ready.wait()
    ready.wait()
threads = [threading.Thread(target=answer) for _ in range(8)]
for t in threads:
    t.start()
ready.wait()
ctypes.CDLL(None).malloc_stats()  # one "Arena n:" paragraph per arena, on stderr
ready.wait()
"""


def malloc_arenas(*args: str) -> int:
    run = subprocess.run([sys.executable, "-c", THREADS_ALLOCATING, *args], capture_output=True,
                         text=True, check=True)
    return len(re.findall(r"^Arena \d+:", run.stderr, flags=re.MULTILINE))


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's malloc arenas")
def test_a_workers_threads_share_two_malloc_arenas_instead_of_one_each():
    settings = str(REPO_ROOT / "gunicorn.conf.py")
    assert malloc_arenas("plain", settings) > 2, "without the setting each thread gets an arena"
    assert malloc_arenas("with-settings", settings) <= 2
