"""The shared Redis queue with this replica's SQLite queue behind it, for while Redis cannot be reached.

Slack must get its acknowledgement within 3 seconds whether Redis answers or not, and an
acknowledged event is never sent again: so while Redis is down, work is queued (and de-duplicated)
in the replica's own SQLite file and answered by this replica; once Redis is back, new work is shared
again. Each outage and each recovery is logged once.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable

import redis

from .jobs import Job, JobQueue
from .shared_queue import RedisJobQueue, RedisLedger
from .verify import SeenLedger

log = logging.getLogger(__name__)


class _Outage:
    """Logs when Redis stops answering and when it answers again, not at every call in between."""

    def __init__(self, where: str):
        self.where = where
        self.down = False
        self.fallbacks = 0

    def failed(self, exc: Exception) -> None:
        self.fallbacks += 1
        if not self.down:
            self.down = True
            log.warning("Redis (%s) svarer ikke (%s); Slack-køen og dubletfilteret bruger "
                        "replikaens egen SQLite-fil, til Redis er tilbage.", self.where, exc)

    def answered(self) -> None:
        if self.down:
            self.down = False
            log.warning("Redis (%s) svarer igen; Slack-køen deles igen af alle replikaer.", self.where)


class FailoverLedger:
    """Seen keys in Redis; in the local SQLite ledger while Redis is unreachable."""

    def __init__(self, shared: RedisLedger, local: SeenLedger, outage: _Outage):
        self.shared, self.local, self.outage = shared, local, outage

    def claim(self, keys: Iterable[str]) -> bool:
        keys = list(keys)
        try:
            claimed = self.shared.claim(keys)
        except redis.RedisError as exc:
            self.outage.failed(exc)
            return self.local.claim(keys)
        self.outage.answered()
        return claimed


class FailoverQueue:
    """The JobQueue interface over the Redis queue, falling back to the replica's SQLite queue."""

    def __init__(self, shared: RedisJobQueue, local: JobQueue):
        self.shared, self.local = shared, local
        self.outage = _Outage(shared.path)
        self.ledger = FailoverLedger(shared.ledger, local.ledger, self.outage)
        self.path = shared.path
        # Per-replica Slack state that is not queue work (thread memory) stays in the SQLite file.
        self.db = local.db

    def put(self, payload: dict, once: Iterable[str] = ()) -> bool:
        once = list(once)
        try:
            queued = self.shared.put(payload, once)
        except redis.RedisError as exc:
            self.outage.failed(exc)
            return self.local.put(payload, once)
        self.outage.answered()
        return queued

    def take(self) -> Job | None:
        """Work queued locally during an outage first, then the shared queue."""
        job = self.local.take()
        if job is not None:
            return job
        try:
            job = self.shared.take()
        except redis.RedisError as exc:
            self.outage.failed(exc)
            return None
        self.outage.answered()
        return job

    def done(self, job: Job) -> None:
        if not isinstance(job.id, str):
            self.local.done(job)
            return
        try:
            self.shared.done(job)
        except redis.RedisError as exc:
            # The answer was sent; the lease will run out and another replica may send it again.
            self.outage.failed(exc)
            log.error("Slack-opgave %s kunne ikke meldes færdig i Redis: %s", job.id, exc)

    def pending(self) -> int:
        try:
            shared = self.shared.pending()
        except redis.RedisError:
            shared = 0
        return shared + self.local.pending()

    def close(self) -> None:
        self.shared.close()
        self.local.close()
