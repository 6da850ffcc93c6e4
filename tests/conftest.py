"""Shared fixtures: the bundled corpus's index, and indexes built from documents a test writes."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from assistant.config import Config
from assistant.documents import Document, write_document
from assistant.index.bm25 import Index
from assistant.index.build import build_and_save
from assistant.index.storage import load_index
from assistant.language import table_cache
from assistant.language.analysis import default_analyzer
from tests.support.corpus import BUNDLED_CORPUS
from tests.support.slack import FakeSlack, SlackHarness, slack_settings

TABLE_CACHE_ENV = "ASSISTANT_TABLE_CACHE"
_owned_table_cache: list[str] = []


def pytest_configure(config):
    """One table cache for the run (language/table_cache.py), in a temporary folder: the run's test
    processes (they inherit the environment from the first) and every server, worker and command
    they start read the language tables one of them built, instead of building them each (~7 s)."""
    if "PYTEST_XDIST_WORKER" not in os.environ or TABLE_CACHE_ENV not in os.environ:
        folder = tempfile.mkdtemp(prefix="tabelcache-")
        _owned_table_cache.append(folder)
        os.environ[TABLE_CACHE_ENV] = folder
    table_cache.configure(Path(os.environ[TABLE_CACHE_ENV]))


def pytest_unconfigure(config):
    for folder in _owned_table_cache:
        shutil.rmtree(folder, ignore_errors=True)


def run_table_cache() -> Path:
    return Path(os.environ[TABLE_CACHE_ENV])


@pytest.fixture(scope="session")
def bundled_index_path(tmp_path_factory) -> Path:
    """The index of the corpus that ships with the project, built once per test run."""
    path = tmp_path_factory.mktemp("bundled") / "index.bm25"
    build_and_save(BUNDLED_CORPUS, path)
    return path


@pytest.fixture(scope="session")
def bundled_index(bundled_index_path) -> Index:
    return load_index(bundled_index_path, default_analyzer())


@pytest.fixture
def test_config(tmp_path, bundled_index_path) -> Config:
    """A Config whose files all live in the test's own folder, over the bundled corpus's index."""
    return Config(corpus_dir=BUNDLED_CORPUS, index_path=bundled_index_path,
                  db_path=tmp_path / "assistant.sqlite3", table_cache=run_table_cache())


@pytest.fixture
def app(test_config):
    """The web app over the bundled corpus, as `create_app` builds it for gunicorn."""
    from assistant.app import create_app
    return create_app(test_config)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def index_of(tmp_path):
    """Build, save and load an index of the given documents, as `python indexer.py build` would."""
    def build(documents: list[Document]) -> Index:
        corpus = tmp_path / "corpus"
        for doc in documents:
            write_document(corpus, doc)
        path = tmp_path / "index.bm25"
        build_and_save(corpus, path)
        return load_index(path, default_analyzer())
    return build


@pytest.fixture(scope="session")
def redis_server():
    """A real redis-server for the whole run (started on first use)."""
    from tests.support.replicas import REDIS_SERVER, RedisServer, require

    server = RedisServer(require(REDIS_SERVER, "redis-server"))
    yield server
    server.close()


@pytest.fixture
def redis_url(redis_server) -> str:
    """The shared Redis, emptied for this test (and running again if a test stopped it)."""
    if redis_server.proc is None:
        redis_server.start()
    with redis_server.client() as client:
        client.flushall()
    return redis_server.url


@pytest.fixture
def redis_connection(redis_server, redis_url):
    """A client of the test's Redis, to look at what the assistant stored there."""
    with redis_server.client() as client:
        yield client


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL cluster for the whole run (started on first use)."""
    from tests.support.replicas import PostgresServer, postgres_bin, require

    bindir = postgres_bin()
    server = PostgresServer(require(bindir and bindir / "postgres", "postgresql").parent)
    yield server
    server.close()


@pytest.fixture
def database_url(postgres_server) -> str:
    """A new, empty PostgreSQL database for this test."""
    return postgres_server.new_database()



@pytest.fixture
def closed_at_end():
    """Keeps the PostgreSQL stores of a test (or of its Services or app) and closes them at its end.

    A connection pool left to the garbage collector stops its worker threads in __del__; collected
    in one of those threads (any thread can trigger a collection), it tries to join itself and fails.
    """
    from assistant.quality.question_log_pg import PgQuestionLog

    kept = []

    def keep(thing):
        kept.append(thing)
        return thing

    yield keep
    for thing in kept:
        services = thing.extensions["assistant"] if hasattr(thing, "extensions") else thing
        store = getattr(services, "store", services)
        if isinstance(store, PgQuestionLog):
            store.close()


@pytest.fixture
def fake_slack():
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def slack(test_config, fake_slack):
    harness = SlackHarness(slack_settings(test_config, fake_slack), fake_slack)
    yield harness
    harness.close()
