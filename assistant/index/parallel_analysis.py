"""Chunks into term ids on both cores: a second process analyses batches of passages alongside.

Analysis is most of a build, and Python runs it on one core. A build of many chunks hands batches of
passage texts to one more process while it analyses other batches itself and encodes the passages'
records. That process numbers terms its own way: its ids are turned into the build's as its batches
come back, and every batch is taken in chunk order, so the index is the same, byte for byte, as a
build in one process (and the vocabulary is sorted at the end, so the numbering never shows).

Small builds (a site of a few hundred pages, the tests) stay in one process: starting Python costs
more than it saves below PARALLEL_FROM chunks. So does a build on a machine whose other cores are
busy (by its load average): there the second process would wait for a core while the build waits
for it. If the second process fails, the build analyses its batches again itself: nothing is lost,
it only takes longer.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import queue
import subprocess
import sys
import threading
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import numpy as np

from ..documents import Chunk
from ..language.analysis import Analyzer
from .occurrences import ID_SIZE, BatchIds, batch_ids_of

# Chunks the build analyses alone before it starts the second process: starting Python takes ~0.4 s
# of CPU, about what the other core saves on 10,000 chunks.
PARALLEL_FROM = 10_000
# Chunks per batch: large enough that sending one costs little next to analysing it, small enough
# that batches waiting for their turn hold little memory.
BATCH = 256
# Batches the second process holds at once, and batches the build keeps before it waits for the
# second process's oldest. Four keep it busy: the build has the passages' records to write too, so
# the second process should analyse more than half.
IN_FLIGHT = 4
MAX_PENDING = 16

def analysed(chunks: Iterable[Chunk], analyzer: Analyzer, term_of: dict[str, int],
             labels_of: Callable[[Chunk], list[str]]) -> Iterator[tuple[Chunk, bytes]]:
    """Each chunk with the term ids (4-byte little-endian, numbered by `term_of`) of its labels
    and text, in chunk order, analysed a batch at a time; with many chunks and an idle second
    core, many of the batches by a second process."""
    ids = batch_ids_of(analyzer, term_of)
    chunks = iter(chunks)
    yield from _alone(itertools.islice(chunks, PARALLEL_FROM), labels_of, ids)
    following = next(chunks, None)
    if following is None:
        return
    chunks = itertools.chain([following], chunks)
    if not isinstance(analyzer, Analyzer) or not _idle_core():
        yield from _alone(chunks, labels_of, ids)
        return
    yield from _two_processes(chunks, analyzer, term_of, labels_of, ids)


def _alone(chunks: Iterator[Chunk], labels_of: Callable[[Chunk], list[str]],
           ids: BatchIds) -> Iterator[tuple[Chunk, bytes]]:
    while batch := list(itertools.islice(chunks, BATCH)):
        yield from zip(batch, ids(_texts(batch, labels_of)))


def _texts(batch: list[Chunk], labels_of: Callable[[Chunk], list[str]]) -> list[tuple[str, ...]]:
    return [(*labels_of(chunk), chunk.text) for chunk in batch]


def _idle_core() -> bool:
    """Whether another core is there and idle: the load average (this build's own process included)
    leaves a core free. On cores other work keeps busy, a second process only adds waiting: at load
    8 on 2 cores, 100,000 chunks took 14-18 s with it against 10-15 s without."""
    cores = len(os.sched_getaffinity(0))
    return cores >= 2 and os.getloadavg()[0] <= cores - 1


def _two_processes(chunks: Iterator[Chunk], analyzer: Analyzer, term_of: dict[str, int],
                   labels_of: Callable[[Chunk], list[str]], ids: BatchIds) -> Iterator[tuple[Chunk, bytes]]:
    second = _SecondProcess(analyzer)
    worker = _WorkerIds(term_of)
    # Batches in chunk order, each with its ids (analysed here) or None: the second process's, which
    # come back in the order they were sent.
    pending: deque[tuple[list[Chunk], list[bytes] | None]] = deque()
    in_flight = 0
    try:
        while batch := list(itertools.islice(chunks, BATCH)):
            texts = _texts(batch, labels_of)
            if in_flight < IN_FLIGHT and not worker.broken:
                second.submit(texts)
                pending.append((batch, None))
                in_flight += 1
            else:
                pending.append((batch, ids(texts)))
            # Hand on what is ready; wait for the second process only when many batches wait behind it.
            while pending and (pending[0][1] is not None or second.ready() or len(pending) > MAX_PENDING):
                done, result = pending.popleft()
                if result is None:
                    in_flight -= 1
                    result = worker.ids(second, done, labels_of, ids)
                yield from zip(done, result)
        while pending:
            done, result = pending.popleft()
            yield from zip(done, worker.ids(second, done, labels_of, ids) if result is None else result)
    finally:
        second.close()


class _SecondProcess:
    """A Python process running `main` below, fed batches through a pipe and answering through
    another, in order.

    A plain subprocess, not multiprocessing: its "spawn" re-runs the caller's main script in the
    child (an unguarded script would run twice), and "fork" copies locks other threads may hold
    (a progress bar's). A thread sends and another receives, so neither side blocks the other on
    a full pipe.
    """

    def __init__(self, analyzer: Analyzer):
        package_root = str(Path(__file__).resolve().parents[2])
        path = os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))
        self.process = subprocess.Popen([sys.executable, "-c", f"import {__name__} as m; m.main()"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        env={**os.environ, "PYTHONPATH": path})
        self.outbox: queue.SimpleQueue = queue.SimpleQueue()
        self.inbox: queue.SimpleQueue = queue.SimpleQueue()
        self.outbox.put(analyzer)
        self.threads = [threading.Thread(target=self._send, daemon=True),
                        threading.Thread(target=self._receive, daemon=True)]
        for thread in self.threads:
            thread.start()

    def submit(self, texts: list[tuple[str, ...]]) -> None:
        self.outbox.put(texts)

    def ready(self) -> bool:
        return not self.inbox.empty()

    def result(self) -> tuple[bytes, bytes, list[str]]:
        """The oldest batch's answer; raises whatever ended the process before it answered."""
        answer = self.inbox.get()
        if isinstance(answer, BaseException):
            self.inbox.put(answer)  # every later batch fails the same way
            raise answer
        return answer

    def close(self) -> None:
        self.outbox.put(None)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for thread in self.threads:  # both end with the process (end of its pipes)
            thread.join()
        self.process.stdout.close()

    def _send(self) -> None:
        pipe = self.process.stdin
        try:
            while (item := self.outbox.get()) is not None:
                pickle.dump(item, pipe, protocol=pickle.HIGHEST_PROTOCOL)
                pipe.flush()
        except OSError:
            pass  # the process is gone: the receiving thread reports it
        finally:
            with contextlib.suppress(OSError):
                pipe.close()

    def _receive(self) -> None:
        try:
            while True:
                self.inbox.put(pickle.load(self.process.stdout))
        except Exception as exc:  # noqa: BLE001 - end of the pipe or a broken answer: the same to the build
            self.inbox.put(exc)


class _WorkerIds:
    """The second process's term ids turned into the build's, batch by batch in the order it
    analysed them; once one of its batches fails, the rest are analysed here."""

    def __init__(self, term_of: dict[str, int]):
        self.term_of = term_of
        self.table = array("i")  # the second process's term id -> the build's
        self.broken = False

    def ids(self, second: _SecondProcess, batch: list[Chunk], labels_of: Callable[[Chunk], list[str]],
            ids: BatchIds) -> list[bytes]:
        if not self.broken:
            try:
                joined, lengths, new_terms = second.result()
            except Exception:  # noqa: BLE001 - whatever ended it, this process can do the work
                self.broken = True
            else:
                return self._translated(joined, lengths, new_terms)
        return ids(_texts(batch, labels_of))

    def _translated(self, joined: bytes, lengths: bytes, new_terms: list[str]) -> list[bytes]:
        term_of = self.term_of
        self.table.extend([term_of[term] for term in new_terms])
        theirs = np.frombuffer(joined, dtype="<i4")
        ours = np.frombuffer(self.table, dtype=np.int32)[theirs].astype("<i4").tobytes()
        ends = (np.cumsum(np.frombuffer(lengths, dtype=np.int32), dtype=np.int64) * ID_SIZE).tolist()
        return [ours[start:end] for start, end in zip([0] + ends, ends)]


class _Numbered(dict):
    """Term -> id in order of first appearance, remembering which terms are new since last asked."""

    def __init__(self):
        super().__init__()
        self.new: list[str] = []

    def __missing__(self, term: str) -> int:
        number = self[term] = len(self)
        self.new.append(term)
        return number


def serve(inbox: BinaryIO, outbox: BinaryIO) -> None:
    """The second process: an analyser, then batches until the pipe closes; for each batch its ids
    joined, each chunk's number of ids, and the terms numbered since the last batch."""
    term_of = _Numbered()
    ids = batch_ids_of(pickle.load(inbox), term_of)
    while True:
        try:
            batch = pickle.load(inbox)
        except EOFError:
            return
        done = ids(batch)
        new, term_of.new = term_of.new, []
        pickle.dump((b"".join(done), array("i", [len(i) // ID_SIZE for i in done]).tobytes(), new),
                    outbox, protocol=pickle.HIGHEST_PROTOCOL)
        outbox.flush()


def main() -> None:
    """The second process's entry point: batches on stdin, answers on stdout."""
    # Anything printed by mistake goes to stderr, not into the answers.
    answers, sys.stdout = sys.stdout.buffer, sys.stderr
    serve(sys.stdin.buffer, answers)
