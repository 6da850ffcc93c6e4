"""A question's top 10 the first time after a load, per question, steadier than one pass can show.

peer_bench.py times each question once per fresh process, and on shared cores a question that
loses its core or finds its caches emptied by another process costs several times its own work, so
one pass's median moves by ±15 % between runs. This benchmark runs the same first pass in several
fresh processes and keeps each question's smallest CPU time (its cost without the interruptions),
beside the same questions asked again in the same processes (the baseline: everything they need is
read by then). Then, in one more process, the first use with warm caches: each question timed right
after the postings cache is emptied (its blocks are checked, decoded and scored again, but the file's
bytes and the processor's caches are warm; best of 7), for the questions scored at once (topk._sum_all,
most of them), which shows the first use's own code and nothing else.

    .venv/bin/python -m benchmarks.topk_first_use [--size 100000] [--processes 5] [--folder F]

The corpus, index and questions are peer_bench.py's (index_bench.py's generated passages); with
--folder an index built before (F/engine/index.bm25, F/queries.json) is used again, so two versions
of the code can be timed on the same file.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.peer_bench import ROOT, corpus, run_worker


def _percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def worker(folder: Path, warm: bool) -> dict:
    from assistant.index import topk
    from assistant.index.postings_cache import PostingsCache
    from assistant.index.preload import preload
    from assistant.index.storage import load_index
    from benchmarks.index_bench import WhitespaceAnalyzer
    queries = json.loads((folder / "queries.json").read_text())
    index = load_index(folder / "engine" / "index.bm25", WhitespaceAnalyzer())
    preload(index)  # as a server's warm-up and peer_bench do before the first question
    if not warm:
        passes = []
        for _ in range(2):
            times = []
            for terms in queries:
                started = time.thread_time()
                index.top(terms, 10)
                times.append((time.thread_time() - started) * 1e6)
            passes.append(times)
        return {"first": passes[0], "again": passes[1]}
    for terms in queries:
        index.top(terms, 10)
    # (A slice, not `item`: the same code times versions of the index without it.)
    at_once = [terms for terms in queries if sum(
        int(index.offsets[t + 1]) - int(index.offsets[t]) for t in map(index.term_ids.get, terms) if t is not None)
        <= topk.FEW_POSTINGS]
    best = []
    for terms in at_once:
        times = []
        for _ in range(7):
            index.postings_cache = PostingsCache()
            started = time.perf_counter()
            index.top(terms, 10)
            times.append((time.perf_counter() - started) * 1e6)
        best.append(min(times))
    return {"warm_first_use": best}


def _run(folder: Path, warm: bool) -> dict:
    out = subprocess.run([sys.executable, "-m", "benchmarks.topk_first_use", "--worker", str(folder)]
                         + (["--warm"] if warm else []), capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(folder: Path, processes: int) -> None:
    runs = [_run(folder, warm=False) for _ in range(processes)]
    print(f"{len(runs[0]['first'])} questions, {processes} fresh processes; each question's smallest CPU time, us:")
    for key, label in (("first", "first time after the load"), ("again", "again (baseline)")):
        least = [min(run[key][i] for run in runs) for i in range(len(runs[0][key]))]
        median, p95 = _percentiles(least)
        per_run = ", ".join(f"{statistics.median(run[key]):.0f}" for run in runs)
        print(f"  {label:<26} median {median:7.1f}  p95 {p95:7.1f}   (each process's own median: {per_run})")
    warm = _run(folder, warm=True)["warm_first_use"]
    print(f"first use with warm caches ({len(warm)} questions scored at once, best of 7): median "
          f"{statistics.median(warm):.1f} us")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--processes", type=int, default=5)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--folder", help="an index and questions saved by an earlier run (kept)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(Path(args.worker), args.warm)))
        return 0
    if args.folder and (Path(args.folder) / "engine" / "index.bm25").exists():
        measure(Path(args.folder), args.processes)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.folder or tmp)
        (folder / "engine").mkdir(parents=True, exist_ok=True)
        (folder / "queries.json").write_text(json.dumps(corpus(args.size, args.queries)[1]))
        run_worker("ours", "build", args.size, folder / "engine", args.queries)
        measure(folder, args.processes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
