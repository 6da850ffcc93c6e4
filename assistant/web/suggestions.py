"""The widget's suggested questions: only those the index in use can answer are offered."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol, TypeVar

log = logging.getLogger(__name__)

MAX_SUGGESTIONS = 4
SETTING = "ASSISTANT_SUGGESTIONS"
Index = TypeVar("Index")


class Answered(Protocol):
    answered: bool


def parse_suggestions(setting: str) -> list[str]:
    """The questions of the setting ("question 1|question 2|…"), at most MAX_SUGGESTIONS."""
    questions = [" ".join(part.split()) for part in setting.split("|")]
    return [q for q in questions if q][:MAX_SUGGESTIONS]


def answerable_suggestions(questions: list[str], index: Index,
                           ask: Callable[[str, Index], Answered]) -> list[str]:
    """The questions `ask` answers from `index`; each one it declines is dropped with a log line.

    A suggestion the assistant then declines is the first thing a visitor tries; better none.
    """
    kept = []
    for question in questions:
        if ask(question, index).answered:
            kept.append(question)
        else:
            log.warning("Forslaget »%s« vises ikke i widgetten: indekset kan ikke besvare det. "
                        "Ret %s, eller crawl sitet, så svaret findes.", question, SETTING)
    return kept
