"""The Slack channel's per-app objects (verifier, queue, inbox, worker), shared by HTTP and Socket Mode."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from slack_sdk import WebClient

from ..services import Services
from .db import SlackDB
from .inbox import SlackInbox
from .jobs import JobQueue
from .verify import RequestVerifier, SeenLedger
from .worker import SlackWorker


@dataclass
class SlackRuntime:
    """Everything the Slack channel holds; lives in `app.extensions["slack"]` or in the Socket Mode runner."""

    services: Services
    jobs: JobQueue
    inbox: SlackInbox
    worker: SlackWorker
    verifier: RequestVerifier | None  # None without a signing secret (Socket Mode needs none)

    @classmethod
    def build(cls, services: Services, *, clock: Callable[[], float] = time.time,
              client: WebClient | None = None, sleep: Callable[[float], None] = time.sleep,
              threads: int | None = None) -> "SlackRuntime":
        """Wire the channel from the services' Config; clock, client and sleep are seams for tests."""
        config = services.config
        db = SlackDB(config.db_path)
        ledger = SeenLedger(db, clock)
        jobs = JobQueue(db, ledger, clock)
        worker = SlackWorker(services, jobs, client=client, sleep=sleep, threads=threads)
        verifier = (RequestVerifier(config.slack_signing_secret, ledger, clock)
                    if config.slack_signing_secret else None)
        return cls(services=services, jobs=jobs, inbox=SlackInbox(services, jobs, wake=worker.wake),
                   worker=worker, verifier=verifier)

    def stop(self) -> None:
        """Stop the worker threads and close the database connections (queued jobs stay queued)."""
        self.worker.stop()
        self.jobs.db.close()
