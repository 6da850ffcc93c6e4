"""The realistic questions asked of the other organisation's material, where nearly all must be declined.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.other_material [--split alle-dev|dev|test|holdout|dev23a|…] [--list] [FILE.tsv ...]

`realistic_eval` asks each question of its own material only: the Om sets of the Om page, the
statutes and publication sets of the association's material. A rule that lets more of a question
through ("a common word the material lacks counts as held", "a chat phrase is no part of the
question") can then turn a decline into a wrong answer that no figure shows: the same question put
to an organisation whose material does not speak of it. Deployed, each organisation has its own
index, and a visitor on one site asks about the other's affairs often enough ("Hvor mange
lommeparker har I anlagt?" on Balance Danmark's site).

So every question of the chosen files, answerable at home or not, is asked of the other material,
and the answered ones are counted. Not every such answer is wrong -- "Hvornår blev I stiftet?" has
an answer in both -- so the figure that matters most is the questions that name their own
organisation ("Balance Danmark", "Grønne Byer"): an answer to one of those from the other material
is wrong by construction. Compare the counts before and after a change, and read the list (--list).
"""
from __future__ import annotations

import argparse
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.answer.conversation import ask
from assistant.index.bm25 import Index
from assistant.quality.question_file import read_question_file
from benchmarks.realistic_eval import DEV_SPLITS, association_index, om_index, question_files

# Each material's own organisation, as its questions name it (typed in any case, with or without æ/ø/å).
# "grønne byer" in lower case is also just green cities: the association's name alone counts only
# capitalised, or after "foreningen".
OWN_NAMES = {"om": re.compile(r"balance\s+danmark", re.IGNORECASE),
             "association": re.compile(r"(?i:foreningen\s+gr(?:ø|oe|o)nne\s+byer)|Gr(?:ø|oe|o)nne\s+Byer"
                                       r"|Green\s+Cities")}
OTHER = {"om": "association", "association": "om"}


def home(path: Path) -> str:
    """The material a question file belongs to: the Om sets the Om page, the rest the association's."""
    return "om" if path.name.startswith("om") else "association"


@dataclass
class Elsewhere:
    """The questions of one home material asked of the other, and those the other answered."""

    home: str
    asked: int = 0
    named: int = 0
    answered: list[str] = field(default_factory=list)
    answered_named: list[str] = field(default_factory=list)


def ask_elsewhere(home_name: str, questions: Iterable[str], other: Index) -> Elsewhere:
    """Ask each question (once) of the other material's index and keep the ones it answered."""
    out = Elsewhere(home_name)
    for question in dict.fromkeys(questions):
        named = bool(OWN_NAMES[home_name].search(question))
        out.asked += 1
        out.named += named
        if ask(question, other).answered:
            out.answered.append(question)
            if named:
                out.answered_named.append(question)
    return out


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "    -"


def table(results: list[Elsewhere]) -> list[str]:
    lines = [f"{'spurgt':<34} {'spm.':>5} {'besvaret':>8} {'andel':>6} {'med navn':>8} {'besvaret':>8} {'andel':>6}"]
    for r in results:
        label = f"{r.home}-spørgsmål til {OTHER[r.home]}"
        lines.append(f"{label:<34} {r.asked:>5} {len(r.answered):>8} {_share(len(r.answered), r.asked):>6} "
                     f"{r.named:>8} {len(r.answered_named):>8} {_share(len(r.answered_named), r.named):>6}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="question files (default: the chosen split's)")
    parser.add_argument("--split", choices=(*DEV_SPLITS, "alle-dev", "test", "holdout", "begge"),
                        default="alle-dev", help="which realistic sets (as realistic_eval); default: alle-dev")
    parser.add_argument("--list", action="store_true", help="print the questions the other material answered")
    args = parser.parse_args(argv)
    files = [Path(f) for f in args.files] or question_files(args.split)
    questions: dict[str, list[str]] = {"om": [], "association": []}
    for path in files:
        questions[home(path)] += [entry.question for entry in read_question_file(path)]
    with tempfile.TemporaryDirectory() as folder:
        indexes = {"om": om_index(Path(folder)), "association": association_index(Path(folder))}
        results = [ask_elsewhere(name, asked, indexes[OTHER[name]]) for name, asked in questions.items() if asked]
    print("\n".join(table(results)))
    if args.list:
        for r in results:
            print(f"\nBesvaret af {OTHER[r.home]} ({r.home}-spørgsmål; * nævner sin egen organisation):")
            print("\n".join(f"  {'*' if q in r.answered_named else ' '} {q}" for q in r.answered))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
