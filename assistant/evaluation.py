"""Answer quality on a question file: hit@1, hit@3, MRR, correct declines, and the misses."""
from __future__ import annotations

import csv
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .answer import ask
from .errors import AssistantError
from .index import Index
from .retrieve import analyse_query, search_query

RANK_DEPTH = 10
_PARAGRAPH = re.compile(r"^(?P<url>\S+)\s+§\s*(?P<paragraph>\d+[a-z]?)(?:,?\s*stk\.?\s*(?P<stk>\d+))?$")
# The address part of an expected source: any scheme (https://…, file:…), no spaces.
_ADDRESS = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


@dataclass(frozen=True)
class Expectation:
    """A question and where its answer must come from; `expected` None: it must be declined.

    `expected` is a url with a section anchor (that section), a url without one (any section of that
    page), or a url followed by "§ 7" or "§ 7, stk. 2" (that paragraph of the statutes at that url).
    """

    question: str
    expected: str | None
    line: int


def _is_source(expected: str) -> bool:
    statute = _PARAGRAPH.match(expected)
    return bool(_ADDRESS.match(statute["url"] if statute else expected))


def read_question_file(path: Path) -> list[Expectation]:
    """Rows of a TSV question file (`question<TAB>expected`); '#' lines and the header are skipped."""
    try:
        # utf-8-sig: a file saved from a spreadsheet starts with a byte-order mark.
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
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
        if expected != "NONE" and not _is_source(expected):
            raise AssistantError(
                f"{path}, linje {number}: {expected!r} er hverken en adresse (https://…, evt. med "
                f"#anker eller efterfulgt af '§ 7, stk. 2') eller NONE.", 400)
        out.append(Expectation(row[0].strip(), None if expected == "NONE" else expected, number))
    if not out:
        raise AssistantError(f"Spørgsmålsfilen {path} har ingen spørgsmål.", 400)
    return out


@dataclass(frozen=True)
class Source:
    """Where a cited or retrieved passage is: its url and, for statutes, its § and stk."""

    url: str
    paragraph: str = ""
    stk: str = ""


def matches(expected: str, source: Source) -> bool:
    """Whether a passage is the expected source (see Expectation)."""
    statute = _PARAGRAPH.match(expected)
    if statute:
        return (source.url.split("#")[0] == statute["url"].split("#")[0]
                and source.paragraph == statute["paragraph"]
                and (not statute["stk"] or source.stk == statute["stk"]))
    if "#" in expected:
        return source.url == expected
    return source.url.split("#")[0] == expected


@dataclass(frozen=True)
class Outcome:
    """What became of one question: its answer's first source and the rank of the expected one."""

    question: str
    expected: str | None
    answered: bool
    cited_first: str
    rank: int | None          # 1-based rank of the first right source among citations + hits

    @property
    def correct(self) -> bool:
        return (not self.answered) if self.expected is None else self.rank == 1


def ranked_sources(index: Index, question: str) -> tuple[bool, list[Source]]:
    """The answer's citations in order, then the other retrieved passages: what a user is shown."""
    answer = ask(question, index)
    if not answer.answered:
        return False, []
    sources = [Source(c.url, c.paragraph, c.stk) for c in answer.citations]
    for hit in search_query(index, analyse_query(index, question), RANK_DEPTH):
        source = Source(hit.chunk.url, hit.chunk.paragraph, hit.chunk.stk)
        if source not in sources:
            sources.append(source)
    return True, sources[:RANK_DEPTH]


def evaluate_one(index: Index, item: Expectation) -> Outcome:
    answered, sources = ranked_sources(index, item.question)
    rank = None
    if item.expected is not None:
        rank = next((i for i, s in enumerate(sources, 1) if matches(item.expected, s)), None)
    first = sources[0] if sources else None
    cited = ("(afvist)" if first is None else
             first.url + (f" § {first.paragraph}" if first.paragraph else "")
             + (f", stk. {first.stk}" if first.stk else ""))
    return Outcome(item.question, item.expected, answered, cited, rank)


@dataclass(frozen=True)
class Report:
    """The figures of one evaluation run."""

    answerable: int
    unanswerable: int
    hit1: float
    hit3: float
    mrr: float
    declined_right: float      # share of must-decline questions that were declined
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct]

    def to_json(self) -> dict:
        data = {k: v for k, v in asdict(self).items() if k != "outcomes"}
        data["misses"] = [asdict(o) for o in self.misses]
        return data


def evaluate(index: Index, items: list[Expectation]) -> Report:
    """Ask every question and measure where the expected source landed."""
    outcomes = [evaluate_one(index, item) for item in items]
    answerable = [o for o in outcomes if o.expected is not None]
    unanswerable = [o for o in outcomes if o.expected is None]
    n = len(answerable)
    return Report(
        answerable=n,
        unanswerable=len(unanswerable),
        hit1=sum(o.rank == 1 for o in answerable) / n if n else 1.0,
        hit3=sum(o.rank is not None and o.rank <= 3 for o in answerable) / n if n else 1.0,
        mrr=sum(1 / o.rank for o in answerable if o.rank) / n if n else 1.0,
        declined_right=(sum(not o.answered for o in unanswerable) / len(unanswerable)
                        if unanswerable else 1.0),
        outcomes=outcomes,
    )


def report_lines(report: Report) -> list[str]:
    """The evaluation as readable Danish text with a table of the misses."""
    lines = [
        f"Spørgsmål med svar:    {report.answerable}",
        f"  hit@1:               {report.hit1:.3f}",
        f"  hit@3:               {report.hit3:.3f}",
        f"  MRR:                 {report.mrr:.3f}",
        f"Spørgsmål uden svar:   {report.unanswerable}",
        f"  korrekt afvist:      {report.declined_right:.3f}",
    ]
    if report.misses:
        lines += ["", "Forkerte svar (spørgsmål | forventet | citeret først):"]
        for o in report.misses:
            lines.append(f"  {o.question} | {o.expected or 'NONE (skal afvises)'} | {o.cited_first}")
    else:
        lines += ["", "Ingen forkerte svar."]
    return lines


_NAMES = {"hit1": "hit@1", "hit3": "hit@3", "mrr": "MRR", "declined_right": "korrekt afvist"}


@dataclass(frozen=True)
class Thresholds:
    """The least a run must reach to pass as a quality gate."""

    hit1: float = 0.0
    hit3: float = 0.0
    mrr: float = 0.0
    declined_right: float = 0.0

    def __post_init__(self) -> None:
        # Every figure is a share: a limit above 1 could never be met, one below 0 always is.
        for k, v in asdict(self).items():
            if not 0.0 <= v <= 1.0:
                raise AssistantError(f"Grænsen for {_NAMES[k]} skal være et tal fra 0 til 1 "
                                     f"(fik {v:g}).", 400)

    def failures(self, report: Report) -> list[str]:
        return [f"{_NAMES[k]} {getattr(report, k):.3f} er under grænsen {v:.3f}"
                for k, v in asdict(self).items() if getattr(report, k) < v]
