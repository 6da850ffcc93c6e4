"""The part-time IT person runs the crawl by hand at a terminal before putting it in cron."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from assistant.config import REPO_ROOT
from tests.support.crawl import SiteServer
from tests.support.terminal import run_in_terminal

QUICK = {"ASSISTANT_CRAWL_DELAY": "0", "ASSISTANT_CRAWL_RETRIES": "0"}


@pytest.fixture
def small_site():
    with SiteServer() as site:
        site.html("/", "<html lang='da'><head><title>Forside</title></head><body><main>"
                       "<h1>Foreningen Grønne Byer</h1><p>Vi planter træer i byens gader og passer "
                       "dem de første tre år.</p><a href='/om-os/'>Om os</a></main></body></html>")
        site.html("/om-os/", "<html lang='da'><head><title>Om os</title></head><body><main>"
                             "<h1>Om os</h1><p>Foreningen blev stiftet i 2009 af naboer, der ville "
                             "have flere træer på deres vej.</p></main></body></html>")
        yield site


@pytest.mark.parametrize("command", ["crawl", "update"])
def test_crawl_and_update_at_a_terminal_show_a_progress_bar_and_finish(small_site, tmp_path, command):
    args = ["indexer.py", command, small_site.url("/"), "--corpus", str(tmp_path / "korpus")]
    if command == "update":
        args += ["--index", str(tmp_path / "index.bm25")]
    code, shown = run_in_terminal(*args, env=QUICK)
    assert code == 0, shown
    assert "Traceback" not in shown
    assert "Henter" in shown and "side" in shown  # the bar, drawn on the terminal
    assert "Gennemsøgning færdig" in shown and "nye:           2" in shown
    if command == "update":
        assert "Indeks bygget" in shown and "Indekserer" in shown
        assert (tmp_path / "index.bm25").is_file()


def test_add_at_a_terminal_shows_a_progress_bar(tmp_path):
    note = tmp_path / "referat.md"
    note.write_text("# Referat\n\nBestyrelsen besluttede at plante ti nye træer i parken.\n",
                    encoding="utf-8")
    code, shown = run_in_terminal("indexer.py", "add", str(note), "--corpus", str(tmp_path / "k"))
    assert code == 0, shown
    assert "Læser" in shown and "nye:           1" in shown and "Traceback" not in shown


def test_under_cron_without_a_terminal_the_crawl_prints_no_progress_bar(small_site, tmp_path):
    ran = subprocess.run([sys.executable, "indexer.py", "crawl", small_site.url("/"), "--corpus",
                          str(tmp_path / "korpus")], cwd=REPO_ROOT, capture_output=True, text=True,
                         timeout=60, env={**os.environ, **QUICK})
    assert ran.returncode == 0, ran.stderr
    assert "nye:           2" in ran.stdout
    assert "Henter" not in ran.stderr and "\r" not in ran.stderr
