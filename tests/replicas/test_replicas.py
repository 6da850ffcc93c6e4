"""Two replicas (two `server.py` processes) sharing real Redis and PostgreSQL behave as one assistant."""
from __future__ import annotations

import itertools
import json
import threading
import time

import pytest
import requests

from assistant.slack.shared_queue import GROUP, STREAM
from tests.support.replicas import Replica
from tests.support.slack import BOT_TOKEN, SIGNING_SECRET, mention, sign
from tests.support.web import wait_until

TOKEN = "groenne-byer-admin-token-til-replikatestene"  # at least 32 characters
LEASE_SECONDS = 2
_addresses = itertools.count(1)


def visitor() -> dict:
    """Headers of a visitor with an address of its own (the replicas trust one proxy hop)."""
    n = next(_addresses)
    return {"X-Forwarded-For": f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"}


@pytest.fixture
def replicas(tmp_path, bundled_index_path, redis_url, database_url, fake_slack):
    """Replica A and B, started together, each with its own SQLite file but shared Redis and PostgreSQL."""
    env = {"ASSISTANT_INDEX": str(bundled_index_path), "ASSISTANT_REDIS_URL": redis_url,
           "ASSISTANT_DATABASE_URL": database_url, "ASSISTANT_ADMIN_TOKEN": TOKEN,
           "ASSISTANT_PROXY_HOPS": "1", "ASSISTANT_RATE_LIMIT": "4 per minute",
           "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": fake_slack.base_url, "SLACK_WORKER_THREADS": "2",
           "SLACK_JOB_LEASE_SECONDS": str(LEASE_SECONDS)}
    started = [Replica({**env, "ASSISTANT_DB": str(tmp_path / f"{name}.sqlite3")}, tmp_path / f"{name}.log")
               for name in ("a", "b")]
    try:
        yield [replica.wait_ready() for replica in started]
    finally:
        for replica in started:
            replica.stop()


def deliver(replica: Replica, envelope: dict, retry: int | None = None) -> requests.Response:
    """POST an event as Slack does; a retry is signed anew, a minute earlier so its signature differs
    (a second earlier gave the first delivery's signature again when that one took a second, and the
    replay check refused it)."""
    body = json.dumps(envelope).encode()
    headers = {"Content-Type": "application/json",
               **sign(body, timestamp=int(time.time()) - 60 * (retry or 0))}
    if retry:
        headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
    return requests.post(replica.url + "/slack/events", data=body, headers=headers, timeout=5)


def ask(replica: Replica, question: str, headers: dict | None = None) -> requests.Response:
    return requests.post(replica.url + "/api/ask", json={"question": question},
                         headers=headers or visitor(), timeout=10)


def test_the_same_slack_event_delivered_to_both_replicas_is_answered_once(replicas, fake_slack):
    a, b = replicas
    envelope = mention("hvad er jeres vision?")
    assert deliver(a, envelope).status_code == 200
    assert deliver(b, envelope, retry=1).status_code == 200
    fake_slack.wait_for("chat.postMessage")
    time.sleep(1.5)  # both replicas' workers have polled the queue again since
    assert len(fake_slack.posts()) == 1


def test_a_job_held_by_a_killed_replica_is_answered_once_by_the_other(replicas, fake_slack, redis_connection):
    a, b = replicas
    redis = redis_connection
    for n, replica in enumerate(replicas):  # both workers running: either may take the job
        assert deliver(replica, {"type": "url_verification", "challenge": f"c{n}"}).status_code == 200
    fake_slack.delay = 30  # Slack is slow: whoever takes the job is still holding it when killed
    assert deliver(a, mention("hvem stod bag initiativet?")).status_code == 200
    holder = wait_until(lambda: redis.xpending(STREAM, GROUP)["consumers"], timeout=10)[0]["name"]
    victim, survivor = (a, b) if holder.endswith(f"-{a.proc.pid}") else (b, a)
    assert holder.endswith(f"-{victim.proc.pid}")
    fake_slack.delay = 0
    victim.kill()
    [post] = [c.params for c in fake_slack.wait_for("chat.postMessage", timeout=LEASE_SECONDS + 8)]
    assert post["channel"] == "CGRONNE" and "thread_ts" in post
    wait_until(lambda: redis.xlen(STREAM) == 0, timeout=5, message="opgaven blev ikke meldt færdig")
    time.sleep(LEASE_SECONDS + 1)  # a lease later: nobody answers it a second time
    assert len(fake_slack.posts()) == 1
    assert survivor.proc.poll() is None


def test_the_rate_limit_is_shared_across_replicas(replicas):
    a, b = replicas
    me = visitor()
    statuses = [ask(replica, "Hvad er jeres vision?", me).status_code for replica in (a, b, a, b, a)]
    assert statuses == [200, 200, 200, 200, 429]
    assert ask(b, "Hvad er jeres vision?").status_code == 200  # another visitor is not affected


def test_questions_asked_at_both_replicas_appear_in_one_report(replicas):
    a, b = replicas
    assert ask(a, "Hvem passer bikuberne i Grønne Byer?").status_code == 200
    assert ask(b, "Hvem passer bikuberne i Grønne Byer?").status_code == 200
    answer = ask(b, "Hvornår blev Balance Danmark stiftet?").json()
    feedback = requests.post(a.url + "/api/feedback", json={"id": answer["id"], "helpful": False},
                             headers=visitor(), timeout=5)
    assert feedback.status_code == 201  # feedback at A for an answer B gave
    page = requests.get(a.url + "/admin/report", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    assert page.status_code == 200
    # One unanswered question, asked once at each replica: counted twice in A's report.
    assert '<td class="n">2</td><td>Hvem passer bikuberne i Grønne Byer?</td>' in page.text


def test_redis_stopped_and_restarted_under_load_fails_no_question(replicas, redis_server, fake_slack):
    a, b = replicas
    statuses: list[int] = []
    stop = threading.Event()

    def load() -> None:
        for replica in itertools.cycle(replicas):
            if stop.is_set():
                return
            statuses.append(ask(replica, "Hvornår blev Balance Danmark stiftet?").status_code)

    workers = [threading.Thread(target=load) for _ in range(4)]
    for worker in workers:
        worker.start()
    time.sleep(0.5)
    redis_server.stop()
    wait_until(lambda: requests.get(a.url + "/healthz", timeout=5).json()["status"] == "nedsat",
               timeout=10)
    time.sleep(1.0)
    redis_server.start()
    time.sleep(0.5)
    stop.set()
    for worker in workers:
        worker.join(timeout=20)
    assert len(statuses) > 20 and set(statuses) == {200}
    # State recovers: both replicas report healthy, and Slack de-duplication is shared again.
    for replica in replicas:
        wait_until(lambda: requests.get(replica.url + "/healthz", timeout=5).json()["status"] == "ok",
                   timeout=10)
    envelope = mention("hvad er jeres vision?")
    assert deliver(a, envelope).status_code == 200
    assert deliver(b, envelope, retry=1).status_code == 200
    fake_slack.wait_for("chat.postMessage")
    time.sleep(1.5)
    assert len(fake_slack.posts()) == 1
