"""The Slack queue and de-duplication in Redis, shared by every replica (ASSISTANT_REDIS_URL).

Why Redis Streams with a consumer group rather than a queue library: the queue needs leases, so a job
held by a replica that dies is taken over by another and answered once. A consumer group gives exactly
that: XREADGROUP hands a job to one consumer and keeps it pending until XACK, and XAUTOCLAIM hands a
job pending longer than the lease to another consumer, with a delivery count to give up on a job that
keeps killing its worker. huey pops a job off a list (a worker that dies with it loses it), RQ marks a
job whose worker vanished as failed ("abandoned") rather than handing it to another worker, and both
bring their own worker processes; here the assistant's worker threads, wake-ups and Slack calls stay
as they are. The interface is the one of
the SQLite JobQueue, so the worker does not know which queue it takes from.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections.abc import Callable, Iterable

import redis

from .jobs import LEASE_SECONDS, MAX_ATTEMPTS, Job, _decode
from .verify import SEEN_RETENTION_SECONDS

log = logging.getLogger(__name__)

PREFIX = "assistant:slack:"
STREAM = PREFIX + "jobs"
GROUP = "workers"

# Claims every key or none, and (with a payload) queues the job in the same atomic step: a retry that
# lands on another replica between the two can then neither be lost nor be queued twice.
_CLAIM_AND_QUEUE = """
local stream = KEYS[#KEYS]
for i = 1, #KEYS - 1 do
    if redis.call('EXISTS', KEYS[i]) == 1 then return 0 end
end
for i = 1, #KEYS - 1 do
    redis.call('SET', KEYS[i], ARGV[3], 'EX', ARGV[1])
end
if ARGV[2] ~= '' then
    redis.call('XADD', stream, '*', 'payload', ARGV[2])
end
return 1
"""


class RedisLedger:
    """Keys already handled (signatures, event_ids, messages), shared by every replica."""

    def __init__(self, client: redis.Redis, clock: Callable[[], float] = time.time,
                 retention_seconds: int = SEEN_RETENTION_SECONDS):
        self.client = client
        self.clock = clock
        self.retention_seconds = retention_seconds
        self._script = client.register_script(_CLAIM_AND_QUEUE)

    def claim_and_queue(self, keys: Iterable[str], payload: str = "") -> bool:
        """Mark all keys as seen (SET NX with expiry) and queue `payload`; False if any key was seen."""
        names = [f"{PREFIX}seen:{key}" for key in keys]
        return bool(self._script(keys=[*names, STREAM],
                                 args=[self.retention_seconds, payload, repr(self.clock())]))

    def claim(self, keys: Iterable[str]) -> bool:
        """Mark keys as seen; True only for the first caller, on any replica."""
        return self.claim_and_queue(keys)


class RedisJobQueue:
    """Put jobs once, take them under a lease (a consumer group), acknowledge and delete when done."""

    def __init__(self, client: redis.Redis, ledger: RedisLedger, lease_seconds: float = LEASE_SECONDS,
                 where: str = "Redis"):
        self.client = client
        self.ledger = ledger
        self.lease_ms = max(1, int(lease_seconds * 1000))
        self.path = where  # named in the worker's log lines, like the SQLite queue's file
        self._group_ready = False

    @staticmethod
    def consumer() -> str:
        # Per process: a replica's worker processes each hold their own leases.
        return f"{socket.gethostname()}-{os.getpid()}"

    def put(self, payload: dict, once: Iterable[str] = ()) -> bool:
        """Queue a job unless one of the `once` keys was seen before; True if it was queued."""
        return self.ledger.claim_and_queue(once, json.dumps(payload, ensure_ascii=False))

    def take(self) -> Job | None:
        """A job whose lease ran out (its replica died), else the oldest new one; None if none."""
        while True:
            job = self._with_group(self._reclaim) or self._with_group(self._next)
            if job is None or job.attempts <= MAX_ATTEMPTS:
                return job
            log.error("Slack-opgave %s er opgivet efter %s forsøg.", job.id, job.attempts - 1)
            self.done(job)

    def _reclaim(self) -> Job | None:
        _, claimed, *_ = self.client.xautoclaim(STREAM, GROUP, self.consumer(), self.lease_ms,
                                                start_id="0-0", count=1)
        if not claimed:
            return None
        message_id, fields = claimed[0]
        pending = self.client.xpending_range(STREAM, GROUP, min=message_id, max=message_id, count=1)
        attempts = int(pending[0]["times_delivered"]) if pending else MAX_ATTEMPTS + 1
        return Job(message_id, _decode(fields.get("payload", "")), attempts)

    def _next(self) -> Job | None:
        answer = self.client.xreadgroup(GROUP, self.consumer(), {STREAM: ">"}, count=1)
        if not answer or not answer[0][1]:
            return None
        message_id, fields = answer[0][1][0]
        return Job(message_id, _decode(fields.get("payload", "")), 1)

    def _with_group(self, step: Callable[[], Job | None]) -> Job | None:
        """Run a step, creating the consumer group first (and again if a Redis restart lost it)."""
        if not self._group_ready:
            self._create_group()
        try:
            return step()
        except redis.ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            self._create_group()
            return step()

    def _create_group(self) -> None:
        try:
            # From the stream's start: jobs queued before the first worker ever looked are kept.
            self.client.xgroup_create(STREAM, GROUP, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        self._group_ready = True

    def done(self, job: Job) -> None:
        pipe = self.client.pipeline(transaction=True)
        pipe.xack(STREAM, GROUP, job.id)
        pipe.xdel(STREAM, job.id)
        pipe.execute()

    def pending(self) -> int:
        """Jobs queued or in progress, on every replica."""
        return int(self.client.xlen(STREAM))

    def close(self) -> None:
        self.client.close()

