"""What gunicorn.conf.py does in each worker before it takes requests."""
from __future__ import annotations

import gc
import logging
import runpy

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
