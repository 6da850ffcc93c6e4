"""The content-gap report: unanswered questions, 👎 answers, cited sources, shares, latency, per day."""
from __future__ import annotations

import html
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from ..language.analysis import Analyzer
from .question_log import SMALL_TALK, QuestionLog

TOP_ROWS = 10
DAY = 86400.0
CHART_WIDTH, CHART_HEIGHT = 640, 200
# Colour-blind-safe (Okabe–Ito) colours per channel, so the chart reads without the legend too.
CHANNEL_COLOURS = {"widget": "#0072B2", "api": "#E69F00", "slack": "#009E73", "cli": "#CC79A7"}


@dataclass(frozen=True)
class GapGroup:
    """Unanswered questions that share their analysed terms: one missing piece of content."""

    example: str
    count: int
    variants: tuple[str, ...]
    last_asked: str


@dataclass(frozen=True)
class DislikedAnswer:
    question: str
    top_url: str | None
    thumbs_down: int
    thumbs_up: int
    comments: tuple[str, ...]


@dataclass(frozen=True)
class Share:
    channel: str
    week: str
    questions: int
    answered: int

    @property
    def answered_share(self) -> float:
        return self.answered / self.questions if self.questions else 0.0


@dataclass
class GapReport:
    """Everything the weekly report shows, computed from the question log and the feedback."""

    since_days: int
    total: int = 0
    answered: int = 0
    unanswered: list[GapGroup] = field(default_factory=list)
    disliked: list[DislikedAnswer] = field(default_factory=list)
    cited: list[tuple[str, str, int]] = field(default_factory=list)   # url, title, count
    shares: list[Share] = field(default_factory=list)
    latency_ms: dict[str, float] = field(default_factory=dict)        # p50, p95, p99
    per_day: dict[str, dict[str, int]] = field(default_factory=dict)  # day -> channel -> count

    @property
    def declined(self) -> int:
        return self.total - self.answered


def _day(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")


def _week(ts: float) -> str:
    year, week, _ = datetime.fromtimestamp(ts, UTC).isocalendar()
    return f"{year}-U{week:02d}"


def _percentile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def gap_groups(rows: list[dict], analyzer: Analyzer) -> list[GapGroup]:
    """Unanswered questions grouped when they share their analysed terms, most frequent first."""
    groups: dict[tuple[str, ...], list[dict]] = defaultdict(list)
    for row in rows:
        if not row["answered"]:
            key = tuple(sorted(set(analyzer.query_terms(row["question"])))) or (row["question"],)
            groups[key].append(row)
    out = []
    for members in groups.values():
        phrasing = Counter(m["question"] for m in members)
        out.append(GapGroup(example=phrasing.most_common(1)[0][0], count=len(members),
                            variants=tuple(q for q, _ in phrasing.most_common()),
                            last_asked=_day(max(m["asked_at"] for m in members))))
    out.sort(key=lambda g: (-g.count, g.example))
    return out


def build_report(store: QuestionLog, analyzer: Analyzer, since_days: int) -> GapReport:
    """The report over the last `since_days` days of the log."""
    since = store.clock() - since_days * DAY
    # Small talk ("hej", "tak") is no question the material failed to answer.
    rows = [r for r in store.questions(since) if r["kind"] != SMALL_TALK]
    report = GapReport(since_days=since_days, total=len(rows),
                       answered=sum(1 for r in rows if r["answered"]))
    report.unanswered = gap_groups(rows, analyzer)[:TOP_ROWS]

    by_id = {r["answer_id"]: r for r in rows}
    votes: dict[str, list[dict]] = defaultdict(list)
    for fb in store.feedback_since(since):
        if fb["answer_id"] in by_id:
            votes[fb["answer_id"]].append(fb)
    disliked = []
    for answer_id, fbs in votes.items():
        down = sum(1 for f in fbs if not f["helpful"])
        if down:
            row = by_id[answer_id]
            disliked.append(DislikedAnswer(row["question"], row["top_url"], down,
                                           len(fbs) - down,
                                           tuple(f["comment"] for f in fbs if f["comment"])))
    disliked.sort(key=lambda d: (-d.thumbs_down, d.question))
    report.disliked = disliked[:TOP_ROWS]

    titles = {r["top_url"]: r["top_title"] or "" for r in rows if r["top_url"]}
    cited = Counter(r["top_url"] for r in rows if r["answered"] and r["top_url"])
    report.cited = [(url, titles[url], n) for url, n in cited.most_common(TOP_ROWS)]

    shares: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        cell = shares[(r["channel"], _week(r["asked_at"]))]
        cell[0] += 1
        cell[1] += bool(r["answered"])
    report.shares = [Share(channel, week, n, a) for (channel, week), (n, a) in sorted(shares.items())]

    latencies = sorted(r["latency_ms"] for r in rows if r["latency_ms"] is not None)
    if latencies:
        report.latency_ms = {f"p{q}": _percentile(latencies, q) for q in (50, 95, 99)}

    per_day: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        per_day[_day(r["asked_at"])][r["channel"]] += 1
    report.per_day = {day: dict(per_day[day]) for day in sorted(per_day)}
    return report


def report_lines(report: GapReport) -> list[str]:
    """The report as Danish plain text (the `report` command)."""
    share = report.answered / report.total if report.total else 0.0
    lines = [f"Rapport for de seneste {report.since_days} dage",
             f"Spørgsmål: {report.total}, besvaret: {report.answered} ({share:.0%}), "
             f"afvist: {report.declined}", "", "Hyppigste spørgsmål uden svar:"]
    lines += [f"  {g.count:4d} × {g.example}" + (f"  (også: {'; '.join(g.variants[1:3])})"
                                                  if len(g.variants) > 1 else "")
              for g in report.unanswered] or ["  (ingen)"]
    lines += ["", "Svar med flest 👎:"]
    lines += [f"  {d.thumbs_down:4d} 👎 {d.thumbs_up:3d} 👍  {d.question} → {d.top_url or '(afvist)'}"
              for d in report.disliked] or ["  (ingen)"]
    lines += ["", "Mest citerede kilder:"]
    lines += [f"  {n:4d} × {title} {url}" for url, title, n in report.cited] or ["  (ingen)"]
    lines += ["", "Besvaret pr. kanal og uge:"]
    lines += [f"  {s.week} {s.channel:<7} {s.questions:5d} spørgsmål, {s.answered_share:.0%} besvaret"
              for s in report.shares] or ["  (ingen)"]
    if report.latency_ms:
        lines += ["", "Svartid: " + ", ".join(f"{k} {v:.1f} ms" for k, v in report.latency_ms.items())]
    return lines


def calendar_days(first: str, last: str) -> list[str]:
    """Every day from `first` to `last` (YYYY-MM-DD), so quiet days show as gaps in the chart."""
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]


def svg_chart(per_day: dict[str, dict[str, int]]) -> str:
    """An inline SVG bar chart of questions per day, stacked by channel (text escaped)."""
    if not per_day:
        return ""
    days = calendar_days(min(per_day), max(per_day))
    channels = sorted({c for counts in per_day.values() for c in counts})
    top = max(sum(c.values()) for c in per_day.values())
    bar = CHART_WIDTH / len(days)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{CHART_WIDTH}" '
             f'height="{CHART_HEIGHT + 40}" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT + 40}">',
             "<title>Spørgsmål pr. dag fordelt på kanal</title>"]
    for i, day in enumerate(days):
        y = CHART_HEIGHT
        for channel in channels:
            n = per_day.get(day, {}).get(channel, 0)
            if not n:
                continue
            h = CHART_HEIGHT * n / top
            y -= h
            colour = CHANNEL_COLOURS.get(channel, "#555555")
            parts.append(f'<rect x="{i * bar + 1:.1f}" y="{y:.1f}" width="{max(bar - 2, 1):.1f}" '
                         f'height="{h:.1f}" fill="{colour}"><title>{html.escape(day)} '
                         f'{html.escape(channel)}: {n}</title></rect>')
    parts.append(f'<text x="{CHART_WIDTH}" y="{CHART_HEIGHT + 35}" font-size="12" '
                 f'text-anchor="end">højeste søjle: {top} spørgsmål</text>')
    parts.append(f'<text x="0" y="{CHART_HEIGHT + 15}" font-size="12">{html.escape(days[0])}</text>')
    parts.append(f'<text x="{CHART_WIDTH}" y="{CHART_HEIGHT + 15}" font-size="12" '
                 f'text-anchor="end">{html.escape(days[-1])}</text>')
    x = 0
    for channel in channels:
        colour = CHANNEL_COLOURS.get(channel, "#555555")
        parts.append(f'<rect x="{x}" y="{CHART_HEIGHT + 25}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{x + 14}" y="{CHART_HEIGHT + 35}" font-size="12">'
                     f'{html.escape(channel)}</text>')
        x += 90
    parts.append("</svg>")
    return "".join(parts)
