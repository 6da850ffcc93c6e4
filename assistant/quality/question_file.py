"""Question files: one TSV row per question with the source its answer must come from (or NONE).

The format is the staff's: `spørgsmål<TAB>kilde eller NONE[<TAB>faktum<TAB>typer]`; every mistake in
a row is refused with the file, the line and what is wrong, in Danish.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import AssistantError

STATUTE_SOURCE = re.compile(r"^(?P<url>\S+)\s+§\s*(?P<paragraph>\d+[a-z]?)(?:,?\s*stk\.?\s*(?P<stk>\d+))?$")
# The address part of an expected source: any scheme (https://…, file:…), no spaces.
_ADDRESS = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
# The tags a question file's `kind` column may use: how a question is put, or that it has no answer.
KINDS = ("paraphrase", "english", "typo", "chatty", "definition", "unanswerable")
_COLUMNS = "spørgsmål<TAB>kilde eller NONE, evt. <TAB>faktum<TAB>typer"


@dataclass(frozen=True)
class Expectation:
    """A question and where its answer must come from; `expected` None: it must be declined.

    `expected` is a url with a section anchor (that section), a url without one (any section of that
    page), or a url followed by "§ 7" or "§ 7, stk. 2" (that paragraph of the statutes at that url).
    `fact` is a short text a right answer contains ("" when none is given); `kinds` are tags from KINDS.
    """

    question: str
    expected: str | None
    line: int
    fact: str = ""
    kinds: tuple[str, ...] = ()


def _is_source(expected: str) -> bool:
    statute = STATUTE_SOURCE.match(expected)
    return bool(_ADDRESS.match(statute["url"] if statute else expected))


def read_question_file(path: Path) -> list[Expectation]:
    """Rows of a TSV question file (`question<TAB>expected[<TAB>fact<TAB>kind]`); '#' lines and the
    header are skipped."""
    try:
        # utf-8-sig: a file saved from a spreadsheet starts with a byte-order mark.
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AssistantError(f"Spørgsmålsfilen {path} kan ikke læses ({exc}).", 400) from exc
    out = []
    for number, row in enumerate(csv.reader(lines, delimiter="\t"), start=1):
        if not row or row[0].startswith("#") or (row[0], row[1:2]) == ("question", ["expected"]):
            continue
        out.append(_expectation(row, f"{path}, linje {number}", number))
    if not out:
        raise AssistantError(f"Spørgsmålsfilen {path} har ingen spørgsmål.", 400)
    return out


def _expectation(row: list[str], where: str, number: int) -> Expectation:
    """One row as an Expectation, or a Danish error that says what is wrong on that line."""
    if not 2 <= len(row) <= 4 or not row[0].strip() or not row[1].strip():
        raise AssistantError(f"{where}: forventede '{_COLUMNS}'.", 400)
    expected = row[1].strip()
    if expected != "NONE" and not _is_source(expected):
        raise AssistantError(
            f"{where}: {expected!r} er hverken en adresse (https://…, evt. med "
            f"#anker eller efterfulgt af '§ 7, stk. 2') eller NONE.", 400)
    fact = row[2].strip() if len(row) > 2 else ""
    if fact and expected == "NONE":
        # A fact for a question that must be declined can never be found: a mistake in the file.
        raise AssistantError(f"{where}: et spørgsmål, der skal afvises (NONE), kan ikke have et "
                             f"faktum ({fact!r}).", 400)
    kinds = tuple(k.strip() for k in (row[3] if len(row) > 3 else "").split(",") if k.strip())
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise AssistantError(f"{where}: ukendt type {unknown[0]!r}; brug nogle af "
                             f"{', '.join(KINDS)}.", 400)
    return Expectation(row[0].strip(), None if expected == "NONE" else expected, number, fact, kinds)
