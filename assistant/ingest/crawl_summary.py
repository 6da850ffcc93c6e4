"""What one crawl did, page by page and in total, in the Danish words `indexer.py` prints."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# Per-URL lines printed after the totals; more than this of one kind is summarised as "… og N flere".
MAX_LISTED = 50
# Reasons shared by the crawler and `add`, so both summaries use the same words.
NOT_TEXT = "binært indhold"
UNREACHABLE = "kan ikke nå sitet"


@dataclass
class CrawlSummary:
    """Counts and URLs of one crawl: fetched, new, updated, unchanged, removed, skipped, errors."""

    fetched: int = 0
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[tuple[str, str]] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    reported: list[tuple[str, str]] = field(default_factory=list)
    sitemaps: int = 0
    limit_reached: bool = False
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        """True when the corpus differs from before the crawl."""
        return bool(self.new or self.updated or self.removed)

    def skip(self, url: str, reason: str, report: bool = False) -> None:
        self.skipped[reason] += 1
        if report:
            self.reported.append((url, reason))

    def error(self, url: str, reason: str) -> None:
        self.errors[reason] += 1
        self.reported.append((url, reason))

    def lines(self) -> list[str]:
        """The summary as printed at the end of `python indexer.py crawl`."""
        out = [
            f"Gennemsøgning færdig på {self.seconds:.1f} s",
            f"  hentet:        {self.fetched} sider ({self.sitemaps} sitemaps læst)",
            f"  nye:           {len(self.new)}",
            f"  opdaterede:    {len(self.updated)}",
            f"  uændrede:      {self.unchanged}",
            f"  fjernede:      {len(self.removed)}",
            f"  sprunget over: {sum(self.skipped.values())}{_reasons(self.skipped)}",
            f"  fejl:          {sum(self.errors.values())}{_reasons(self.errors)}",
        ]
        if self.limit_reached:
            out.append("  Grænsen for antal sider blev nået; resten tages ved næste kørsel.")
        out += _listed("Ny", self.new)
        out += _listed("Opdateret", self.updated)
        out += _listed("Fjernet", [f"{url} ({reason})" for url, reason in self.removed])
        out += _listed("Problem", [f"{url} ({reason})" for url, reason in self.reported])
        return out


def _reasons(counter: Counter) -> str:
    if not counter:
        return ""
    return " (" + ", ".join(f"{reason}: {n}" for reason, n in sorted(counter.items())) + ")"


def _listed(label: str, items: list[str]) -> list[str]:
    lines = [f"  {label}: {item}" for item in items[:MAX_LISTED]]
    if len(items) > MAX_LISTED:
        lines.append(f"  … og {len(items) - MAX_LISTED} flere")
    return lines


def nothing_fetched(starts: list[str], problems: set[str]) -> str:
    """Why a crawl that fetched nothing stopped, with the next step, in Danish."""
    where = ", ".join(starts)
    if problems == {UNREACHABLE}:
        return (f"Ingen forbindelse: {UNREACHABLE} {where}. Tjek adressen og netværksforbindelsen, "
                f"og prøv igen. Korpus og indeks er uændrede.")
    return (f"Ingen sider kunne hentes fra {where} ({', '.join(sorted(problems))}). "
            f"Korpus og indeks er uændrede.")
