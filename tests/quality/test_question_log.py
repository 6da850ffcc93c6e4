"""Every question is logged durably (no addresses, no names) and old rows go after the retention."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from assistant.quality.question_log import PURGE_INTERVAL_SECONDS, QuestionLog
from assistant.services import Services

DAY = 86400.0


class Clock:
    """A settable clock, so days can pass in a test."""

    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_a_question_is_logged_with_its_channel_outcome_source_and_latency(test_config):
    services = Services.from_config(test_config)
    answered = services.ask("Hvornår blev Balance Danmark stiftet?", "widget")
    declined = services.ask("Hvad koster en pizza?", "slack")
    rows = {r["answer_id"]: r for r in services.store.questions()}
    row = rows[answered.id]
    assert (row["channel"], row["question"], row["answered"]) == (
        "widget", "Hvornår blev Balance Danmark stiftet?", 1)
    assert row["top_url"] == "https://balance-danmark.dk/om/#vores-historie"
    assert row["top_score"] > 0 and row["latency_ms"] >= 0
    assert (rows[declined.id]["answered"], rows[declined.id]["top_url"]) == (0, None)


def test_the_log_survives_a_restart_and_keeps_feedback_with_it(test_config):
    first = Services.from_config(test_config)
    answer = first.ask("Hvad er jeres vision?", "api")
    first.store.record_feedback(answer.id, helpful=False, comment="For kort", channel="widget")
    again = Services.from_config(test_config)
    assert [r["question"] for r in again.store.questions()] == ["Hvad er jeres vision?"]
    assert again.store.feedback_for(answer.id)[0]["comment"] == "For kort"


def test_the_log_holds_no_addresses_or_user_names(test_config):
    Services.from_config(test_config).ask("Hvad er jeres vision?", "api")
    with sqlite3.connect(test_config.db_path) as db:
        columns = {row[1] for table in ("questions", "feedback")
                   for row in db.execute(f"PRAGMA table_info({table})")}
    assert not columns & {"ip", "address", "remote_addr", "user", "user_id", "user_name"}


def test_retention_deletes_rows_older_than_the_period_at_start_and_once_a_day(tmp_path, bundled_index):
    from assistant.answer.compose import ask

    clock = Clock()
    store = QuestionLog(tmp_path / "log.sqlite3", clock=clock, retention_days=180)
    old = ask("Hvad er jeres vision?", bundled_index)
    store.log_question(old, "api", 3.0)
    store.record_feedback(old.id, helpful=True)
    clock.now += 179 * DAY
    recent = ask("Hvem er medlemmerne?", bundled_index)
    store.log_question(recent, "api", 3.0)
    assert len(store.questions()) == 2            # a day's check already ran: nothing is old yet

    clock.now += 2 * DAY                          # the first row is now 181 days old
    store.log_question(ask("Hvad kæmper I for?", bundled_index), "widget", 2.0)
    assert [r["answer_id"] for r in store.questions()][:1] == [recent.id]
    assert store.feedback_for(old.id) == []

    # A new process applies the retention at start, before anything is asked.
    clock.now += 200 * DAY
    assert QuestionLog(tmp_path / "log.sqlite3", clock=clock, retention_days=180).questions() == []


def test_retention_runs_at_most_once_a_day(tmp_path, bundled_index):
    from assistant.answer.compose import ask

    clock = Clock()
    store = QuestionLog(tmp_path / "log.sqlite3", clock=clock, retention_days=1)
    store.log_question(ask("Hvad er jeres vision?", bundled_index), "api", 1.0)
    clock.now += PURGE_INTERVAL_SECONDS - 60      # old enough, but the day's purge already ran
    store.log_question(ask("Hvem er medlemmerne?", bundled_index), "api", 1.0)
    assert len(store.questions()) == 2
    clock.now += 2 * DAY
    store.log_question(ask("Hvad kæmper I for?", bundled_index), "api", 1.0)
    assert len(store.questions()) == 1


def _log_at(path, when: float, question: str, index) -> None:
    from assistant.answer.compose import ask

    QuestionLog(path, clock=lambda: when).log_question(ask(question, index), "widget", 5.0)


def test_the_report_command_applies_the_retention_before_reporting(tmp_path, bundled_index, capsys):
    import time

    from assistant.cli.assistant import main

    path = tmp_path / "log.sqlite3"
    _log_at(path, time.time() - 200 * DAY, "Hvad koster en gammel pizza?", bundled_index)
    _log_at(path, time.time() - 2 * DAY, "Hvad koster en ny pizza?", bundled_index)
    assert main(["report", "--since", "3650", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "ny pizza" in out and "gammel pizza" not in out
    assert [r["question"] for r in QuestionLog(path).questions()] == ["Hvad koster en ny pizza?"]


def test_the_app_applies_the_retention_when_it_starts(test_config, bundled_index):
    import time

    from assistant.app import create_app

    _log_at(test_config.db_path, time.time() - 181 * DAY, "Hvem er formand?", bundled_index)
    _log_at(test_config.db_path, time.time() - 179 * DAY, "Hvem er næstformand?", bundled_index)
    create_app(test_config)
    assert [r["question"] for r in QuestionLog(test_config.db_path).questions()] == ["Hvem er næstformand?"]


def _open_store(path: str, start) -> str:
    start.wait()
    try:
        QuestionLog(Path(path))
        return "ok"
    except Exception as exc:  # noqa: BLE001 - the test reports what a worker would have died of
        return f"{type(exc).__name__}: {exc}"


def test_server_processes_starting_together_on_a_new_log_all_open_it(tmp_path):
    """gunicorn starts its workers at once; each opens the (new) log and switches it to WAL."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    for attempt in range(3):
        path = str(tmp_path / f"new{attempt}.sqlite3")
        with context.Manager() as manager:
            start = manager.Barrier(8)
            with context.Pool(8) as pool:
                outcomes = pool.starmap(_open_store, [(path, start)] * 8)
        assert outcomes == ["ok"] * 8
