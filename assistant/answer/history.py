"""A conversation's earlier questions as a channel sends them, checked and cleaned once.

The widget and the API send the earlier questions with each new one, Slack keeps them per thread: the
same texts come again on every turn, so each is cleaned once and remembered (cleaned_earlier).
"""
from __future__ import annotations

from functools import lru_cache

from ..errors import QuestionError
from .compose import MAX_QUESTION_CHARS, clean_question
from .topic import ANALYSED_HISTORY_KEPT

MAX_HISTORY = 5
MAX_HISTORY_CHARS = MAX_QUESTION_CHARS


def clean_history(history: object) -> tuple[str, ...]:
    """Validate the earlier questions (newest last): a list of at most MAX_HISTORY short texts."""
    if history is None:
        return ()
    if not isinstance(history, (list, tuple)):
        raise QuestionError('Feltet "history" skal være en liste med de tidligere spørgsmål '
                            '(nyeste sidst).')
    if len(history) > MAX_HISTORY:
        raise QuestionError(f'Feltet "history" må højst have {MAX_HISTORY} tidligere spørgsmål.')
    cleaned = []
    for item in history:
        if not isinstance(item, str):
            raise QuestionError('Hvert tidligere spørgsmål i "history" skal være tekst.')
        if len(item) > MAX_HISTORY_CHARS:
            raise QuestionError(f'Et tidligere spørgsmål i "history" er for langt: højst '
                                f'{MAX_HISTORY_CHARS} tegn.')
        text = cleaned_earlier(item)
        if text is not None:
            cleaned.append(text)
    return tuple(cleaned)


@lru_cache(maxsize=ANALYSED_HISTORY_KEPT)
def cleaned_earlier(item: str) -> str | None:
    """An earlier question cleaned as a question is (previous_answer may ask it again), or None
    where nothing was asked (blank, control characters only); kept, as every turn re-sends it."""
    try:
        return clean_question(item)
    except QuestionError:
        return None
