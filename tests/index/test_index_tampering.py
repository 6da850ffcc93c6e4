"""Someone changes the live index files while visitors ask: every request is still answered, no
worker dies, a damaged file leaves the previous index in service, and a new build is picked up."""
from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.request

import pytest

from assistant.config import REPO_ROOT
from assistant.documents import write_atomic
from assistant.index.build import build_and_save
from assistant.index.file_format import checksum
from assistant.index.storage import load_index
from assistant.index.versions import publish, versions_dir
from tests.support.web import Gunicorn, build_groenne_byer_index, wait_until

BUNDLED_QUESTION = "Hvornår blev Balance Danmark stiftet?"
WORKERS = 2


def ask(url: str, question: str) -> tuple[int, dict]:
    request = urllib.request.Request(url + "api/ask", data=json.dumps({"question": question}).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, {}
    except (urllib.error.URLError, ConnectionError) as error:
        return 0, {"error": repr(error)}


def health(url: str) -> dict:
    with urllib.request.urlopen(url + "healthz", timeout=10) as response:
        return json.loads(response.read())


class Visitors:
    """Three visitors asking over and over; every answer that is not a 200 is a failure."""

    def __init__(self, url: str):
        self.url, self.stop, self.failures, self.asked = url, threading.Event(), [], 0
        self.threads = [threading.Thread(target=self._ask_until_stopped) for _ in range(3)]

    def _ask_until_stopped(self) -> None:
        while not self.stop.is_set():
            status, body = ask(self.url, BUNDLED_QUESTION)
            self.asked += 1
            if status != 200:
                self.failures.append((status, body))

    def __enter__(self) -> Visitors:
        for thread in self.threads:
            thread.start()
        wait_until(lambda: self.asked >= 10, timeout=20, message="ingen svar")
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=15)


@pytest.fixture
def live(tmp_path):
    index_path = tmp_path / "var" / "index.bm25"
    index_path.parent.mkdir()
    # Published twice, so a previous version is there to fall back on.
    first = load_index(build_and_save(REPO_ROOT / "corpus", index_path).version_path).path
    publish(index_path, first.read_bytes(), grace_seconds=3600)
    server = Gunicorn({"ASSISTANT_INDEX": str(index_path), "ASSISTANT_DB": str(tmp_path / "db.sqlite3"),
                       "ASSISTANT_INDEX_CHECK_SECONDS": "0.1", "ASSISTANT_RATE_LIMIT": "100000 per minute",
                       "SLACK_BOT_TOKEN": "", "SLACK_SIGNING_SECRET": "", "SLACK_APP_TOKEN": ""},
                      workers=WORKERS)
    try:
        server.wait_ready(WORKERS)
        yield server, index_path
    finally:
        server.stop()


def dead_workers(server: Gunicorn) -> list[str]:
    log = "".join(server.log)
    booted = log.count("Booting worker")
    return [line for line in log.splitlines() if "SIGBUS" in line or "exited" in line
            or "WORKER TIMEOUT" in line] + (["extra boots"] if booted > WORKERS else [])


def settle() -> None:
    time.sleep(1.0)  # ten index checks of every worker


def current_version(pointer) -> tuple:
    manifest = json.loads(pointer.read_text())
    folder = versions_dir(pointer)
    return folder / manifest["current"]["file"], folder / manifest["previous"]["file"]


def damage_file(path, damage: str, other=None) -> None:
    if damage == "truncate":
        subprocess.run(["truncate", "-s", "4096", str(path)], check=True)
    elif damage == "dd":
        subprocess.run(["dd", "if=/dev/urandom", f"of={path}", "bs=1024", "seek=6",
                        "count=4", "conv=notrunc", "status=none"], check=True)
    elif damage == "cp":
        subprocess.run(["cp", str(other), str(path)], check=True)
    else:
        path.unlink()


def still_serving(server, visitors: Visitors, before: dict) -> None:
    """After a change to the files: visitors keep getting answers from the same index."""
    settle()
    asked_after = visitors.asked
    settle()
    assert visitors.asked > asked_after, "the visitors still get answers"
    assert health(server.url)["index"] == before
    status, body = ask(server.url, BUNDLED_QUESTION)
    assert status == 200 and body["answered"]


@pytest.mark.parametrize("damage", ["truncate", "dd", "cp", "rm"])
def test_damaging_the_version_a_server_uses_keeps_it_serving_and_new_workers_fall_back(
        live, tmp_path, damage):
    server, index_path = live
    version, previous = current_version(index_path)
    other = load_index(build_groenne_byer_index(tmp_path, "https://groenne-byer.example/")).path
    with Visitors(server.url) as visitors:
        before = health(server.url)["index"]
        damage_file(version, damage, other)
        still_serving(server, visitors, before)
    assert visitors.failures == []
    assert dead_workers(server) == []
    # A worker that starts now notices the changed file and serves the previous version.
    assert load_index(index_path).path == previous


@pytest.mark.parametrize("damage", ["truncate", "dd"])
def test_damaging_the_pointer_in_place_keeps_the_previous_index_serving(live, damage):
    server, index_path = live
    with Visitors(server.url) as visitors:
        before = health(server.url)["index"]
        if damage == "truncate":
            subprocess.run(["truncate", "-s", "4096", str(index_path)], check=True)
        else:
            subprocess.run(["dd", "if=/dev/urandom", f"of={index_path}", "bs=1024", "seek=6",
                            "count=4", "conv=notrunc", "status=none"], check=True)
        still_serving(server, visitors, before)
    assert visitors.failures == []
    assert dead_workers(server) == []


def test_copying_a_single_index_file_over_the_pointer_switches_to_it_without_a_failed_request(
        live, tmp_path):
    server, index_path = live
    other = load_index(build_groenne_byer_index(tmp_path, "https://groenne-byer.example/")).path
    with Visitors(server.url) as visitors:
        subprocess.run(["cp", str(other), str(index_path)], check=True)
        wait_until(lambda: health(server.url)["index"]["documents"] == 4 and all(
            health(server.url)["index"]["documents"] == 4 for _ in range(10)),
                   timeout=10, message="det nye indeks blev ikke taget i brug")
    assert visitors.failures == []
    assert dead_workers(server) == []


def test_a_build_while_serving_is_picked_up_without_a_failed_request(live, tmp_path):
    server, index_path = live
    corpus = build_groenne_byer_index(tmp_path, "https://groenne-byer.example/").parent / "corpus"
    with Visitors(server.url) as visitors:
        build_and_save(corpus, index_path)
        wait_until(lambda: all(health(server.url)["index"]["documents"] == 4 for _ in range(10)),
                   timeout=10, message="det nye indeks blev ikke taget i brug")
    assert visitors.failures == []
    assert dead_workers(server) == []


def test_a_new_version_damaged_on_disk_is_refused_and_the_serving_index_stays(live):
    server, index_path = live
    good = current_version(index_path)[0].read_bytes()
    damaged = bytearray(good)
    damaged[len(damaged) // 2] ^= 0xFF  # a bit flipped after the version was written
    with Visitors(server.url) as visitors:
        before = health(server.url)["index"]
        version = versions_dir(index_path) / "index-20300101T000000.000000Z-0.bm25"
        version.write_bytes(bytes(damaged))
        manifest = json.loads(index_path.read_text())
        manifest["previous"], manifest["current"] = manifest["current"], {
            "file": version.name, "size": len(good), "xxh3_64": checksum(good)}
        write_atomic(index_path, json.dumps(manifest).encode())
        settle()
        assert health(server.url)["index"] == before
        status, body = ask(server.url, BUNDLED_QUESTION)
        assert status == 200 and body["answered"]
    assert visitors.failures == []
    assert dead_workers(server) == []


def test_a_vanished_pointer_leaves_the_previous_index_serving(live):
    server, index_path = live
    with Visitors(server.url) as visitors:
        index_path.unlink()
        settle()
        status, body = ask(server.url, BUNDLED_QUESTION)
        assert status == 200 and body["answered"]
    assert visitors.failures == []
    assert dead_workers(server) == []
    assert shutil.which("truncate") and shutil.which("dd")
