"""Visitors say hello and thank you: a short friendly reply, logged as small talk, not as a content gap."""
from __future__ import annotations

import sqlite3

import pytest

from assistant.answer.conversation import ask
from assistant.answer.small_talk import example_question, is_small_talk
from assistant.language.analysis import default_analyzer
from assistant.quality.gap_report import build_report
from assistant.quality.question_log import QuestionLog


@pytest.mark.parametrize("text, small_talk", [
    ("hej", True),
    ("Hej!", True),
    ("godmorgen", True),
    ("god morgen :)", True),
    ("tak", True),
    ("tak for hjælpen", True),
    ("mange tak, det var super", True),
    ("hvem er du?", True),
    ("hvad kan du?", True),
    ("kan du hjælpe mig?", True),
    # The greetings and thanks a chat message opens or closes with, in Danish and English.
    ("God eftermiddag", True),
    ("På forhånd mange tak", True),
    ("Good morning", True),
    ("Hi there!", True),
    ("Thanks a lot", True),
    ("Thank you so much", True),
    ("Many thanks!", True),
    ("Cheers!", True),
    ("How are you?", True),
    # A chat's thanks for an answer, and a reaction alone.
    ("thx", True),
    ("fedt, tak", True),
    ("mange tak for svaret, det hjalp", True),
    ("👍", True),
    (":) 🙏", True),
    ("Good morning, who is the chair?", False),
    ("What happens in the evening?", False),
    ("Thanks, and how much is the fee?", False),
    ("hej, hvornår blev I stiftet?", False),
    ("tak, og hvem stod bag?", False),
    ("hvad er det?", False),
    ("hvorfor?", False),
    ("Hvad er jeres vision?", False),
    ("kan du fortælle om jeres medlemmer?", False),
])
def test_small_talk_is_what_holds_nothing_but_greeting_thanks_or_talk_about_the_assistant(
        bundled_index, text, small_talk):
    assert is_small_talk(bundled_index, text) is small_talk


def test_the_reply_names_the_material_and_two_answerable_examples(bundled_index):
    reply = ask("hej", bundled_index)
    assert reply.answered is False and reply.small_talk is True and reply.citations == ()
    assert reply.answer.startswith("Hej!") and "»Om Balance Danmark«" in reply.answer
    thanks = ask("tak for hjælpen", bundled_index)
    assert thanks.answer.startswith("Selv tak!")
    assert "kan ikke finde" not in reply.answer + thanks.answer


@pytest.mark.parametrize("heading, statute, question", [
    ("Vores vision", False, "Hvad er jeres vision?"),
    ("Kontingent", True, "Hvad siger vedtægterne om kontingent?"),
    ("§ 4. Udmeldelse", True, "Hvad siger vedtægterne om udmeldelse?"),
])
def test_example_questions_are_made_from_the_headings_of_the_index(heading, statute, question):
    assert example_question(heading, statute) == question


def test_small_talk_is_logged_as_such_and_kept_out_of_the_content_gap_report(tmp_path,
                                                                             bundled_index):
    store = QuestionLog(tmp_path / "log.sqlite3")
    for text in ("hej", "tak for hjælpen", "Hvem er formand for Balance Danmark?",
                 "Hvad er jeres vision?"):
        store.log_question(ask(text, bundled_index), "widget", latency_ms=5.0)
    assert [(q["question"], q["kind"]) for q in store.questions()] == [
        ("hej", "small_talk"), ("tak for hjælpen", "small_talk"),
        ("Hvem er formand for Balance Danmark?", "question"), ("Hvad er jeres vision?", "question")]
    report = build_report(store, default_analyzer(), since_days=7)
    assert report.total == 2 and report.answered == 1
    assert [g.example for g in report.unanswered] == ["Hvem er formand for Balance Danmark?"]


def test_a_question_log_from_before_small_talk_keeps_its_rows_as_questions(tmp_path, bundled_index):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE questions (answer_id TEXT PRIMARY KEY, asked_at REAL NOT NULL, "
                   "channel TEXT NOT NULL, question TEXT NOT NULL, answered INTEGER NOT NULL, "
                   "top_url TEXT, top_title TEXT, top_score REAL, latency_ms REAL)")
        db.execute("INSERT INTO questions VALUES ('a', 1.0, 'api', 'Hvad er kontingentet?', 0, "
                   "NULL, NULL, 0.0, 3.0)")
    store = QuestionLog(path)
    store.log_question(ask("hej", bundled_index), "api", latency_ms=1.0)
    assert [(q["question"], q["kind"]) for q in store.questions()] == [
        ("Hvad er kontingentet?", "question"), ("hej", "small_talk")]
