"""A fresh process's start to its first answer, with and without the machine's table cache.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.process_start [--runs 3] [--workers 4]

Each run starts a new Python process that does what a server process does before it answers
(assistant/answer/warm_up.py: the shared tables step by step, then the index of the bundled corpus
loaded and warmed) and then answers one question. Printed per step: the median wall and CPU seconds
of --runs processes without a table cache, of one process filling an empty cache, and of --runs
processes reading it; the total from the process's start (interpreter and imports included) to
its first answer; its memory (RssAnon: the process's own; RssFile: file pages every process of the
machine shares, the cached tables' arrays among them). The answers must be equal in every run.
--workers: gunicorn (gunicorn.conf.py) with that many workers, started without a table cache (a
folder that cannot be written) and with a filled one: seconds until every worker is ready, and
each worker's memory (Rss; Pss, which splits shared pages among the processes mapping them;
Private) from /proc/<pid>/smaps_rollup; then once more with gunicorn's --preload (the app built in
the master before it forks, which gunicorn.conf.py does not set), for what copy-on-write shares.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUESTION = "Hvad er Balance Danmarks vision?"
NO_CACHE = "-"


def probe(cache: str, index_path: str, started: float) -> None:
    """In the child: each step timed, printed as one JSON line."""
    steps = []
    wall, cpu = time.time(), time.process_time()
    steps.append(("fortolker og imports (til her)", wall - started, cpu))

    def lap(name: str) -> None:
        nonlocal wall, cpu
        now_wall, now_cpu = time.time(), time.process_time()
        steps.append((name, now_wall - wall, now_cpu - cpu))
        wall, cpu = now_wall, now_cpu

    from assistant.answer import ask
    from assistant.answer.warm_up import PROCESS_STEPS, prepare_answering
    from assistant.index.preload import preload
    from assistant.index.storage import load_index
    from assistant.language import table_cache
    from assistant.language.analysis import default_analyzer
    lap("imports")
    table_cache.configure(None if cache == NO_CACHE else Path(cache))
    analyzer = default_analyzer()
    for name, prepare in PROCESS_STEPS:
        prepare(analyzer)
        lap(name)
    index = load_index(Path(index_path), analyzer)
    preload(index)
    prepare_answering(index)
    lap("indeks indlæst og varmet")
    answer = ask(QUESTION, index)
    lap("første svar")
    memory = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("RssAnon", "RssFile"):
            memory[key] = int(value.split()[0]) / 1024
    print(json.dumps({"steps": steps, "total_wall": time.time() - started,
                      "total_cpu": time.process_time(), "memory": memory,
                      "answer": hashlib.sha256(repr((answer.answered, answer.answer, answer.citations,
                                                                    answer.top_score)).encode()).hexdigest()}))


def run(cache: str, index_path: Path) -> dict:
    started = time.time()
    done = subprocess.run([sys.executable, "-m", "benchmarks.process_start", "--probe", cache,
                           str(index_path), repr(started)], cwd=REPO, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"Processen fejlede:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(title: str, runs: list[dict]) -> None:
    print(f"\n{title} ({len(runs)} proces{'ser' if len(runs) > 1 else ''}, median):")
    for i, (name, _, _) in enumerate(runs[0]["steps"]):
        wall = statistics.median(r["steps"][i][1] for r in runs)
        cpu = statistics.median(r["steps"][i][2] for r in runs)
        print(f"  {name:34s} væg {wall:6.3f} s  CPU {cpu:6.3f} s")
    print(f"  {'i alt til første svar':34s} væg {statistics.median(r['total_wall'] for r in runs):6.3f} s  "
          f"CPU {statistics.median(r['total_cpu'] for r in runs):6.3f} s")
    for key in ("RssAnon", "RssFile"):
        print(f"  {key:34s} {statistics.median(r['memory'][key] for r in runs):6.1f} MB")


def _memory(pid: int) -> dict[str, float]:
    found = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("Rss", "Pss", "Private_Clean", "Private_Dirty"):
            found[key] = int(value.split()[0]) / 1024
    return {"Rss": found["Rss"], "Pss": found["Pss"],
            "Private": found["Private_Clean"] + found["Private_Dirty"]}


def gunicorn_workers(cache: str, index_path: Path, folder: Path, workers: int, *options: str) -> None:
    """Start gunicorn, wait until every worker is ready, print the start time and their memory."""
    env = {**os.environ, "ASSISTANT_INDEX": str(index_path), "ASSISTANT_DB": str(folder / "db.sqlite3"),
           "ASSISTANT_TABLE_CACHE": cache, "WEB_CONCURRENCY": str(workers)}
    started = time.time()
    proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "-b", "127.0.0.1:0",
                             *options, "assistant.app:create_app()"], cwd=REPO, env=env, stderr=subprocess.PIPE,
                            text=True)
    ready, log = 0, []
    try:
        while ready < workers:
            line = proc.stderr.readline()
            if not line:
                raise RuntimeError("gunicorn stoppede:\n" + "".join(log[-40:]))
            log.append(line)
            ready += "Worker klar" in line
        seconds = time.time() - started
        pids = [int(p) for p in re.findall(r"Worker klar \(pid (\d+)\)", "".join(log))]
        memory = [_memory(pid) for pid in pids]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(f"  {workers} workers klar efter {seconds:.1f} s; pr. worker (median) " + ", ".join(
        f"{key} {statistics.median(m[key] for m in memory):.0f} MB" for key in ("Rss", "Pss", "Private")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=0, help="gunicorn-workers at måle (0: ingen)")
    parser.add_argument("--probe", nargs=3, metavar=("CACHE", "INDEX", "STARTED"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        cache, index_path, started = args.probe
        probe(cache, index_path, float(started))
        return 0
    from assistant.index.build import build_and_save
    with tempfile.TemporaryDirectory() as folder:
        index_path = Path(folder) / "index.bm25"
        build_and_save(REPO / "corpus", index_path)
        cache = str(Path(folder) / "table-cache")
        without = [run(NO_CACHE, index_path) for _ in range(args.runs)]
        filling = [run(cache, index_path)]
        reading = [run(cache, index_path) for _ in range(args.runs)]
        report("Uden tabelcache", without)
        report("Tom tabelcache (bygges og skrives)", filling)
        report("Med tabelcache", reading)
        size = sum(p.stat().st_size for p in Path(cache).iterdir()) / 1e6
        print(f"\nTabelcachens filer: {size:.1f} MB")
        if args.workers:
            blocked = Path(folder) / "ikke-en-mappe"
            blocked.write_text("")
            print("\ngunicorn uden tabelcache (mappen kan ikke skrives):")
            gunicorn_workers(str(blocked / "cache"), index_path, Path(folder), args.workers)
            print("gunicorn med tabelcache:")
            gunicorn_workers(cache, index_path, Path(folder), args.workers)
            # Not shipped (gunicorn.conf.py): measured to see what copy-on-write would share.
            print("gunicorn med tabelcache og --preload (appen bygget i master-processen før fork):")
            gunicorn_workers(cache, index_path, Path(folder), args.workers, "--preload")
    answers = {r["answer"] for r in without + filling + reading}
    print("Samme svar i alle processer:", "ja" if len(answers) == 1 else "NEJ")
    return 0 if len(answers) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
