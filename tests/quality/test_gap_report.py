"""Staff see which questions go unanswered, which answers get 👎, and how the assistant is used."""
from __future__ import annotations

import base64
import os
import subprocess
import sys

import pytest

from assistant.answer.compose import ask
from assistant.app import create_app
from assistant.config import REPO_ROOT
from assistant.language.analysis import default_analyzer
from assistant.quality.gap_report import build_report, report_lines, svg_chart
from assistant.quality.question_log import QuestionLog
from assistant.services import Services

DAY = 86400.0
TOKEN = "hemmeligt-rapport-token-med-32-tegn-mindst"


class Clock:
    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def logged(tmp_path, bundled_index):
    """Questions over some days: one gap asked four times in three phrasings, 👎, three channels."""
    clock = Clock()
    store = QuestionLog(tmp_path / "log.sqlite3", clock=clock)
    asked = [
        ("Hvem er formand for Balance Danmark?", "widget"),
        ("hvem er formanden for balance danmark", "slack"),
        ("Hvem er formand for Balance Danmark?", "widget"),
        ("Hvem er Balance Danmarks formand?", "api"),
        ("Hvad er jeres telefonnummer?", "widget"),
        ("Hvad er jeres vision?", "widget"),
        ("Hvad er jeres vision?", "slack"),
        ("Hvornår blev Balance Danmark stiftet?", "widget"),
        ("<script>alert('x')</script> hvad koster <b>kaffe</b>?", "widget"),
    ]
    answers = {}
    for i, (question, channel) in enumerate(asked):
        clock.now += DAY / 2
        answer = ask(question, bundled_index)
        store.log_question(answer, channel, latency_ms=float(10 + i))
        answers.setdefault(question, answer)
    vision = answers["Hvad er jeres vision?"]
    store.record_feedback(vision.id, helpful=False, comment="Svaret var for kort", channel="widget")
    store.record_feedback(vision.id, helpful=False, channel="slack")
    store.record_feedback(answers["Hvornår blev Balance Danmark stiftet?"].id, helpful=True)
    clock.now = clock.now + DAY / 2
    return store


def test_the_most_frequent_unanswered_question_comes_first_with_its_phrasings_grouped(logged):
    report = build_report(logged, default_analyzer(), since_days=30)
    assert (report.total, report.answered, report.declined) == (9, 3, 6)
    top = report.unanswered[0]
    assert top.count == 4 and top.example == "Hvem er formand for Balance Danmark?"
    assert "hvem er formanden for balance danmark" in top.variants
    assert [g.count for g in report.unanswered] == sorted((g.count for g in report.unanswered),
                                                          reverse=True)


def test_answers_with_thumbs_down_sources_shares_and_latency(logged):
    report = build_report(logged, default_analyzer(), since_days=30)
    (disliked, *_) = report.disliked
    assert (disliked.question, disliked.thumbs_down, disliked.thumbs_up) == ("Hvad er jeres vision?", 2, 0)
    assert disliked.comments == ("Svaret var for kort",)
    assert report.cited[0] == ("https://balance-danmark.dk/om/#vores-vision", "Om Balance Danmark", 2)
    widget = [s for s in report.shares if s.channel == "widget"]
    assert sum(s.questions for s in widget) == 6 and sum(s.answered for s in widget) == 2
    assert report.latency_ms["p50"] == pytest.approx(14.0)
    assert sum(sum(c.values()) for c in report.per_day.values()) == 9


def test_since_limits_the_report_to_recent_days(logged):
    report = build_report(logged, default_analyzer(), since_days=1)
    assert report.total == 2


def test_the_chart_is_an_inline_svg_that_escapes_its_labels():
    svg = svg_chart({"2027-01-04": {"widget": 3, "slack": 1}, "2027-01-05": {"<b>x</b>": 2}})
    assert svg.startswith("<svg") and svg.count("<rect") == 3 + 3  # bars + legend
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    assert svg_chart({}) == ""


def test_the_report_command_prints_the_gap_first(logged, tmp_path):
    run = subprocess.run([sys.executable, "-m", "assistant", "report", "--since", "3650",
                          "--db", str(logged.path)], cwd=REPO_ROOT, capture_output=True, text=True,
                         timeout=60, env=dict(os.environ))
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    first_gap = lines[lines.index("Hyppigste spørgsmål uden svar:") + 1]
    assert "4 × Hvem er formand for Balance Danmark?" in first_gap
    assert "Svartid: p50" in run.stdout
    bad = subprocess.run([sys.executable, "-m", "assistant", "report", "--since", "0", "--db",
                          str(logged.path)], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "mindst 1 dag" in bad.stderr


def test_report_lines_say_so_when_there_is_nothing(tmp_path):
    report = build_report(QuestionLog(tmp_path / "empty.sqlite3"), default_analyzer(), since_days=7)
    assert "  (ingen)" in report_lines(report)


@pytest.fixture
def admin(test_config, logged):
    config = test_config.replace(db_path=logged.path, admin_token=TOKEN)
    services = Services.from_config(config)
    services.store.clock = logged.clock
    return create_app(config, services).test_client()


def test_the_admin_page_refuses_requests_without_the_token(admin):
    for headers in ({}, {"Authorization": "Bearer forkert"}, {"Authorization": "Basic !!!"},
                    {"Authorization": "Bearer " + TOKEN[:-1]}):
        response = admin.get("/admin/report", headers=headers)
        assert response.status_code == 401
        assert "ASSISTANT_ADMIN_TOKEN" in response.get_data(as_text=True)
        assert response.headers["WWW-Authenticate"].startswith("Basic")


def test_the_admin_page_lists_the_frequent_unanswered_question_first(admin):
    response = admin.get("/admin/report", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert '<html lang="da">' in page and "<svg" in page
    gaps = page[page.index("Hyppigste spørgsmål uden svar"):page.index("Svar med flest")]
    assert gaps.index("Hvem er formand for Balance Danmark?") < gaps.index("telefonnummer")
    # Logged text is text: a question holding markup is escaped, never run.
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "script-src" not in response.headers["Content-Security-Policy"]


def test_a_browser_can_log_in_with_the_token_as_password(admin):
    basic = base64.b64encode(f"sekretariatet:{TOKEN}".encode()).decode()
    assert admin.get("/admin/report?since=7", headers={"Authorization": f"Basic {basic}"}).status_code == 200
    assert admin.get("/admin/report?since=0", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 400


def test_the_admin_page_is_off_without_a_configured_token(test_config):
    client = create_app(test_config.replace(admin_token="")).test_client()
    assert client.get("/admin/report", headers={"Authorization": "Bearer "}).status_code == 404


def test_quiet_days_show_as_gaps_in_the_chart():
    svg = svg_chart({"2027-01-04": {"widget": 3}, "2027-01-07": {"api": 2}})
    # Four days wide (4th to 7th), so the 7th's bar starts three quarters along, not halfway.
    assert '<rect x="481.0"' in svg and "2027-01-07 api: 2" in svg
    assert "højeste søjle: 3 spørgsmål" in svg


def test_a_report_on_a_log_that_is_not_there_says_which_file_and_creates_none(tmp_path, capsys):
    from assistant.cli.assistant import main

    missing = tmp_path / "forkert" / "assistant.sqlite3"
    assert main(["report", "--db", str(missing)]) == 1
    assert f"Spørgsmålsloggen {missing} findes ikke" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_a_report_on_a_broken_log_is_a_danish_error_not_a_traceback(tmp_path, capsys):
    from assistant.cli.assistant import main

    broken = tmp_path / "assistant.sqlite3"
    broken.write_bytes(b"dette er ikke en database " * 200)
    assert main(["report", "--db", str(broken)]) == 1
    assert "kan ikke læses" in capsys.readouterr().err
    assert broken.read_bytes().startswith(b"dette er ikke")


@pytest.mark.parametrize("since", ["abc", "-3", "7.5", ""])
def test_the_admin_page_refuses_a_period_that_is_not_a_number_of_days(admin, since):
    response = admin.get(f"/admin/report?since={since}", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400
    assert "antal dage" in response.get_data(as_text=True)
