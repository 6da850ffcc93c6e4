"""Which step declined each answerable question, and what answered each unanswerable one.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.answerability_causes [--split alle-dev|dev12b|…] [--list] [--json]

Each false decline on the realistic dev sets is sorted by the first step of the answer path that
declined it, as the decision itself recorded it (compose.ask's trace, assistant/answer/decision_trace.py):

  retrieval        nothing found, the right passage not among the candidates, or found but not
                   weighed (below the third, or under half the best score)
  asked_thing      a thing the question asks about is named nowhere (asked_thing.lacks_asked_thing)
  gate:NAME        the right passage is weighed and a kind-of-fact gate declines it (Signals)
  model            the right passage is weighed, no gate declines it, the model is below the
                   threshold and neither the fallback nor the anchor takes it (fallback.py)
  gated_best       the right passage is below the best and clears the model, but the best one, which
                   the model finds likelier, is declined by a gate: fallback.leading then takes the
                   question to be about what the best one lacks, and no passage below answers
  sentences        a passage answers, but no sentence is chosen
  small_talk       the question was read as small talk

A message of two questions is counted as the channels answer it (conversation.ask): each question
answered when both have an answer ("two_questions"), else the message as one, whose step is replayed.

Each unanswerable question that was answered is sorted by what answered it: the best passage
(model at or above the threshold), a passage below it (fallback), the anchor, a definition or a §
quoted. It reads the dev sets only (tune on them; test and holdout are for reporting).
"""
from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from assistant.answer.answerability import load_model
from assistant.answer.compose import ask, clean_question
from assistant.answer.conversation import ask as ask_in_conversation
from assistant.answer.decision_trace import ANSWERED, ASKED_THING, DECLINED, NO_HITS, REFERENCE, DecisionTrace
from assistant.answer.fallback import FALLBACK_FLOOR
from assistant.answer.small_talk import is_small_talk
from assistant.answer.two_questions import question_parts
from assistant.index.bm25 import Index
from assistant.quality.evaluation import Source, matches
from assistant.quality.question_file import STATUTE_SOURCE, read_question_file
from benchmarks.realistic_eval import DEV_SPLITS, association_index, index_for, om_index, question_files


def _rank(expected: str, hits) -> int | None:
    """The rank of the first hit that is the expected source; a passage of a whole § holds its stk."""
    statute = STATUTE_SOURCE.match(expected)
    stk = statute["stk"] if statute else ""
    return next((i for i, h in enumerate(hits)
                 if matches(expected, Source(h.chunk.url, h.chunk.paragraph, h.chunk.stk or stk or ""))), None)


def cause(trace: DecisionTrace, expected: str | None) -> dict:
    """The step of the answer path that declined a question, or what answered it, read from the
    decision's own record (compose.ask's trace): the right passage's rank among the candidates, and
    for a decline by the decision whether it was not weighed, a gate or the model."""
    rank = _rank(expected, trace.hits) if expected and trace.hits else None
    out = {"rank": rank, "judged": [(round(p, 3), g) for p, g in trace.judged]}
    if trace.step == REFERENCE:
        return {**out, "step": "reference"}
    if trace.step == NO_HITS:
        return {**out, "step": "retrieval", "detail": "intet fundet"}
    if trace.step == ASKED_THING:
        return {**out, "step": "asked_thing"}
    if trace.step == DECLINED:
        if rank is None:
            return {**out, "step": "retrieval", "detail": "ikke blandt kandidaterne"}
        if rank >= len(trace.judged):
            return {**out, "step": "retrieval", "detail": f"fundet som nr. {rank + 1}, ikke vejet"}
        if trace.gates_failed[rank]:
            return {**out, "step": "gate:" + ",".join(trace.gates_failed[rank])}
        p = trace.judged[rank][0]
        # A passage below the best that the model would answer from is held back by the best one's
        # gate (fallback.leading), not by the model: counted apart, as the model cannot change it.
        if rank and p >= min(load_model().threshold, FALLBACK_FLOOR) and trace.judged[0][1] \
                and trace.judged[0][0] >= p:
            return {**out, "step": "gated_best", "p": round(p, 3)}
        return {**out, "step": "model", "p": round(p, 3)}
    lead = trace.lead or 0
    out.update(answered_by=trace.answered_by, lead=lead,
               p=round(trace.judged[lead][0], 3) if lead < len(trace.judged) else None)
    return {**out, "step": "answered" if trace.step == ANSWERED else "sentences"}


def classify(files: list[Path], indexes: dict) -> list[dict]:
    """Every question's outcome (as the product answers it) with its replayed step."""
    rows = []
    for f in files:
        index = index_for(f, indexes)
        for item in read_question_file(f):
            if is_small_talk(index, clean_question(item.question)):
                rows.append({"file": f.name, "question": item.question, "expected": item.expected,
                             "kinds": list(item.kinds), "step": "small_talk",
                             "answered": ask_in_conversation(item.question, index).answered})
                continue
            trace = DecisionTrace()
            answered = ask(item.question, index, trace=trace).answered
            answered, r = as_the_channels_answer(item.question, answered, cause(trace, item.expected),
                                                 lambda q=item.question: ask_in_conversation(q, index).answered)
            rows.append({"file": f.name, "question": item.question, "expected": item.expected,
                         "kinds": list(item.kinds), "answered": answered, **r})
    return rows


def as_the_channels_answer(question: str, answered: bool, step: dict,
                           in_conversation: Callable[[], bool]) -> tuple[bool, dict]:
    """(answered, step) of a message as the visitor gets it. The channels answer a message of two
    questions one by one when both have an answer (two_questions.py, in conversation.ask), the
    message as one, as compose.ask did here, otherwise: a message it declined is asked again as the
    channels ask it, and an answer there is counted as the parts' ("two_questions")."""
    if answered or question_parts(clean_question(question)) is None:
        return answered, step
    if not in_conversation():
        return False, step
    return True, {**step, "step": "answered", "answered_by": "two_questions"}


def summary(rows: list[dict]) -> list[str]:
    declines = [r for r in rows if r["expected"] is not None and not r["answered"]]
    wrongly = [r for r in rows if r["expected"] is None and r["answered"]]
    lines = [f"falske afvisninger: {len(declines)}"]
    steps = Counter(r["step"] + (f" ({r['detail']})" if r.get("detail") else "") for r in declines)
    lines += [f"  {n:>4}  {step}" for step, n in steps.most_common()]
    lines.append(f"besvarede uden svar: {len(wrongly)}")
    lines += [f"  {n:>4}  {how}" for how, n in Counter(r.get("answered_by", r["step"]) for r in wrongly).most_common()]
    return lines


def dev_set_rows(argv: list[str] | None, description: str, list_help: str,
                 survey: Callable[[list[Path], dict[str, Index]], list[dict]]
                 ) -> tuple[argparse.Namespace, list[dict] | None]:
    """The dev-set surveys' command line (--split, --list, --json): `survey` run over the split's
    question files against the Om page's and the association's indexes. With --json the rows are
    printed here and None is returned in their place."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--split", choices=(*DEV_SPLITS, "alle-dev"), default="alle-dev")
    parser.add_argument("--list", action="store_true", help=list_help)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        indexes = {"om": om_index(folder), "association": association_index(folder)}
        rows = survey(question_files(args.split), indexes)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return args, None
    return args, rows


def main(argv: list[str] | None = None) -> int:
    args, rows = dev_set_rows(argv, __doc__.splitlines()[0], "list every false decline and wrong answer",
                              classify)
    if rows is None:
        return 0
    print("\n".join(summary(rows)))
    if args.list:
        for r in rows:
            if (r["expected"] is not None) != r["answered"]:
                print(f"{r['step']:<28} {r.get('answered_by', ''):<10} {r.get('rank')} {r.get('judged')} "
                      f"{r['question']} | {r['expected']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
