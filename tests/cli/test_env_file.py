"""The IT person copies .env.example to .env once; every command and the server then use it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from assistant.app import create_app
from assistant.config import REPO_ROOT, from_env, load_env_file
from assistant.index.build import build_and_save
from tests.support.corpus import BUNDLED_CORPUS
from tests.support.web import Gunicorn


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    # Only what the story sets: no ASSISTANT_* from the machine running the tests.
    base = {k: v for k, v in os.environ.items() if not k.startswith(("ASSISTANT_", "SLACK_"))}
    return subprocess.run([sys.executable, *args], cwd=REPO_ROOT, capture_output=True, text=True,
                          timeout=120, env={**base, **env})


def env_file(tmp_path: Path, **settings: str) -> Path:
    path = tmp_path / "drift.env"
    lines = ["# Balance-assistenten på foreningens server"]
    lines += [f"{name}={value}" for name, value in settings.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def built_index(tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("indeks") / "index.bm25"
    build_and_save(BUNDLED_CORPUS, index)
    return index


def test_indexer_build_takes_its_paths_from_the_env_file(tmp_path):
    target = tmp_path / "fra-filen.bm25"
    settings = env_file(tmp_path, ASSISTANT_CORPUS=str(BUNDLED_CORPUS), ASSISTANT_INDEX=str(target))
    built = run("indexer.py", "build", env={"ASSISTANT_ENV_FILE": str(settings)})
    assert built.returncode == 0, built.stderr
    assert target.is_file() and str(target) in built.stdout


def test_a_variable_set_in_the_environment_wins_over_the_file(tmp_path):
    from_file, from_environment = tmp_path / "fil.bm25", tmp_path / "miljoe.bm25"
    settings = env_file(tmp_path, ASSISTANT_CORPUS=str(BUNDLED_CORPUS),
                        ASSISTANT_INDEX=str(from_file))
    built = run("indexer.py", "build", env={"ASSISTANT_ENV_FILE": str(settings),
                                            "ASSISTANT_INDEX": str(from_environment)})
    assert built.returncode == 0, built.stderr
    assert from_environment.is_file() and not from_file.exists()


def test_ask_on_the_command_line_reads_the_env_file(tmp_path, built_index):
    settings = env_file(tmp_path, ASSISTANT_INDEX=str(built_index))
    asked = run("-m", "assistant", "ask", "Hvornår blev Balance Danmark stiftet?",
                env={"ASSISTANT_ENV_FILE": str(settings)})
    assert asked.returncode == 0, asked.stderr
    assert "2014" in asked.stdout


def test_server_py_reads_the_env_file(tmp_path, built_index):
    settings = env_file(tmp_path, ASSISTANT_INDEX=str(built_index), ASSISTANT_PORT="0",
                        ASSISTANT_DB=str(tmp_path / "log.sqlite3"))
    proc = subprocess.Popen([sys.executable, "server.py"], cwd=REPO_ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True,
                            env={**{k: v for k, v in os.environ.items()
                                    if not k.startswith(("ASSISTANT_", "SLACK_"))},
                                 "ASSISTANT_ENV_FILE": str(settings), "PYTHONUNBUFFERED": "1"})
    try:
        lines = []
        while not any("starter på" in line for line in lines) and len(lines) < 10:
            lines.append(proc.stdout.readline())
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()
    started = next(line for line in lines if "starter på" in line)
    assert "http://127.0.0.1:0/" in started and f"(indeks: {built_index})" in started


def test_gunicorns_app_factory_reads_the_env_file(tmp_path, built_index):
    settings = env_file(tmp_path, ASSISTANT_INDEX=str(built_index),
                        ASSISTANT_DB=str(tmp_path / "log.sqlite3"))
    # Empty in the environment counts as unset, so the file's values apply.
    server = Gunicorn({"ASSISTANT_ENV_FILE": str(settings), "ASSISTANT_INDEX": "",
                       "ASSISTANT_DB": ""}, workers=1)
    try:
        # Listening comes before the worker has loaded the app; on a busy machine that takes a while.
        server.wait_ready(1)
        with urllib.request.urlopen(server.url + "healthz", timeout=30) as response:
            health = json.loads(response.read())
    finally:
        server.stop()
    assert health["index"]["loaded"] is True and health["index"]["documents"] == 1


def test_the_app_factory_without_a_config_uses_the_file_and_the_environment(tmp_path, monkeypatch,
                                                                               built_index):
    monkeypatch.setattr(os, "environ", {"ASSISTANT_ENV_FILE": str(env_file(
        tmp_path, ASSISTANT_INDEX=str(built_index), ASSISTANT_CONTACT_URL="https://fil.example/",
        ASSISTANT_DB=str(tmp_path / "log.sqlite3"))),
        "ASSISTANT_CONTACT_URL": "https://miljoe.example/"})
    config = create_app().extensions["assistant"].config
    assert config.index_path == built_index
    assert config.contact_url == "https://miljoe.example/"


def test_without_an_env_file_nothing_is_read(tmp_path):
    environ = {"ASSISTANT_INDEX": "var/x.bm25"}
    if not (REPO_ROOT / ".env").exists():
        assert load_env_file(environ) is None
    assert environ["ASSISTANT_INDEX"] == "var/x.bm25"


def test_quotes_export_and_comments_are_read_as_a_shell_would(tmp_path):
    path = tmp_path / ".env"
    path.write_text('export ASSISTANT_CONTACT_URL="https://balance-danmark.dk/kontakt/"\n'
                    "# kommentar\nASSISTANT_RATE_LIMIT='10 per minute'  # pr. klient\n"
                    "ASSISTANT_PUBLIC_URL=\n", encoding="utf-8")
    environ = {"ASSISTANT_ENV_FILE": str(path)}
    assert load_env_file(environ) == path
    config = from_env(environ)
    assert config.contact_url == "https://balance-danmark.dk/kontakt/"
    assert config.rate_limit == "10 per minute"
    assert config.public_url == ""


def test_the_example_file_copied_as_is_is_a_valid_env_file():
    environ = {"ASSISTANT_ENV_FILE": str(REPO_ROOT / ".env.example")}
    load_env_file(environ)
    assert from_env(environ).allowed_origins == ("https://balance-danmark.dk",
                                                 "https://www.balance-danmark.dk")


@pytest.mark.parametrize("content, says", [
    ("ASSISTANT_PORT=8000\nDette er ikke en indstilling\n", "linje 2: 'Dette er ikke en indstilling'"),
    (None, "kan ikke læses"),  # a folder where the file should be
    ("", "kan ikke læses"),    # a file that does not exist
])
def test_a_broken_env_file_stops_the_command_with_a_danish_error(tmp_path, content, says):
    if content is None:
        path = tmp_path / "mappe.env"
        path.mkdir()
    elif content == "":
        path = tmp_path / "findes-ikke.env"
    else:
        path = tmp_path / "fejl.env"
        path.write_text(content, encoding="utf-8")
    ran = run("indexer.py", "build", "--index", str(tmp_path / "index.bm25"),
              env={"ASSISTANT_ENV_FILE": str(path)})
    assert ran.returncode == 1
    assert f"Miljøfilen {path}" in ran.stderr and says in ran.stderr
    assert "Traceback" not in ran.stderr
    assert not (tmp_path / "index.bm25").exists()


def test_a_bad_value_in_the_env_file_is_named(tmp_path):
    settings = env_file(tmp_path, ASSISTANT_PORT="otte-tusind")
    ran = run("server.py", env={"ASSISTANT_ENV_FILE": str(settings)})
    assert ran.returncode == 1
    assert "Ugyldig værdi i ASSISTANT_PORT: 'otte-tusind'" in ran.stderr


def test_a_bad_setting_reaches_the_quality_commands_as_a_danish_message_and_exit_code_one(tmp_path):
    ran = run("-m", "assistant", "ask", "Hvad er Balance Danmark?",
              env={"ASSISTANT_ENV_FILE": str(env_file(tmp_path, ASSISTANT_DATABASE_URL="mysql://db/x"))})
    assert ran.returncode == 1
    assert "Ugyldig værdi i ASSISTANT_DATABASE_URL: den skal begynde med postgresql://" in ran.stderr
    assert "Traceback" not in ran.stderr


def test_the_settings_code_raises_config_error_and_leaves_exiting_to_the_entry_points(tmp_path):
    from assistant.errors import ConfigError

    broken = tmp_path / "fejl.env"
    broken.write_text("Dette er ikke en indstilling\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"Miljøfilen .*\(linje 1"):
        load_env_file({"ASSISTANT_ENV_FILE": str(broken)})
    with pytest.raises(ConfigError, match="Ugyldig værdi i ASSISTANT_PORT"):
        from_env({"ASSISTANT_PORT": "otte-tusind"})


def test_gunicorn_started_with_a_bad_setting_stops_with_the_danish_message(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_ENV_FILE", str(env_file(tmp_path, ASSISTANT_PORT="otte-tusind")))
    # Set (empty counts as unset, so the file fills it in) and so restored after the test: the
    # file's value written into the environment must not reach the tests that follow.
    monkeypatch.setenv("ASSISTANT_PORT", "")
    with pytest.raises(SystemExit) as stopped:
        create_app()  # what gunicorn.conf.py's wsgi_app calls
    assert "Ugyldig værdi i ASSISTANT_PORT: 'otte-tusind'" in str(stopped.value.code)
