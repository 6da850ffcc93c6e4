"""How well each of the model's signals tells the model's false declines from the unanswerable questions.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.answerability_separation [--split alle-dev|dev20a|…] [--json]

A signal can only lift the false declines the model makes (answerability_causes.py's "model": the
right passage weighed, no gate declining it, the model below its threshold) without answering more
unanswerable questions if the right passages of those questions score higher on it than the best
passages of the unanswerable ones. For each signal (answerability_signals.FEATURES) and for the model's
probability it prints the share of such pairs where the false decline scores higher (an AUC: 1 = the
signal always ranks the false decline above, 0.5 = no telling them apart, below 0.5 = the false
declines look *less* answerable), and the same for the right answers the model lets through, with
each group's mean. The signals are the decision's own (compose.ask's trace), not a replay.
It reads the dev sets only (tune on them; test and holdout are for reporting).
"""
from __future__ import annotations

import json
from pathlib import Path

from assistant.answer.answerability import FEATURES
from assistant.answer.compose import ask, clean_question
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.small_talk import is_small_talk
from assistant.index.bm25 import Index
from assistant.quality.question_file import read_question_file
from benchmarks.answerability_causes import cause, dev_set_rows
from benchmarks.realistic_eval import index_for

PROBABILITY = "probability"
GROUPS = ("false_declines", "right_answers", "unanswerable")


def survey(files: list[Path], indexes: dict[str, Index]) -> list[dict]:
    """Per question: which group it falls in and the signals of the passage that counts (the right one
    for an answerable question, the best for an unanswerable one); questions in no group are left out."""
    rows = []
    for f in files:
        index = index_for(f, indexes)
        for item in read_question_file(f):
            if is_small_talk(index, clean_question(item.question)):
                continue
            trace = DecisionTrace()
            answered = ask(item.question, index, trace=trace).answered
            step = cause(trace, item.expected)
            if item.expected is None:
                rank, group = 0, "unanswerable"
            elif not answered and step["step"] == "model":
                rank, group = step["rank"], "false_declines"
            elif answered and step.get("rank") is not None and step["rank"] == trace.lead:
                rank, group = step["rank"], "right_answers"
            else:
                continue
            if rank >= len(trace.signals) or trace.judged[rank][1]:
                continue  # not weighed, or declined by a gate whatever the model says
            values = trace.signals[rank].as_dict()
            values[PROBABILITY] = trace.judged[rank][0]
            rows.append({"group": group, "question": item.question, "signals": values})
    return rows


def auc(higher: list[float], lower: list[float]) -> float | None:
    """The share of pairs in which the first group's value is above the second's (ties count half)."""
    if not higher or not lower:
        return None
    wins = sum((a > b) + 0.5 * (a == b) for a in higher for b in lower)
    return wins / (len(higher) * len(lower))


def separation(rows: list[dict]) -> list[dict]:
    by_group = {g: [r["signals"] for r in rows if r["group"] == g] for g in GROUPS}
    out = []
    for name in (*FEATURES, PROBABILITY):
        values = {g: [s[name] for s in by_group[g]] for g in GROUPS}
        out.append({"signal": name,
                    "false_declines_vs_unanswerable": auc(values["false_declines"], values["unanswerable"]),
                    "right_answers_vs_unanswerable": auc(values["right_answers"], values["unanswerable"]),
                    **{f"mean_{g}": (sum(v) / len(v) if v else None) for g, v in values.items()}})
    return out


def _fmt(value: float | None) -> str:
    return "   –  " if value is None else f"{value:6.3f}"


def main(argv: list[str] | None = None) -> int:
    args, rows = dev_set_rows(argv, __doc__.splitlines()[0], "unused", survey)
    if rows is None:
        return 0
    table = separation(rows)
    if args.json:
        print(json.dumps(table, ensure_ascii=False, indent=1))
        return 0
    counts = {g: sum(r["group"] == g for r in rows) for g in GROUPS}
    print("falske afvisninger (modellen) {false_declines}, rigtige svar {right_answers}, "
          "uden svar (ikke afvist af en port) {unanswerable}".format(**counts))
    print(f"{'signal':<18} {'AUC fa/us':>9} {'AUC rs/us':>9}  {'middel fa':>9} {'rs':>6} {'us':>6}")
    for t in table:
        print(f"{t['signal']:<18} {_fmt(t['false_declines_vs_unanswerable']):>9} "
              f"{_fmt(t['right_answers_vs_unanswerable']):>9}  {_fmt(t['mean_false_declines']):>9} "
              f"{_fmt(t['mean_right_answers'])} {_fmt(t['mean_unanswerable'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
