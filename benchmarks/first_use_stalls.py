"""Questions that stall a warmed worker: each new question's CPU, and the index tables made after the warm-up.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.first_use_stalls [--size 10000] [--index PATH] [--every 3] [--show 20]

The index is ask_peer_bench's (the Om page among synthetic passages; built unless --index names a
saved one), served and warmed as a worker holds it; the process is warmed on answer_latency's
questions, then asks every --every'th of the dev sets' other questions once (ask_peer_bench's unseen
questions). A table built on first use (a scan of many passages for one new word) shows as one
question far above the rest: printed are the median, p95, p99 and largest CPU per question, the
slowest questions, and the memo tables of the index each one added. Per-question CPU (the thread's
own), so the machine's load moves it less than wall time.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from assistant.answer import ask
from benchmarks.ask_peer_bench import unseen_questions
from benchmarks.unseen_instructions import warmed_index


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="passages")
    parser.add_argument("--index", type=Path, help="a saved index of --size passages to reuse")
    parser.add_argument("--every", type=int, default=3, help="ask every n-th unseen question")
    parser.add_argument("--show", type=int, default=20, help="slowest questions printed")
    args = parser.parse_args(argv)
    with warmed_index(args.size, args.index) as (index, warm):
        warmed = set(index.memo)
        spent: list[tuple[float, str, list[str]]] = []
        for question in unseen_questions(warm)[::max(1, args.every)]:
            before = set(index.memo)
            start = time.thread_time()
            ask(question, index)
            spent.append((time.thread_time() - start, question, sorted(set(index.memo) - before)))
    ms = sorted(s * 1000 for s, _, _ in spent)
    n = len(ms)
    print(f"{index.n_chunks} afsnit, {n} nye spørgsmål, CPU ms: median {ms[n // 2]:.2f}, p95 {ms[int(n * .95)]:.2f}, "
          f"p99 {ms[int(n * .99)]:.2f}, største {ms[-1]:.1f}")
    for seconds, question, added in sorted(spent, reverse=True)[:args.show]:
        print(f"{seconds * 1000:8.1f} ms  {question[:90]!r}" + (f"  nye tabeller: {', '.join(added)}" if added else ""))
    print("tabeller i indeksets memo efter opvarmningen:", ", ".join(sorted(set(index.memo) - warmed)) or "ingen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
