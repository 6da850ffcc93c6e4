"""Which step declined each answerable question, and what answered each unanswerable one.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.answerability_causes [--split alle-dev|dev12b|…] [--list] [--json]

Each false decline on the realistic dev sets is sorted by the first step of the answer path that
declined it (assistant/answer/compose.py), replayed on the question's own reading:

  retrieval        nothing found, the right passage not among the candidates, or found but not
                   weighed (below the third, or under half the best score)
  asked_thing      a thing the question asks about is named nowhere (asked_thing.lacks_asked_thing)
  gate:NAME        the right passage is weighed and a kind-of-fact gate declines it (Signals)
  model            the right passage is weighed, no gate declines it, the model is below the
                   threshold and neither the fallback nor the anchor takes it (fallback.py)
  sentences        a passage answers, but no sentence is chosen
  small_talk       the question was read as small talk

Each unanswerable question that was answered is sorted by what answered it: the best passage
(model at or above the threshold), a passage below it (fallback), the anchor, a definition or a §
quoted. It reads the dev sets only (tune on them; test and holdout are for reporting).
"""
from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from assistant.answer.answerability import ABSENT_RARE_GATE, load_model, name_terms, signals
from assistant.answer.asked_thing import holds_every_thing, lacks_asked_thing
from assistant.answer.compose import answerable_hits, clean_question, distinct_hits, find_hits, weighed_hits
from assistant.answer.conversation import ask
from assistant.answer.definitions import definition_first
from assistant.answer.fact_kinds import asked_types
from assistant.answer.reading import read_question
from assistant.answer.retrieve import analyse_query
from assistant.answer.sentence_choice import pick_sentences
from assistant.answer.small_talk import is_small_talk
from assistant.language.background import term_rarity, unknown_term_rarity
from assistant.quality.evaluation import Source, matches
from assistant.quality.question_file import STATUTE_SOURCE, read_question_file
from benchmarks.realistic_eval import DEV_SPLITS, association_index, index_for, om_index, question_files


def _fails(name: str, s, values: dict) -> bool:
    """Whether one gate of the model declines a passage's signals (AnswerabilityModel.gated, by name)."""
    if name == "absent_rare":
        return s.absent_rare >= ABSENT_RARE_GATE
    return not (values[name] if name in values else getattr(s, name))


def _rank(expected: str, hits) -> int | None:
    """The rank of the first hit that is the expected source; a passage of a whole § holds its stk."""
    statute = STATUTE_SOURCE.match(expected)
    stk = statute["stk"] if statute else ""
    return next((i for i, h in enumerate(hits)
                 if matches(expected, Source(h.chunk.url, h.chunk.paragraph, h.chunk.stk or stk or ""))), None)


def replay(index, question: str, expected: str | None) -> dict:
    """The answer path replayed step by step for one question (compose.answer_hits, compose.compose)."""
    text = clean_question(question)
    if is_small_talk(index, text):
        return {"step": "small_talk"}
    reading = read_question(index, text)
    query = analyse_query(index, reading.text, reading.alternatives)
    hits = find_hits(index, query)
    searched = reading.text
    if query.reference is not None and hits and hits[0].chunk.paragraph == query.reference.paragraph:
        return {"step": "reference", "rank": _rank(expected, hits) if expected else None}
    if query.reference is None and reading.asked:
        asked, english = reading.asked, False
    else:
        asked, english = text, reading.english
    hits, definition = definition_first(index, asked, distinct_hits(index, hits))
    rank = _rank(expected, hits) if expected else None
    out = {"rank": rank, "english": reading.english}
    if not hits:
        return {**out, "step": "retrieval", "detail": "intet fundet"}
    if lacks_asked_thing(index, searched or asked, query, asked, english):
        return {**out, "step": "asked_thing"}
    model = load_model()
    weighed_text = searched or asked
    rarity = term_rarity(index.analyzer, weighed_text)
    names = name_terms(index.analyzer, weighed_text)
    unknown = unknown_term_rarity(index.analyzer, weighed_text)
    asks = tuple(a or b for a, b in zip(asked_types(weighed_text), asked_types(asked)))
    near = weighed_hits(hits)
    focus = "focus_whole" in model.gates
    sigs = [signals(index, query, hits, r, rarity, names, asks, unknown, focus) for r in range(len(near))]
    judged = [model.judged(s) for s in sigs]
    out["judged"] = [(round(p, 3), g) for p, g in judged]
    answerable = answerable_hits(index, weighed_text, query, hits, model, asked=asked, fallback=True,
                                 anchor=lambda hit: holds_every_thing(index, weighed_text, query, hit.chunk_id,
                                                                      asked, english))
    if definition and not answerable:
        out["answered_by"] = "definition"
        answerable = hits[:1]
    if not answerable:
        if rank is None:
            return {**out, "step": "retrieval", "detail": "ikke blandt kandidaterne"}
        if rank >= len(near):
            return {**out, "step": "retrieval", "detail": f"fundet som nr. {rank + 1}, ikke vejet"}
        gates = [g for g in model.gates if _fails(g, sigs[rank], sigs[rank].as_dict())]
        if gates:
            return {**out, "step": "gate:" + ",".join(gates)}
        return {**out, "step": "model", "p": round(judged[rank][0], 3)}
    lead = near.index(answerable[0]) if answerable[0] in near else 0
    if "answered_by" not in out:
        p = judged[lead][0]
        out["answered_by"] = ("best" if lead == 0 else "fallback") if p >= model.threshold else \
            ("anchor" if lead == 0 else "anchor_below")
    out["p"] = round(judged[lead][0], 3)
    out["lead"] = lead
    chosen = pick_sentences(index, query, answerable[:3], definition, asked=asked)
    if not chosen:
        return {**out, "step": "sentences"}
    return {**out, "step": "answered"}


def classify(files: list[Path], indexes: dict) -> list[dict]:
    """Every question's outcome (as the product answers it) with its replayed step."""
    rows = []
    for f in files:
        index = index_for(f, indexes)
        for item in read_question_file(f):
            answered = ask(item.question, index).answered
            r = replay(index, item.question, item.expected)
            rows.append({"file": f.name, "question": item.question, "expected": item.expected,
                         "kinds": list(item.kinds), "answered": answered, **r})
    return rows


def summary(rows: list[dict]) -> list[str]:
    declines = [r for r in rows if r["expected"] is not None and not r["answered"]]
    wrongly = [r for r in rows if r["expected"] is None and r["answered"]]
    lines = [f"falske afvisninger: {len(declines)}"]
    steps = Counter(r["step"] + (f" ({r['detail']})" if r.get("detail") else "") for r in declines)
    lines += [f"  {n:>4}  {step}" for step, n in steps.most_common()]
    lines.append(f"besvarede uden svar: {len(wrongly)}")
    lines += [f"  {n:>4}  {how}" for how, n in Counter(r.get("answered_by", r["step"]) for r in wrongly).most_common()]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*DEV_SPLITS, "alle-dev"), default="alle-dev")
    parser.add_argument("--list", action="store_true", help="list every false decline and wrong answer")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        indexes = {"om": om_index(folder), "association": association_index(folder)}
        rows = classify(question_files(args.split), indexes)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
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
