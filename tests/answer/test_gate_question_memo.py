"""The gates read a question once, however many passages they weigh for it: what a question asks of a
gate (a who-verb, an ordinal, the members asked for, …) is remembered per question text, and the
remembered reading is the reading itself (runde seksogtyve)."""
from pathlib import Path

import pytest

from assistant.answer.gate_agent import asked_act
from assistant.answer.gate_clock import asks_clock_time
from assistant.answer.gate_concrete import asked_members
from assistant.answer.gate_holder import asked_holder, asks_leader
from assistant.answer.gate_ordinal import asked_ordinal
from assistant.answer.gate_paid import asks_sum
from assistant.answer.gate_past_event import asks_past_event
from assistant.answer.gate_species import asked_species

READINGS = [asked_act, asks_clock_time, asked_members, asked_ordinal, asks_past_event, asked_species,
            asked_holder, asks_leader, asks_sum]
ROOT = Path(__file__).resolve().parents[2]


def questions() -> list[str]:
    return [line.split("\t")[0] for f in sorted((ROOT / "tests/data/realistic").glob("*.tsv"))
            for line in f.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("reading", READINGS, ids=lambda r: r.__name__)
def test_a_question_weighed_in_three_passages_is_read_once(reading):
    question = "Hvem plantede det andet træ, helt konkret, og hvornår blev det plantet?"
    reading.cache_clear()
    first = reading(question)
    assert reading(question) == first and reading(question) == first
    assert reading.cache_info().misses == 1 and reading.cache_info().hits == 2


@pytest.mark.parametrize("reading", READINGS, ids=lambda r: r.__name__)
def test_the_remembered_reading_is_the_reading(reading):
    for question in questions()[::3]:
        assert reading(question) == reading.__wrapped__(question), question
