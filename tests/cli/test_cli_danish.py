"""A Danish-speaking newcomer asks each command for help, its version, and makes the usual typos."""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys

import pytest
import requests

from assistant import __version__
from assistant.cli import assistant as assistant_cli
from assistant.cli import indexer, server
from assistant.config import REPO_ROOT, Config
from assistant.ingest.crawl import CrawlError, crawl
from tests.support.crawl import Page, SiteServer

ENTRY_POINTS = {"python indexer.py": (indexer.build_parser, ["indexer.py"]),
                "python server.py": (server.build_parser, ["server.py"]),
                "python -m assistant": (assistant_cli.build_parser, ["-m", "assistant"])}
SUBCOMMANDS = [("python indexer.py", name) for name in ("build", "crawl", "update", "add")] + [
    ("python -m assistant", name) for name in ("ask", "evaluate", "report", "digest")]
ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "error:", "invalid",
           "required", "unrecognized", "expected", "choose from", "version number")


def parse(prog: str, args: list[str], capsys) -> tuple[int, str]:
    """(exit code, everything printed) when the command line stops at `args` (help, version, error)."""
    with pytest.raises(SystemExit) as stopped:
        ENTRY_POINTS[prog][0]().parse_args(args)
    printed = capsys.readouterr()
    return stopped.value.code or 0, printed.out + printed.err


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=REPO_ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, **(env or {})})


def assert_danish(text: str) -> None:
    found = [word for word in ENGLISH if word in text.lower()]
    assert found == [], f"engelsk tekst {found} i:\n{text}"


@pytest.mark.parametrize("prog", ENTRY_POINTS)
def test_help_is_danish_throughout(prog, capsys):
    code, shown = parse(prog, ["--help"], capsys)
    assert code == 0
    assert shown.startswith(f"brug: {prog} [-h] [--version]")
    assert "tilvalg:" in shown and "vis denne hjælp og afslut" in shown
    assert "vis versionsnummeret og afslut" in shown
    assert_danish(shown)


@pytest.mark.parametrize("prog, command", SUBCOMMANDS)
def test_every_subcommand_has_a_description_and_an_example(prog, command, capsys):
    code, shown = parse(prog, [command, "--help"], capsys)
    assert code == 0
    usage, description, *rest = shown.split("\n\n")
    assert usage.startswith(f"brug: {prog} {command}")
    assert len(description.split()) >= 8, description  # more than the one-line summary
    heading = next(i for i, block in enumerate(rest) if block in ("Eksempel:", "Eksempler:"))
    assert rest[heading + 1].startswith(f"  {prog} {command}")
    assert_danish(shown)


@pytest.mark.parametrize("prog", ENTRY_POINTS)
def test_version_is_printed_by_every_entry_point(prog):
    shown = run(*ENTRY_POINTS[prog][1], "--version")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == f"Balance-assistenten {__version__}"


@pytest.mark.parametrize("prog, args, says", [
    ("python indexer.py", [], "skal angives: KOMMANDO"),
    ("python indexer.py", ["bygg"], "ukendt valg: 'bygg' (vælg mellem 'build', 'crawl'"),
    ("python indexer.py", ["crawl"], "skal angives: URL"),
    ("python indexer.py", ["build", "--hurtigt"], "ukendte argumenter: --hurtigt"),
    ("python indexer.py", ["crawl", "https://balance-danmark.dk/", "--delay", "snart"],
     "--delay: skal være et tal på 0 eller mere, ikke 'snart'"),
    ("python indexer.py", ["build", "--index"], "--index: mangler en værdi"),
    ("python server.py", ["--port", "otte"], "--port: skal være et helt tal, ikke 'otte'"),
    ("python -m assistant", ["report", "--since", "en uge"], "--since: skal være et helt tal"),
    ("python -m assistant", ["evaluate", "q.tsv", "--min-hit1", "høj"], "--min-hit1: skal være et tal"),
])
def test_typos_get_a_danish_error_and_exit_code_2(prog, args, says, capsys):
    code, shown = parse(prog, args, capsys)
    assert code == 2
    assert f"{prog.split(' ')[0]} " in shown and ": fejl: " in shown and says in shown
    assert shown.startswith(f"brug: {prog}")
    assert_danish(shown)


def test_other_argparse_users_in_the_same_process_keep_their_own_texts(capsys):
    parse("python indexer.py", ["--help"], capsys)
    plain = argparse.ArgumentParser(prog="andet")
    assert plain.format_help().startswith("usage: andet")


def test_a_crawl_without_network_says_the_site_cannot_be_reached(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]  # nothing listens once the probe is closed
    corpus = tmp_path / "korpus"
    ran = run("indexer.py", "crawl", f"http://127.0.0.1:{closed_port}/", "--corpus", str(corpus),
              env={"ASSISTANT_CRAWL_RETRIES": "0", "ASSISTANT_CRAWL_DELAY": "0"})
    assert ran.returncode == 1
    assert "kan ikke nå sitet" in ran.stderr and f"127.0.0.1:{closed_port}" in ran.stderr
    assert "robots.txt" not in ran.stderr + ran.stdout and "Traceback" not in ran.stderr
    assert "Korpus og indeks er uændrede" in ran.stderr
    assert not corpus.exists() or list(corpus.iterdir()) == []


def test_a_site_that_answers_but_whose_robots_txt_fails_is_not_called_unreachable(tmp_path):
    with SiteServer() as site, requests.Session() as session:
        site.pages["/robots.txt"] = Page(status=503, body=b"Vedligeholdelse", content_type="text/plain")
        site.html("/", "<h1>Forside</h1><p>Foreningen Grønne Byer planter træer.</p>")
        config = Config(corpus_dir=tmp_path / "korpus", crawl_delay=0.0, crawl_retries=0)
        with pytest.raises(CrawlError) as failed:
            crawl([site.url("/")], config.corpus_dir, config, session)
    assert "robots.txt kunne ikke læses" in failed.value.message
    assert "kan ikke nå sitet" not in failed.value.message
