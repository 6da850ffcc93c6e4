"""The question log written off the request path: answers queue up and one thread stores them.

An answer's log row cost its request a database transaction (SQLite's commit, or a round trip to
PostgreSQL) while the visitor waited. Here the request only puts the row in a bounded queue; a
writer thread stores what has gathered in one transaction. Nothing is dropped: a full queue makes
the request wait for room (the store is then the bottleneck anyway), reads of the store wait until
the queue is written (an answer can be rated the moment it is shown), and what is left at process
exit is written before the process ends.
"""
from __future__ import annotations

import atexit
import logging
import queue
import threading
import weakref

from ..answer.result import Answer

log = logging.getLogger(__name__)

# Rows a worker may hold unwritten: a few seconds of questions at full load, a few hundred kB.
QUEUE_ROWS = 1000
# Rows stored in one transaction: one commit for what gathered while the last one was written.
BATCH_ROWS = 100
# Seconds the writer lets rows gather after the first one before it writes them. Woken for every
# row, it took the interpreter lock and committed once per answer: ~0.2 ms of a worker's CPU per
# answer under 16 clients, 5 % of the whole (benchmarks/ask_peer_bench.py, docs/benchmarks.md).
# A read of the store (a rating's check that its answer is logged) does not wait for this.
GATHER_SECONDS = 0.1
# An idle writer thread ends; the next question starts it again (apps built and dropped in a
# process, as in tests, leave no threads behind).
IDLE_SECONDS = 2.0

LoggedAnswer = tuple[Answer, str, float]


class BackgroundLog:
    """A question log whose `log_question` returns at once; everything else is the wrapped store's.

    `store` needs `log_questions(rows)`, rows being (answer, channel, latency_ms).
    """

    def __init__(self, store, queue_rows: int = QUEUE_ROWS, batch_rows: int = BATCH_ROWS,
                 idle_seconds: float = IDLE_SECONDS, gather_seconds: float = GATHER_SECONDS):
        self.store = store
        self.batch_rows = batch_rows
        self.idle_seconds = idle_seconds
        self.gather_seconds = gather_seconds
        # Set by a reader waiting for the queue to be written: the writer stops gathering, and gathers
        # again only when no reader waits (`_flushing` of them), or a reader could wait forever for
        # a queue that answers keep filling while the writer gathers.
        self._hurry = threading.Event()
        self._flushing = 0
        self._rows: queue.Queue[LoggedAnswer] = queue.Queue(maxsize=queue_rows)
        self._lock = threading.Lock()
        self._writer: threading.Thread | None = None
        # A weak reference: registering the object itself would keep every app's store open.
        atexit.register(_flush_if_alive, weakref.ref(self))

    def log_question(self, answer: Answer, channel: str, latency_ms: float) -> None:
        """Queue the row (waiting for room if the writer is behind); the writer stores it."""
        self._rows.put((answer, channel, latency_ms))
        with self._lock:
            if self._writer is None:
                self._writer = threading.Thread(target=self._write, name="question-log-writer",
                                                daemon=True)
                self._writer.start()

    def flush(self) -> None:
        """Wait until every queued row is stored."""
        with self._lock:
            self._flushing += 1
            self._hurry.set()
        try:
            self._rows.join()
        finally:
            with self._lock:
                self._flushing -= 1

    def __getattr__(self, name: str):
        # Reads and the rare writes (feedback, purges) must see the answers already given.
        self.flush()
        return getattr(self.store, name)

    def _write(self) -> None:
        while True:
            try:
                batch = [self._rows.get(timeout=self.idle_seconds)]
            except queue.Empty:
                with self._lock:
                    # Under the lock a question either sees this thread gone and starts another,
                    # or queued its row before this check, which then keeps the thread going.
                    if self._rows.empty():
                        self._writer = None
                        return
                continue
            # Only while less than a batch waits, so a writer behind never waits on purpose.
            if self._rows.qsize() < self.batch_rows - 1:
                self._hurry.wait(self.gather_seconds)
            with self._lock:
                if not self._flushing:
                    self._hurry.clear()
            while len(batch) < self.batch_rows:
                try:
                    batch.append(self._rows.get_nowait())
                except queue.Empty:
                    break
            self._store(batch)

    def _store(self, batch: list[LoggedAnswer]) -> None:
        try:
            self.store.log_questions(batch)
        except Exception:  # noqa: BLE001 - the thread must live on; the log says what failed
            log.exception("%d spørgsmål kunne ikke skrives i spørgeloggen.", len(batch))
        finally:
            for _ in batch:
                self._rows.task_done()


def _flush_if_alive(ref: weakref.ref[BackgroundLog]) -> None:
    background = ref()
    if background is not None:
        background.flush()
