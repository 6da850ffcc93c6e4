"""What new questions cost a warm process, in a form valgrind's instruction count can read.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.unseen_instructions [--questions 100] [--index PATH]
  PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \\
      --toggle-collect='_operator_call*' .venv/bin/python -m benchmarks.unseen_instructions --callgrind

The index is ask_peer_bench's 10,000 passages (built unless --index names a saved one), served as
a worker holds it; the process is warmed on the benchmark's questions (answer_latency's), then asks
every 14th of the dev sets' other questions, each once (ask_peer_bench's unseen questions: words no
memo holds yet). Without valgrind it prints their CPU per question. Under callgrind (--callgrind)
it switches instrumentation on only then, and the questions run inside operator.call, so
--toggle-collect counts their instructions alone: a figure the machine's load does not move,
measured before and after a change with the same command. With --parts it also prints how many
SymSpell look-ups the new questions made (spelling.py: a question word the material lacks, looked
up in the material's and everyday Danish's vocabulary) and the CPU they took: the largest single
item left in the language package (runde toogtyve, docs/benchmarks.md).
"""
from __future__ import annotations

import argparse
import operator
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.answer import ask
from assistant.index.bm25 import Index
from assistant.language import spelling
from benchmarks.answer_latency import questions, timings
from benchmarks.ask_peer_bench import corpus, served_index, unseen_questions, write_index

EVERY = 14


@contextmanager
def warmed_index(size: int, saved: Path | None) -> Iterator[tuple[Index, list[str]]]:
    """ask_peer_bench's index of `size` passages (the `saved` one, or built in a temporary folder),
    served as a worker holds it and warmed on answer_latency's questions: the index and those
    questions. The set-up of this benchmark and of first_use_stalls: both ask new questions of it."""
    with tempfile.TemporaryDirectory() as folder:
        path = saved or Path(folder) / "index.bm25"
        if not path.exists():
            write_index(corpus(size), path)
        index = served_index(path)
        warm = questions()
        timings(lambda q: ask(q, index), warm, 1)
        yield index, warm


def symspell_cost(run: Callable[[], None]) -> tuple[int, float]:
    """Run `run`; the SymSpell look-ups it made and their CPU seconds (this thread's).

    The correctors' look-up (spelling_lookup.closest, as spelling.py calls it) is timed while `run`
    runs, and put back afterwards.
    """
    lookup = spelling.closest
    spent = [0, 0.0]

    def timed(*args, **kwargs):
        start = time.thread_time()
        try:
            return lookup(*args, **kwargs)
        finally:
            spent[0] += 1
            spent[1] += time.thread_time() - start

    spelling.closest = timed
    try:
        run()
    finally:
        spelling.closest = lookup
    return spent[0], spent[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--size", type=int, default=10_000, help="passages")
    parser.add_argument("--index", type=Path, help="a saved index of --size passages to reuse")
    parser.add_argument("--callgrind", action="store_true", help="switch callgrind's instrumentation on")
    parser.add_argument("--parts", action="store_true", help="also time the SymSpell look-ups (not with --callgrind)")
    args = parser.parse_args(argv)
    if args.questions < 1:
        parser.error("--questions must be at least 1")
    if args.parts and args.callgrind:
        parser.error("--parts times the look-ups itself: run it without --callgrind")
    with warmed_index(args.size, args.index) as (index, warm):
        new = unseen_questions(warm)[::EVERY][:args.questions]

        def run() -> None:
            for question in new:
                ask(question, index)

        if args.callgrind:
            subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
        start = time.thread_time()
        if args.parts:
            lookups, in_symspell = symspell_cost(lambda: operator.call(run))
        else:
            operator.call(run)
        spent = time.thread_time() - start
    print(f"{index.n_chunks} afsnit, {len(new)} nye spørgsmål: CPU {spent / len(new) * 1000:.3f} ms pr. spørgsmål")
    if args.parts:
        print(f"SymSpell-opslag: {lookups}, CPU {in_symspell * 1000:.1f} ms "
              f"({in_symspell / spent:.1%} af spørgsmålenes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
