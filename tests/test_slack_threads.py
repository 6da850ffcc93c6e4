"""Follow-ups in a thread lean on the thread's question; stand-alone questions start a new topic."""
from __future__ import annotations

import pytest

from assistant.answer import MAX_QUESTION_CHARS
from assistant.slack.db import SlackDB
from assistant.slack.inbox import plain_text
from assistant.slack.threads import ThreadMemory, is_follow_up, with_context


@pytest.mark.parametrize("text, follow_up", [
    ("og hvornår var det?", True),
    ("Og hvem stod bag?", True),
    ("men hvad koster det?", True),
    ("hvad med kontingentet?", True),
    ("Hvornår var det?", True),
    ("hvem var de?", True),
    ("and when was that?", True),
    ("Hvad er jeres vision?", False),
    ("Hvornår skiftede Balance Danmark navn?", False),
    ("Hvad siger vedtægterne om kontingent, og hvem fastsætter det på generalforsamlingen?", False),
    ("ogsåhvad", False),
    ("", False),
])
def test_which_questions_lean_on_the_one_before(text, follow_up):
    assert is_follow_up(text) is follow_up


def test_a_follow_up_is_asked_with_the_topic_and_still_fits_the_length_limit():
    assert with_context("Hvem stod bag initiativet?", "og hvornår var det?") == \
        "Hvem stod bag initiativet? og hvornår var det?"
    long = with_context("kontingent " * 100, "og hvornår var det?")
    assert len(long) <= MAX_QUESTION_CHARS and long.endswith(" og hvornår var det?")


def test_a_thread_remembers_its_topic_for_a_week_and_a_new_question_replaces_it(tmp_path):
    now = [1_000_000.0]
    memory = ThreadMemory(SlackDB(tmp_path / "db.sqlite3"), clock=lambda: now[0])
    assert memory.resolve("C1", "1.0", "Hvem stod bag initiativet?") == "Hvem stod bag initiativet?"
    assert memory.resolve("C1", "1.0", "og hvornår var det?") == \
        "Hvem stod bag initiativet? og hvornår var det?"
    # Another thread, or another channel with the same timestamp, knows nothing of it.
    assert memory.resolve("C1", "2.0", "og hvornår var det?") == "og hvornår var det?"
    assert memory.resolve("C2", "1.0", "og hvornår var det?") == "og hvornår var det?"
    assert memory.resolve("C1", "1.0", "Hvad er jeres vision?") == "Hvad er jeres vision?"
    assert memory.resolve("C1", "1.0", "og hvem skrev den?") == "Hvad er jeres vision? og hvem skrev den?"
    now[0] += 8 * 86400
    assert memory.resolve("C1", "1.0", "og hvem skrev den?") == "og hvem skrev den?"


@pytest.mark.parametrize("slack_text, question", [
    ("<@UASSISTENT> hvornår skiftede vi navn?", "hvornår skiftede vi navn?"),
    ("<@UASSISTENT|assistent>   hvad er <https://gronnebyer.test|Grønne Byer>?", "hvad er Grønne Byer?"),
    ("se <https://gronnebyer.test/om> og <#C123|generelt>", "se https://gronnebyer.test/om og generelt"),
    ("<!here> Grøn &amp; Blå &lt;3", "Grøn & Blå <3"),
    ("", ""),
])
def test_slack_markup_in_a_question_becomes_plain_text(slack_text, question):
    assert plain_text(slack_text) == question
