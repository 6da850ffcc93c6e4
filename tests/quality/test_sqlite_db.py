"""The one SQLite helper behind the question log and the Slack store: pragmas, locks, pool, retention."""
from __future__ import annotations

import os
import sqlite3
import threading

import pytest

from assistant.quality.question_log import QuestionLog
from assistant.slack.db import SlackDB
from assistant.slack.verify import SeenLedger
from assistant.sqlite_db import Pool, connect, delete_older_than, until_free

DAY = 86400.0


def journal_mode(path) -> str:
    with sqlite3.connect(path) as db:
        return db.execute("PRAGMA journal_mode").fetchone()[0]


def hold_write_lock(path, seconds: float) -> threading.Timer:
    """Another process's short write transaction: the lock is taken now and let go after `seconds`."""
    other = connect(path, shared=True, explicit_transactions=True)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(seconds, lambda: (other.execute("COMMIT"), other.close()))
    release.start()
    return release


def test_both_stores_create_their_folder_and_keep_their_file_in_wal_mode(tmp_path):
    log_path, slack_path = tmp_path / "log" / "questions.sqlite3", tmp_path / "slack" / "slack.sqlite3"
    QuestionLog(log_path)
    SeenLedger(SlackDB(slack_path))
    assert journal_mode(log_path) == "wal"
    assert journal_mode(slack_path) == "wal"


def test_a_wal_connection_commits_without_waiting_for_fsync_and_waits_as_long_as_asked(tmp_path):
    db = connect(tmp_path / "a.sqlite3", wal=True, timeout=2.5)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 2500
    plain = connect(tmp_path / "b.sqlite3")
    assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_rows_can_be_read_by_column_name_and_transactions_left_to_the_caller(tmp_path):
    db = connect(tmp_path / "a.sqlite3", rows=True, explicit_transactions=True)
    db.execute("CREATE TABLE t (name TEXT)")
    db.execute("INSERT INTO t VALUES ('Foreningen Grønne Byer')")
    assert not db.in_transaction, "no implicit BEGIN: the insert is already committed"
    assert db.execute("SELECT name FROM t").fetchone()["name"] == "Foreningen Grønne Byer"


def test_a_statement_that_meets_a_held_lock_is_retried_until_the_lock_is_let_go(tmp_path):
    path = tmp_path / "a.sqlite3"
    with connect(path, wal=True) as setup:
        setup.execute("CREATE TABLE t (n INTEGER)")
    impatient = connect(path, timeout=0, explicit_transactions=True)
    release = hold_write_lock(path, 0.2)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        impatient.execute("INSERT INTO t VALUES (1)")
    until_free(lambda: impatient.execute("INSERT INTO t VALUES (2)"))
    release.join()
    assert impatient.execute("SELECT n FROM t").fetchall() == [(2,)]


def test_a_lock_held_too_long_or_another_error_is_not_hidden(tmp_path):
    path = tmp_path / "a.sqlite3"
    with connect(path, wal=True) as setup:
        setup.execute("CREATE TABLE t (n INTEGER)")
    impatient = connect(path, timeout=0, explicit_transactions=True)
    release = hold_write_lock(path, 0.3)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        until_free(lambda: impatient.execute("INSERT INTO t VALUES (1)"), timeout=0.02)
    release.join()
    calls = []
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        until_free(lambda: calls.append(1) or impatient.execute("INSERT INTO missing VALUES (1)"))
    assert calls == [1], "an error that is not a lock is raised at once, not retried"


def test_a_slack_write_waits_for_another_processes_short_write_instead_of_failing(tmp_path):
    path = tmp_path / "slack.sqlite3"
    ledger = SeenLedger(SlackDB(path))
    release = hold_write_lock(path, 0.05)
    assert ledger.claim(["event-1"])
    release.join()
    assert not ledger.claim(["event-1"])


def test_pooled_connections_are_reused_across_threads_and_the_surplus_is_closed(tmp_path):
    opened = []

    def opener():
        opened.append(connect(tmp_path / "a.sqlite3", shared=True))
        return opened[-1]

    pool = Pool(opener, size=1)
    for _ in range(3):
        thread = threading.Thread(target=_borrow_once, args=(pool,))
        thread.start()
        thread.join()
    assert len(opened) == 1, "one thread after another borrows the same connection"
    with pool.borrow() as first, pool.borrow() as second:
        assert first is not second
    assert len(opened) == 2
    assert sum(map(is_closed, opened)) == 1, "the pool keeps one; the other was closed on return"
    pool.close()
    assert all(map(is_closed, opened))


def is_closed(db: sqlite3.Connection) -> bool:
    try:
        db.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def _borrow_once(pool: Pool) -> None:
    with pool.borrow() as db:
        db.execute("SELECT 1")


def test_a_forked_process_opens_its_own_connections(tmp_path, monkeypatch):
    opened = []
    pool = Pool(lambda: opened.append(connect(tmp_path / "a.sqlite3", shared=True)) or opened[-1])
    _borrow_once(pool)
    parent_pid = os.getpid()
    monkeypatch.setattr(os, "getpid", lambda: parent_pid + 1)
    _borrow_once(pool)
    assert len(opened) == 2 and opened[0] is not opened[1]


def test_retention_deletes_only_rows_older_than_the_period(tmp_path):
    db = connect(tmp_path / "a.sqlite3")
    db.execute("CREATE TABLE visits (who TEXT, at REAL)")
    now = 100 * DAY
    db.executemany("INSERT INTO visits VALUES (?, ?)",
                   [("old", now - 31 * DAY), ("edge", now - 30 * DAY), ("new", now - DAY)])
    assert delete_older_than(db, "visits", "at", now=now, max_age_seconds=30 * DAY) == 1
    assert [row[0] for row in db.execute("SELECT who FROM visits ORDER BY at")] == ["edge", "new"]


def test_retention_refuses_a_table_name_that_is_not_a_plain_name_and_deletes_nothing(tmp_path):
    db = connect(tmp_path / "a.sqlite3")
    db.execute("CREATE TABLE visits (who TEXT, at REAL)")
    db.execute("INSERT INTO visits VALUES ('old', 0)")
    with pytest.raises(ValueError, match="Ugyldigt tabel- eller kolonnenavn"):
        delete_older_than(db, "visits; DROP TABLE visits", "at", now=DAY, max_age_seconds=1)
    with pytest.raises(ValueError, match="Ugyldigt"):
        delete_older_than(db, "visits", "at < 1 OR 1", now=DAY, max_age_seconds=1)
    assert db.execute("SELECT count(*) FROM visits").fetchone()[0] == 1
