"""Question files: one question per row with the source its answer must cite, or NONE."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .errors import AssistantError


@dataclass(frozen=True)
class Expectation:
    """A question and the url (with anchor) its first citation must have; None: must be declined."""

    question: str
    expected: str | None
    line: int


def read_question_file(path: Path) -> list[Expectation]:
    """Rows of a TSV question file (`question<TAB>expected`); '#' lines and the header are skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AssistantError(f"Spørgsmålsfilen {path} kan ikke læses ({exc}).", 400) from exc
    out = []
    for number, row in enumerate(csv.reader(lines, delimiter="\t"), start=1):
        if not row or row[0].startswith("#") or (row[0], row[1:2]) == ("question", ["expected"]):
            continue
        if len(row) != 2 or not row[0].strip() or not row[1].strip():
            raise AssistantError(f"{path}, linje {number}: forventede 'spørgsmål<TAB>kilde eller NONE'.",
                                 400)
        expected = row[1].strip()
        out.append(Expectation(row[0].strip(), None if expected == "NONE" else expected, number))
    return out
