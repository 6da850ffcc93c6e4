"""Runs that die or overlap: one run at a time changes a corpus or an index while builds may read a
corpus side by side, a dead run's lock and leftovers are cleared by the next run, and crawling one
site keeps what the crawler knew of the others."""
from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest
import requests

from assistant.config import REPO_ROOT, Config
from assistant.documents import read_corpus
from assistant.index.build import build_and_save
from assistant.ingest.crawl import STATE_FILE, crawl
from assistant.ingest.local_files import add_paths
from assistant.ingest.run_lock import RunInProgress
from tests.support.crawl import SiteServer

HOLD_LOCK = ("import sys, time; from assistant.ingest import run_lock\n"
             "with getattr(run_lock, sys.argv[2])(sys.argv[1]):\n    print('låst', flush=True); time.sleep(60)\n")


def note(folder, name: str, text: str):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"# {text}\n\n{text} er skrevet af Foreningen Grønne Byer.\n", encoding="utf-8")
    return path


def hold_lock(target, how: str = "exclusive") -> subprocess.Popen:
    """Another process that holds the lock of `target` until it is stopped: alone, as a crawl or an
    add does (`exclusive`), or beside other readers, as a build does (`reading`)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(target), how], cwd=REPO_ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "låst"
    return proc


def kill(proc: subprocess.Popen) -> None:
    """kill -9, as a crash or an impatient operator would."""
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()


def test_an_add_while_another_run_holds_the_corpus_is_refused_in_danish_and_changes_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    add_paths([note(tmp_path / "noter", "marts.md", "Marts")], corpus)
    before = sorted(p.name for p in corpus.iterdir())
    other = hold_lock(corpus)
    try:
        with pytest.raises(RunInProgress) as refused:
            add_paths([note(tmp_path / "noter", "april.md", "April")], corpus)
    finally:
        kill(other)
    assert "bruges af en anden kørsel" in refused.value.message and "Intet er ændret" in refused.value.message
    assert f"pid {other.pid}" in refused.value.message
    assert sorted(p.name for p in corpus.iterdir()) == before


def test_the_lock_of_a_run_killed_with_kill_9_is_taken_over(tmp_path):
    corpus = tmp_path / "corpus"
    kill(hold_lock(corpus))
    summary = add_paths([note(tmp_path / "noter", "maj.md", "Maj")], corpus)
    assert len(summary.added) == 1


def test_two_adds_at_once_never_lose_a_file_silently(tmp_path):
    corpus = tmp_path / "corpus"
    files = [note(tmp_path / "noter", f"note{n}.md", f"Note nummer {n}") for n in range(2)]
    runs = [subprocess.Popen([sys.executable, "indexer.py", "add", str(path), "--corpus", str(corpus)],
                             cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for path in files]
    results = [(run.wait(timeout=60), run.stderr.read()) for run in runs]
    for run in runs:
        run.stdout.close()
        run.stderr.close()
    titles = {doc.title for doc in read_corpus(corpus)}
    for n, (code, err) in enumerate(results):
        if code == 0:
            assert f"Note nummer {n}" in titles
        else:
            assert code == 1 and "bruges af en anden kørsel" in err
    assert any(code == 0 for code, _ in results)


def test_leftovers_of_killed_runs_are_removed_by_the_next_run(tmp_path):
    corpus = tmp_path / "corpus"
    index = tmp_path / "index.bm25"
    add_paths([note(tmp_path / "noter", "juni.md", "Juni")], corpus)
    # What kill -9 leaves: a staging folder mid-crawl, a half-written index and corpus file.
    staged = tmp_path / ".corpus.new-k9x2"
    staged.mkdir()
    (staged / "halv.json").write_text("{", encoding="utf-8")
    (tmp_path / ".index.bm25.q1w2.tmp").write_bytes(b"\0" * 4096)
    (corpus / ".juni.json.a8b7.tmp").write_text("{", encoding="utf-8")
    build_and_save(corpus, index)
    assert not (tmp_path / ".index.bm25.q1w2.tmp").exists()
    add_paths([note(tmp_path / "noter", "juli.md", "Juli")], corpus)
    assert not staged.exists()
    assert not any(p.name.endswith(".tmp") for p in corpus.iterdir())
    assert {doc.title for doc in read_corpus(corpus)} == {"Juni", "Juli"}


def test_a_build_is_refused_while_a_crawl_holds_the_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    add_paths([note(tmp_path / "noter", "aug.md", "August")], corpus)
    other = hold_lock(corpus)
    try:
        with pytest.raises(RunInProgress):
            build_and_save(corpus, tmp_path / "index.bm25")
    finally:
        kill(other)
    assert not (tmp_path / "index.bm25").exists()


def test_two_builds_of_one_corpus_run_side_by_side_but_an_add_waits_for_them(tmp_path):
    corpus = tmp_path / "corpus"
    add_paths([note(tmp_path / "noter", "sep.md", "September")], corpus)
    other_build = hold_lock(corpus, "reading")
    try:
        # A second index of the same corpus (another replica's, or a test process's) is built at once.
        summary = build_and_save(corpus, tmp_path / "index.bm25")
        with pytest.raises(RunInProgress) as refused:
            add_paths([note(tmp_path / "noter", "okt.md", "Oktober")], corpus)
    finally:
        kill(other_build)
    assert summary.documents == 1
    assert "en indeksbygning læser den" in refused.value.message
    assert {doc.title for doc in read_corpus(corpus)} == {"September"}


def test_a_build_waits_for_nobody_but_its_own_index_is_built_by_one_run_at_a_time(tmp_path):
    corpus = tmp_path / "corpus"
    add_paths([note(tmp_path / "noter", "nov.md", "November")], corpus)
    index = tmp_path / "index.bm25"
    other = hold_lock(index)
    try:
        with pytest.raises(RunInProgress):
            build_and_save(corpus, index)
    finally:
        kill(other)
    assert not index.exists()


def test_crawling_one_site_keeps_the_crawl_state_of_the_other(tmp_path):
    config = Config(corpus_dir=tmp_path / "corpus", crawl_delay=0.0, crawl_backoff=0.01)
    with SiteServer() as haver, SiteServer() as byer, requests.Session() as session:
        haver.html("/", '<main><h1>Haver</h1><p>Fælleshaver i Aarhus. <a href="/vand/">Vand</a></p></main>')
        haver.html("/vand/", "<main><h1>Vanding</h1><p>Haverne vandes om aftenen.</p></main>")
        byer.html("/", "<main><h1>Byer</h1><p>Grønne byer planter træer langs vejene.</p></main>")
        crawl([haver.url("/")], config.corpus_dir, config, session)
        crawl([byer.url("/")], config.corpus_dir, config, session)
        state = json.loads((config.corpus_dir / STATE_FILE).read_text(encoding="utf-8"))["pages"]
    urls = {entry["url"] for entry in state.values()}
    assert {haver.url("/"), haver.url("/vand/"), byer.url("/")} <= urls
