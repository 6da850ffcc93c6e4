"""Real Redis and PostgreSQL servers on 127.0.0.1, started by the tests from Debian's packages.

Each runs in its own temporary folder on a free port and is stopped at the end. PostgreSQL refuses
to run as root, so as root (CI) it runs as the unprivileged user `nobody`. Where the binaries are
missing the tests are skipped with the reason, except in CI (CI set), where that is a failure.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import pytest
import redis
import requests

from assistant.config import REPO_ROOT
from tests.support.web import free_port, wait_until

REDIS_SERVER = Path("/usr/bin/redis-server")
UNPRIVILEGED_USER = "nobody"


def require(binary: Path | None, package: str) -> Path:
    """The binary, or skip (fail in CI) naming the Debian package that `scripts/setup test` installs."""
    if binary is not None and binary.exists():
        return binary
    message = f"{package} er ikke installeret (scripts/setup test installerer det)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


class RedisServer:
    """redis-server with an append-only file in a temp folder, so a restart keeps its data."""

    def __init__(self, binary: Path):
        self.binary = binary
        self.dir = Path(tempfile.mkdtemp(prefix="assistant-redis-"))
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [str(self.binary), "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.dir),
             "--save", "", "--appendonly", "yes", "--loglevel", "warning", "--daemonize", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with self.client() as client:
            wait_until(lambda: _answers(client), timeout=10, message="redis-server startede ikke")

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, decode_responses=True, socket_timeout=2)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def _answers(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False


class PostgresServer:
    """A throwaway PostgreSQL cluster (initdb) on a free port; `new_database()` gives each test its own."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        # In /tmp as root: `nobody` must reach the folder, and TMPDIR may lie inside root's home.
        self.dir = Path(tempfile.mkdtemp(prefix="assistant-pg-", dir="/tmp" if os.geteuid() == 0 else None))
        self.port = free_port()
        self.user = "assistent"
        # Run as `nobody` straight from Popen (no wrapper), so signals reach the postgres process.
        as_user: dict = {}
        if os.geteuid() == 0:
            account = pwd.getpwnam(UNPRIVILEGED_USER)
            os.chown(self.dir, account.pw_uid, account.pw_gid)
            as_user = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
        data = self.dir / "data"
        subprocess.run([str(bindir / "initdb"), "-D", str(data), "-U", self.user,
                        "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=self.dir,
                       **as_user)
        self.proc = subprocess.Popen(
            [str(bindir / "postgres"), "-D", str(data), "-p", str(self.port),
             "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={self.dir}",
             "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=self.dir, **as_user)
        self.admin_url = self.url("postgres")
        wait_until(self._answers, timeout=20, interval=0.1, message="PostgreSQL startede ikke")
        self._databases = 0

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def _answers(self) -> bool:
        try:
            psycopg.connect(self.admin_url, connect_timeout=2).close()
            return True
        except psycopg.OperationalError:
            return False

    def new_database(self) -> str:
        """An empty database of its own (the app creates its schema); returns its URL."""
        self._databases += 1
        name = f"test_{os.getpid()}_{self._databases}_{int(time.time() * 1000) % 100000}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def close(self) -> None:
        # SIGINT is PostgreSQL's fast shutdown: it does not wait for the tests' pooled connections.
        self.proc.send_signal(signal.SIGINT)
        self.proc.wait(timeout=20)
        shutil.rmtree(self.dir, ignore_errors=True)


class Replica:
    """One `python server.py` process on its own port: a replica as an operator runs it."""

    def __init__(self, env: dict[str, str], log_path: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._log = open(log_path, "w", encoding="utf-8")
        self.proc = subprocess.Popen([sys.executable, "server.py", "--port", str(self.port)],
                                     cwd=REPO_ROOT, env={**os.environ, **env},
                                     stdout=self._log, stderr=subprocess.STDOUT)

    def wait_ready(self) -> Replica:
        def ready() -> bool:
            if self.proc.poll() is not None:
                raise AssertionError("replikaen stoppede:\n" + self.log_path.read_text(encoding="utf-8"))
            try:
                return requests.get(self.url + "/healthz", timeout=1).status_code == 200
            except requests.RequestException:
                return False
        # A replica loads the index and the language resources before /healthz answers; on a loaded
        # two-core CI machine that has taken more than 30 s, so wait as long as gunicorn's workers get.
        wait_until(ready, timeout=60, interval=0.05, message=f"replikaen på {self.url} blev ikke klar")
        return self

    def kill(self) -> None:
        """SIGKILL: the replica dies at once, with whatever it held."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self._log.close()
