"""A question as the assistant takes it: text, not empty, not over-long, without control characters."""
from __future__ import annotations

import unicodedata

from ..errors import QuestionError
from .one_space import one_space

MAX_QUESTION_CHARS = 500


def clean_question(question: object) -> str:
    """Validate a question: text, not empty, not over-long; control characters are dropped."""
    if not isinstance(question, str):
        raise QuestionError("Spørgsmålet skal være tekst.")
    # Every control, format or unassigned character (category C) is non-printable, so a printable
    # question has none to drop: skip the walk over its characters (~30 µs per question).
    text = question if question.isprintable() else "".join(
        c if unicodedata.category(c)[0] != "C" or c in "\t\n" else " " for c in question)
    text = one_space(text).strip()
    if not text:
        raise QuestionError("Skriv et spørgsmål.")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(f"Spørgsmålet er for langt: højst {MAX_QUESTION_CHARS} tegn.")
    return text
