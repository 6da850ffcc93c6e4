"""The Slack channel's per-app objects (verifier, queue, inbox, worker), shared by HTTP and Socket Mode."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from slack_sdk import WebClient

from ..config import Config
from ..dependency import safe_url
from ..services import Services
from ..shared_redis import redis_client
from .db import SlackDB
from .failover import FailoverQueue
from .inbox import SlackInbox
from .jobs import JobQueue
from .shared_queue import RedisJobQueue, RedisLedger
from .verify import RequestVerifier, SeenLedger
from .worker import SlackWorker


def open_job_queue(config: Config, db: SlackDB, clock: Callable[[], float]) -> JobQueue | FailoverQueue:
    """The SQLite queue of this machine; with ASSISTANT_REDIS_URL the replicas' shared Redis queue."""
    local = JobQueue(db, SeenLedger(db, clock), clock, lease_seconds=config.slack_job_lease_seconds)
    if not config.redis_url:
        return local
    client = redis_client(config.redis_url)
    shared = RedisJobQueue(client, RedisLedger(client, clock), config.slack_job_lease_seconds,
                           where=safe_url(config.redis_url))
    return FailoverQueue(shared, local)


@dataclass
class SlackRuntime:
    """Everything the Slack channel holds; lives in `app.extensions["slack"]` or in the Socket Mode runner."""

    services: Services
    jobs: JobQueue | FailoverQueue
    inbox: SlackInbox
    worker: SlackWorker
    verifier: RequestVerifier | None  # None without a signing secret (Socket Mode needs none)

    @classmethod
    def build(cls, services: Services, *, clock: Callable[[], float] = time.time,
              client: WebClient | None = None, sleep: Callable[[float], None] = time.sleep,
              threads: int | None = None) -> SlackRuntime:
        """Wire the channel from the services' Config; clock, client and sleep are seams for tests."""
        config = services.config
        jobs = open_job_queue(config, SlackDB(config.db_path), clock)
        ledger = jobs.ledger
        worker = SlackWorker(services, jobs, client=client, sleep=sleep, threads=threads)
        verifier = (RequestVerifier(config.slack_signing_secret, ledger, clock)
                    if config.slack_signing_secret else None)
        return cls(services=services, jobs=jobs, inbox=SlackInbox(services, jobs, wake=worker.wake),
                   worker=worker, verifier=verifier)

    def stop(self) -> None:
        """Stop the worker threads and close the database connections (queued jobs stay queued)."""
        self.worker.stop()
        self.jobs.close()
