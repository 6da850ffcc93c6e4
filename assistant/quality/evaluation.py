"""Answer quality on a question file: hit@1, hit@3, MRR, correct declines, facts, kinds and misses."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..answer.conversation import ask
from ..answer.result import Answer
from ..answer.retrieve import analyse_query, search_query
from ..errors import AssistantError
from ..index.bm25 import Index
from .question_file import KINDS, STATUTE_SOURCE, Expectation

RANK_DEPTH = 10


@dataclass(frozen=True)
class Source:
    """Where a cited or retrieved passage is: its url and, for statutes, its § and stk."""

    url: str
    paragraph: str = ""
    stk: str = ""


def matches(expected: str, source: Source) -> bool:
    """Whether a passage is the expected source (see Expectation)."""
    statute = STATUTE_SOURCE.match(expected)
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
    fact: str = ""
    fact_found: bool | None = None   # None: no fact to look for
    kinds: tuple[str, ...] = ()

    @property
    def correct(self) -> bool:
        return (not self.answered) if self.expected is None else self.rank == 1


def ranked_sources(index: Index, question: str) -> tuple[Answer, list[Source]]:
    """The answer, and its citations in order followed by the other retrieved passages: what a user
    is shown."""
    answer = ask(question, index)
    if not answer.answered:
        return answer, []
    sources = [Source(c.url, c.paragraph, c.stk) for c in answer.citations]
    for hit in search_query(index, analyse_query(index, question), RANK_DEPTH):
        source = Source(hit.chunk.url, hit.chunk.paragraph, hit.chunk.stk)
        if source not in sources:
            sources.append(source)
    return answer, sources[:RANK_DEPTH]


def _flat(text: str) -> str:
    # A PDF breaks lines where the page ends them; the fact is compared as running text.
    return " ".join(text.split()).casefold()


def fact_in(answer: Answer, fact: str) -> bool:
    """Whether the answer's text states the fact (case and line breaks ignored); a decline never does."""
    return answer.answered and _flat(fact) in _flat(answer.answer)


def evaluate_one(index: Index, item: Expectation) -> Outcome:
    answer, sources = ranked_sources(index, item.question)
    rank = None
    if item.expected is not None:
        rank = next((i for i, s in enumerate(sources, 1) if matches(item.expected, s)), None)
    first = sources[0] if sources else None
    cited = ("(afvist)" if first is None else
             first.url + (f" § {first.paragraph}" if first.paragraph else "")
             + (f", stk. {first.stk}" if first.stk else ""))
    found = fact_in(answer, item.fact) if item.fact and item.expected is not None else None
    return Outcome(item.question, item.expected, answer.answered, cited, rank, item.fact, found,
                   item.kinds)


@dataclass(frozen=True)
class KindFigures:
    """hit@1 and correct declines of the questions with one tag (None: no such questions)."""

    kind: str
    answerable: int
    unanswerable: int
    hit1: float | None
    declined_right: float | None


def _share(hits: list[bool]) -> float | None:
    return sum(hits) / len(hits) if hits else None


def kind_figures(outcomes: list[Outcome]) -> list[KindFigures]:
    """Figures per tag, in the order of KINDS; tags no question has are left out."""
    out = []
    for kind in KINDS:
        mine = [o for o in outcomes if kind in o.kinds]
        if not mine:
            continue
        answerable = [o for o in mine if o.expected is not None]
        unanswerable = [o for o in mine if o.expected is None]
        out.append(KindFigures(kind, len(answerable), len(unanswerable),
                               _share([o.rank == 1 for o in answerable]),
                               _share([not o.answered for o in unanswerable])))
    return out


@dataclass(frozen=True)
class EvaluationReport:
    """The figures of one evaluation run."""

    answerable: int
    unanswerable: int
    hit1: float
    hit3: float
    mrr: float
    declined_right: float      # share of must-decline questions that were declined
    outcomes: list[Outcome] = field(default_factory=list)
    with_fact: int = 0         # answerable questions that name a fact
    fact_in_answer: float = 1.0  # share of those whose answer text contains it
    kinds: list[KindFigures] = field(default_factory=list)

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct]

    @property
    def facts_missed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.fact_found is False]

    def to_json(self) -> dict:
        data = {k: v for k, v in asdict(self).items() if k != "outcomes"}
        data["misses"] = [asdict(o) for o in self.misses]
        data["facts_missed"] = [asdict(o) for o in self.facts_missed]
        return data


def evaluate(index: Index, items: list[Expectation]) -> EvaluationReport:
    """Ask every question and measure where the expected source landed."""
    return summarise([evaluate_one(index, item) for item in items])


def summarise(outcomes: list[Outcome]) -> EvaluationReport:
    """The figures of a list of outcomes (which may come from several indexes)."""
    answerable = [o for o in outcomes if o.expected is not None]
    unanswerable = [o for o in outcomes if o.expected is None]
    n = len(answerable)
    facts = [o.fact_found for o in answerable if o.fact_found is not None]
    return EvaluationReport(
        answerable=n,
        unanswerable=len(unanswerable),
        hit1=sum(o.rank == 1 for o in answerable) / n if n else 1.0,
        hit3=sum(o.rank is not None and o.rank <= 3 for o in answerable) / n if n else 1.0,
        mrr=sum(1 / o.rank for o in answerable if o.rank) / n if n else 1.0,
        declined_right=(sum(not o.answered for o in unanswerable) / len(unanswerable)
                        if unanswerable else 1.0),
        outcomes=outcomes,
        with_fact=len(facts),
        fact_in_answer=_share(facts) if facts else 1.0,
        kinds=kind_figures(outcomes),
    )


def report_lines(report: EvaluationReport) -> list[str]:
    """The evaluation as readable Danish text with a table of the misses."""
    lines = [
        f"Spørgsmål med svar:    {report.answerable}",
        f"  hit@1:               {report.hit1:.3f}",
        f"  hit@3:               {report.hit3:.3f}",
        f"  MRR:                 {report.mrr:.3f}",
        f"Spørgsmål uden svar:   {report.unanswerable}",
        f"  korrekt afvist:      {report.declined_right:.3f}",
    ]
    if report.with_fact:
        lines += [f"Spørgsmål med faktum:  {report.with_fact}",
                  f"  faktum i svaret:     {report.fact_in_answer:.3f}"]
    if report.kinds:
        lines += ["", "Pr. type (spørgsmål med svar, hit@1 | uden svar, korrekt afvist):"]
        lines += [f"  {k.kind:<13} {k.answerable:>4}  {_figure(k.hit1)} | {k.unanswerable:>4}  "
                  f"{_figure(k.declined_right)}" for k in report.kinds]
    if report.misses:
        lines += ["", "Forkerte svar (spørgsmål | forventet | citeret først):"]
        for o in report.misses:
            lines.append(f"  {o.question} | {o.expected or 'NONE (skal afvises)'} | {o.cited_first}")
    else:
        lines += ["", "Ingen forkerte svar."]
    if report.facts_missed:
        lines += ["", "Svar uden det forventede faktum (spørgsmål | faktum):"]
        lines += [f"  {o.question} | {o.fact}" for o in report.facts_missed]
    return lines


def _figure(value: float | None) -> str:
    return "    -" if value is None else f"{value:.3f}"


_NAMES = {"hit1": "hit@1", "hit3": "hit@3", "mrr": "MRR", "declined_right": "korrekt afvist",
          "fact_in_answer": "faktum i svaret"}


@dataclass(frozen=True)
class Thresholds:
    """The least a run must reach to pass as a quality gate."""

    hit1: float = 0.0
    hit3: float = 0.0
    mrr: float = 0.0
    declined_right: float = 0.0
    fact_in_answer: float = 0.0

    def __post_init__(self) -> None:
        # Every figure is a share: a limit above 1 could never be met, one below 0 always is.
        for k, v in asdict(self).items():
            if not 0.0 <= v <= 1.0:
                raise AssistantError(f"Grænsen for {_NAMES[k]} skal være et tal fra 0 til 1 "
                                     f"(fik {v:g}).", 400)

    def failures(self, report: EvaluationReport) -> list[str]:
        return [f"{_NAMES[k]} {getattr(report, k):.3f} er under grænsen {v:.3f}"
                for k, v in asdict(self).items() if getattr(report, k) < v]
