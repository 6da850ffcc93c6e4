"""Slack remembers what was asked in a thread, and in a DM for a few minutes, as a conversation."""
from __future__ import annotations

import pytest

from assistant.answer.compose import MAX_QUESTION_CHARS
from assistant.answer.history import MAX_HISTORY
from assistant.slack.db import SlackDB
from assistant.slack.inbox import plain_text
from assistant.slack.thread_memory import DM_WINDOW_MINUTES, ConversationMemory


def test_a_thread_remembers_its_questions_for_a_week_newest_last(tmp_path):
    now = [1_000_000.0]
    memory = ConversationMemory(SlackDB(tmp_path / "db.sqlite3"), clock=lambda: now[0])
    memory.remember("C1", "1.0", "Hvem stod bag initiativet?")
    now[0] += 60
    memory.remember("C1", "1.0", "og hvornår var det?")
    assert memory.history("C1", "1.0", in_thread=True, direct=False) == (
        "Hvem stod bag initiativet?", "og hvornår var det?")
    # Another thread, or another channel with the same timestamp, knows nothing of it.
    assert memory.history("C1", "2.0", in_thread=True, direct=False) == ()
    assert memory.history("C2", "1.0", in_thread=True, direct=False) == ()
    # A new mention in the channel starts a new thread: no history.
    assert memory.history("C1", "1.0", in_thread=False, direct=False) == ()
    now[0] += 8 * 86400
    assert memory.history("C1", "1.0", in_thread=True, direct=False) == ()


def test_a_thread_gives_at_most_its_last_questions(tmp_path):
    memory = ConversationMemory(SlackDB(tmp_path / "db.sqlite3"), clock=lambda: 1_000_000.0)
    for n in range(MAX_HISTORY + 2):
        memory.remember("C1", "1.0", f"spørgsmål {n}")
    assert memory.history("C1", "1.0", in_thread=True, direct=False) == tuple(
        f"spørgsmål {n}" for n in range(2, MAX_HISTORY + 2))


def test_a_question_too_long_to_answer_is_not_kept_as_context(tmp_path):
    memory = ConversationMemory(SlackDB(tmp_path / "db.sqlite3"), clock=lambda: 1_000_000.0)
    memory.remember("C1", "1.0", "Hvem stod bag initiativet?")
    memory.remember("C1", "1.0", "x" * (MAX_QUESTION_CHARS + 1))
    memory.remember("C1", "1.0", "   ")
    assert memory.history("C1", "1.0", in_thread=True, direct=False) == ("Hvem stod bag initiativet?",)


def test_a_direct_message_continues_the_questions_of_the_last_minutes_only(tmp_path):
    now = [1_000_000.0]
    memory = ConversationMemory(SlackDB(tmp_path / "db.sqlite3"), clock=lambda: now[0])
    memory.remember("D1", "5.0", "Hvem stod bag initiativet?")
    now[0] += 60
    assert memory.history("D1", "6.0", in_thread=False, direct=True) == ("Hvem stod bag initiativet?",)
    assert memory.history("D2", "6.0", in_thread=False, direct=True) == ()
    now[0] += DM_WINDOW_MINUTES * 60
    assert memory.history("D1", "7.0", in_thread=False, direct=True) == ()
    # Within the DM, a reply in the first question's thread still has it.
    assert memory.history("D1", "5.0", in_thread=True, direct=True) == ("Hvem stod bag initiativet?",)


@pytest.mark.parametrize("slack_text, question", [
    ("<@UASSISTENT> hvornår skiftede vi navn?", "hvornår skiftede vi navn?"),
    ("<@UASSISTENT|assistent>   hvad er <https://gronnebyer.test|Grønne Byer>?", "hvad er Grønne Byer?"),
    ("se <https://gronnebyer.test/om> og <#C123|generelt>", "se https://gronnebyer.test/om og generelt"),
    ("<!here> Grøn &amp; Blå &lt;3", "Grøn & Blå <3"),
    ("", ""),
])
def test_slack_markup_in_a_question_becomes_plain_text(slack_text, question):
    assert plain_text(slack_text) == question
