"""With ASSISTANT_REDIS_URL and ASSISTANT_DATABASE_URL the state lives in real Redis and PostgreSQL."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import psycopg
import pytest

from assistant.config import REPO_ROOT
from assistant.language.analysis import default_analyzer
from assistant.quality.gap_report import build_report
from assistant.quality.question_log_pg import SCHEMA_VERSION, PgQuestionLog
from assistant.services import Services
from assistant.slack.jobs import MAX_ATTEMPTS
from assistant.slack.shared_queue import STREAM, RedisJobQueue, RedisLedger
from tests.quality.test_question_log import DAY, Clock
from tests.support.slack import SlackHarness, direct_message, mention, sign_retry, slack_settings, text_of


# PostgreSQL: question log, feedback, retention, report ------------------------------------------
def test_questions_and_feedback_go_to_postgresql_and_the_report_reads_them(test_config, database_url,
                                                                            closed_at_end):
    services = closed_at_end(Services.from_config(test_config.replace(database_url=database_url)))
    answered = services.ask("Hvornår blev Balance Danmark stiftet?", "widget")
    services.ask("Hvad koster en pizza hos Grønne Byer?", "api")
    services.ask("Hvad koster en pizza hos Grønne Byer?", "slack")
    services.store.record_feedback(answered.id, helpful=False, comment="For kort", channel="widget")

    report = build_report(services.store, default_analyzer(), since_days=30)
    assert (report.total, report.answered, report.declined) == (3, 1, 2)
    assert report.unanswered[0].count == 2
    assert services.store.feedback_for(answered.id)[0]["comment"] == "For kort"
    # Nothing went to the SQLite file: the database is the one log.
    assert not test_config.db_path.exists()


def test_the_app_creates_its_schema_once_even_when_two_replicas_start_together(database_url,
                                                                               closed_at_end):
    first, second = closed_at_end(PgQuestionLog(database_url)), closed_at_end(PgQuestionLog(database_url))
    assert first.questions() == [] and second.questions() == []
    with psycopg.connect(database_url) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM assistant_schema")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))


def test_small_talk_is_logged_as_such_in_postgresql_and_kept_out_of_the_content_gap_report(
        test_config, database_url, closed_at_end):
    services = closed_at_end(Services.from_config(test_config.replace(database_url=database_url)))
    for text in ("hej", "tak for hjælpen", "Hvem er formand for Balance Danmark?",
                 "Hvad er jeres vision?", "tak for hjælpen"):
        services.ask(text, "widget")
    assert [(q["question"], q["kind"]) for q in services.store.questions()] == [
        ("hej", "small_talk"), ("tak for hjælpen", "small_talk"),
        ("Hvem er formand for Balance Danmark?", "question"), ("Hvad er jeres vision?", "question"),
        ("tak for hjælpen", "small_talk")]
    report = build_report(services.store, default_analyzer(), since_days=7)
    assert report.total == 2 and report.answered == 1
    assert [g.example for g in report.unanswered] == ["Hvem er formand for Balance Danmark?"]


def test_a_postgresql_log_from_before_small_talk_is_migrated_and_keeps_its_rows_as_questions(
        database_url, closed_at_end, bundled_index):
    from assistant.answer.conversation import ask  # the core that tells small talk apart
    from assistant.quality.question_log_pg import MIGRATIONS

    with psycopg.connect(database_url, autocommit=True) as conn:
        # The log as the first schema version left it, with one question in it.
        conn.execute(MIGRATIONS[1])
        conn.execute("CREATE TABLE assistant_schema (version INTEGER PRIMARY KEY, "
                     "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        conn.execute("INSERT INTO assistant_schema (version) VALUES (1)")
        conn.execute("INSERT INTO questions VALUES ('a', 1.0, 'api', 'Hvad er kontingentet?', 0, "
                     "NULL, NULL, 0.0, 3.0)")
    store = closed_at_end(PgQuestionLog(database_url))
    store.log_question(ask("hej", bundled_index), "api", 1.0)
    assert [(q["question"], q["kind"]) for q in store.questions()] == [
        ("Hvad er kontingentet?", "question"), ("hej", "small_talk")]


def test_retention_deletes_old_questions_and_their_feedback_in_postgresql(database_url, closed_at_end,
                                                                          bundled_index):
    from assistant.answer.compose import ask

    clock = Clock()
    store = closed_at_end(PgQuestionLog(database_url, clock=clock, retention_days=180))
    old = ask("Hvad er jeres vision?", bundled_index)
    store.log_question(old, "api", 3.0)
    store.record_feedback(old.id, helpful=True)
    clock.now += 181 * DAY
    fresh = ask("Hvornår blev Balance Danmark stiftet?", bundled_index)
    store.log_question(fresh, "api", 2.0)  # a day has passed: the retention runs first
    assert [r["answer_id"] for r in store.questions()] == [fresh.id]
    assert store.feedback_for(old.id) == []


def test_the_report_command_reads_the_postgresql_log(test_config, database_url, closed_at_end):
    services = closed_at_end(Services.from_config(test_config.replace(database_url=database_url)))
    for _ in range(3):
        services.ask("Hvem passer bikuberne i Grønne Byer?", "widget")
        services.ask("tak for hjælpen", "widget")  # small talk: no gap in the material
    env = {**os.environ, "ASSISTANT_DATABASE_URL": database_url,
           "ASSISTANT_DB": str(test_config.db_path)}  # a file that does not exist: not read
    run = subprocess.run([sys.executable, "-m", "assistant", "report", "--since", "7"], cwd=REPO_ROOT,
                         capture_output=True, text=True, timeout=60, env=env)
    assert run.returncode == 0, run.stderr
    assert "3 × Hvem passer bikuberne i Grønne Byer?" in run.stdout
    assert "tak for hjælpen" not in run.stdout


# Redis: Slack de-duplication and the job queue with leases --------------------------------------
def test_a_slack_retry_is_answered_once_and_its_event_id_is_remembered_in_redis(
        test_config, fake_slack, redis_url, redis_connection):
    harness = SlackHarness(slack_settings(test_config, fake_slack, redis_url=redis_url), fake_slack)
    try:
        envelope = mention("hvad er jeres vision?")
        assert harness.event(envelope).status_code == 200
        retry = sign_retry(envelope_bytes(envelope))
        assert harness.event(envelope, headers=retry, retry=1).status_code == 200
        harness.settle()
        assert len(fake_slack.posts()) == 1
        key = f"assistant:slack:seen:event:{envelope['event_id']}"
        assert redis_connection.exists(key) and 0 < redis_connection.ttl(key) <= 24 * 3600
    finally:
        harness.close()


def envelope_bytes(envelope: dict) -> bytes:
    import json

    return json.dumps(envelope).encode()


def queues(client, lease_seconds: float) -> tuple[RedisJobQueue, RedisJobQueue]:
    """The queue as two replicas see it (each its own consumer in the group)."""
    a = RedisJobQueue(client, RedisLedger(client), lease_seconds)
    b = RedisJobQueue(client, RedisLedger(client), lease_seconds)
    a.consumer, b.consumer = (lambda: "replika-a"), (lambda: "replika-b")
    return a, b


def test_a_job_held_by_a_replica_that_died_is_taken_over_after_the_lease(redis_connection):
    a, b = queues(redis_connection, lease_seconds=0.3)
    assert a.put({"kind": "question", "text": "Hvem passer bikuberne?"}, once=["msg:C1:1"])
    assert not b.put({"kind": "question", "text": "Hvem passer bikuberne?"}, once=["msg:C1:1"])
    taken = a.take()
    assert taken.payload["text"] == "Hvem passer bikuberne?" and taken.attempts == 1
    assert b.take() is None  # leased to A
    time.sleep(0.4)  # A never says it is done: it died
    again = b.take()
    assert (again.id, again.attempts) == (taken.id, 2)
    b.done(again)
    assert a.take() is None and b.pending() == 0


def test_a_job_that_keeps_killing_its_worker_is_given_up(redis_connection):
    a, _ = queues(redis_connection, lease_seconds=0.05)
    a.put({"kind": "question", "text": "giftig"})
    for _ in range(MAX_ATTEMPTS):
        assert a.take() is not None
        time.sleep(0.07)
    assert a.take() is None and a.pending() == 0


def test_the_queue_survives_losing_its_consumer_group(redis_connection):
    a, _ = queues(redis_connection, lease_seconds=60)
    a.put({"kind": "notice", "text": "før"})
    assert a.take() is not None
    redis_connection.delete(STREAM)  # as after a Redis restart without its data
    a.put({"kind": "notice", "text": "efter"})
    assert a.take().payload["text"] == "efter"


@pytest.mark.parametrize("bad", ["ikke json", "[1, 2]"])
def test_a_job_that_is_not_a_json_object_is_read_as_invalid(redis_connection, bad):
    a, _ = queues(redis_connection, lease_seconds=60)
    redis_connection.xadd(STREAM, {"payload": bad})
    assert a.take().payload == {"kind": "invalid"}


def test_connections_cut_by_a_database_restart_are_replaced_without_losing_a_question(
        database_url, closed_at_end, bundled_index):
    from assistant.answer.compose import ask

    store = closed_at_end(PgQuestionLog(database_url))
    store.log_question(ask("Hvad er jeres vision?", bundled_index), "api", 1.0)
    with psycopg.connect(database_url, autocommit=True) as admin:
        # What a restart does to the pool's open connections.
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = current_database() AND pid <> pg_backend_pid()")
    store.log_question(ask("Hvornår blev Balance Danmark stiftet?", bundled_index), "api", 1.0)
    assert (len(store.questions()), store.skipped) == (2, 0)


def test_a_direct_message_follow_up_is_read_in_context_when_the_queue_is_in_redis(
        test_config, fake_slack, redis_url, redis_connection):
    harness = SlackHarness(slack_settings(test_config, fake_slack, redis_url=redis_url), fake_slack)
    try:
        messages = [direct_message("Hvem stod bag initiativet?"), direct_message("hvornår skete det?")]
        for n, envelope in enumerate(messages, start=1):
            assert harness.event(envelope).status_code == 200
            fake_slack.wait_for("chat.postMessage", count=n)
            harness.settle()
        first, follow_up = (text_of(post) for post in fake_slack.posts())
        # Only a job that kept its "direct" flag through Redis continues the DM's conversation.
        assert "Vores historie" in first
        assert "Vores historie" in follow_up and "ikke finde et svar" not in follow_up
        # Both went through the shared queue, not the replica's fallback file.
        assert all(redis_connection.exists(f"assistant:slack:seen:event:{m['event_id']}")
                   for m in messages)
    finally:
        harness.close()


def test_slack_work_is_answered_during_a_redis_outage_and_shared_again_after_it(
        test_config, fake_slack, redis_url, redis_server, caplog):
    harness = SlackHarness(slack_settings(test_config, fake_slack, redis_url=redis_url), fake_slack)
    client = redis_server.client()
    try:
        redis_server.stop()
        during = mention("hvad er jeres vision?")
        assert harness.event(during).status_code == 200  # acknowledged: queued in the SQLite file
        harness.settle()
        redis_server.start()
        after = mention("hvem stod bag initiativet?")
        with caplog.at_level("WARNING"):
            assert harness.event(after).status_code == 200
            harness.settle()
        assert len(fake_slack.posts()) == 2
        assert client.exists(f"assistant:slack:seen:event:{after['event_id']}")
        assert not client.exists(f"assistant:slack:seen:event:{during['event_id']}")
        assert any("svarer igen" in r.getMessage() for r in caplog.records)
    finally:
        client.close()
        harness.close()
