"""Why the right passage is not the one an answer starts from: the realistic dev misses whose expected
passage is among the best five, with each candidate's figures, grouped by why the first beat it.

Usage (from the repository root):
  python -m benchmarks.top_passages                 # alle-dev, every miss and the groups
  python -m benchmarks.top_passages --split dev6a   # one dev split
  python -m benchmarks.top_passages --groups        # only the count per group

For each candidate: its BM25 score, the answerability model's probability (G: a gate declines it),
the coverage of the question by corpus weight and by general-language rarity, its best sentence's
coverage, the kinds of fact asked that it holds (time/number/name, 1 = held or not asked), its
length, and the question words it matches. Tune on dev splits only.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from assistant.answer.answerability import asked_types, focus_term, load_model, name_terms, signals
from assistant.answer.compose import clean_question, distinct_hits, find_hits
from assistant.answer.definitions import definition_first
from assistant.answer.reading import read_question
from assistant.answer.retrieve import Hit, analyse_query
from assistant.language.background import term_rarity, unknown_term_rarity
from assistant.quality.evaluation import evaluate
from assistant.quality.question_file import read_question_file
from benchmarks.passage_order import holds_expected
from benchmarks.realistic_eval import DEV_SPLITS, association_index, index_for, om_index, question_files

DEPTH = 5
SPLITS = ("alle-dev", *DEV_SPLITS)

DECLINED_FIRST = "afvist, skønt den rigtige passage er [1]"
KIND_MISSING = "den rigtige mangler den spurgte slags faktum (et tjek afviser den)"
COMMON_WORD = "[1] har ikke spørgsmålets sjældneste ord; den rigtige har"
LENGTH = "samme ord, [1] er kortere (længdenormalisering)"
MORE_WORDS = "[1] dækker mere af spørgsmålet"
SAME_WORDS = "samme ord, [1] scorer højere (hyppighed, overskrift)"
OTHER = "andet: den rigtige dækker mindst lige så meget"


@dataclass(frozen=True)
class Candidate:
    hit: Hit
    probability: float
    gated: bool
    general: float
    sentence: float
    kinds: str


def why(candidates: list[Candidate], right: int, focus: str | None) -> str:
    """Why the first candidate beat the expected one at position `right`."""
    first, found = candidates[0], candidates[right]
    if right == 0:
        return DECLINED_FIRST
    if found.gated and not first.gated:
        return KIND_MISSING
    if focus is not None and focus in found.hit.matched and focus not in first.hit.matched:
        return COMMON_WORD
    if first.hit.matched == found.hit.matched:
        return LENGTH if len(first.hit.chunk.text) < len(found.hit.chunk.text) else SAME_WORDS
    if first.hit.coverage > found.hit.coverage:
        return MORE_WORDS
    return OTHER


def label(hit: Hit) -> str:
    if hit.chunk.paragraph:
        return f"§ {hit.chunk.paragraph}" + (f", stk. {hit.chunk.stk}" if hit.chunk.stk else "")
    return hit.chunk.url.rsplit("/", 1)[-1] or hit.chunk.url


def candidates_of(index, question: str) -> tuple[list[Candidate], str | None]:
    """The best passages for a question as the answer weighs them, and its focus word."""
    model = load_model()
    text = clean_question(question)
    reading = read_question(index, text)
    query = analyse_query(index, reading.text, reading.alternatives, reading.put)
    if query.reference is not None:
        return [], None
    hits, _ = definition_first(index, text, distinct_hits(index, find_hits(index, query)))
    rarity = term_rarity(index.analyzer, reading.text)
    names = name_terms(index.analyzer, reading.text)
    unknown = unknown_term_rarity(index.analyzer, reading.text)
    asks = asked_types(reading.text).either(asked_types(text))
    focus = focus_term(query.groups, {g.term: rarity.get(g.term, 1.0) for g in query.groups})
    out = []
    for rank in range(min(DEPTH, len(hits))):
        found = signals(index, query, hits, rank, rarity, names, asks, unknown)
        values = found.as_dict()
        probability, gated = model.judged(found)
        out.append(Candidate(hits[rank], probability, gated, values["general_coverage"],
                             values["sentence_coverage"],
                             "".join(str(int(values[k])) for k in ("time_found", "quantity_found", "person_found"))))
    return out, focus.term if focus else None


def misses(split: str):
    """(file, question, kinds, answered, position of the expected passage, candidates, group) per
    answerable miss whose expected passage is among the best DEPTH."""
    folder = Path(tempfile.mkdtemp())
    indexes = {"om": om_index(folder), "association": association_index(folder)}
    for path in question_files(split):
        index = index_for(path, indexes)
        items = read_question_file(path)
        for item, outcome in zip(items, evaluate(index, items).outcomes):
            if item.expected is None or outcome.rank == 1:
                continue
            candidates, focus = candidates_of(index, item.question)
            right = next((i for i, c in enumerate(candidates) if holds_expected(item.expected, c.hit)), None)
            if right is not None:
                yield (path.name, item.question, item.kinds, outcome.answered, right, candidates,
                       why(candidates, right, focus))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="alle-dev", help="which dev split (default: alle-dev)")
    parser.add_argument("--groups", action="store_true", help="print only the count per group")
    args = parser.parse_args(argv)
    groups: Counter = Counter()
    for name, question, kinds, answered, right, candidates, group in misses(args.split):
        groups[group] += 1
        if args.groups:
            continue
        print(f"\n{name} [{','.join(kinds)}] {question!r}: den rigtige er [{right + 1}], "
              f"{'besvaret' if answered else 'afvist'} — {group}")
        for i, c in enumerate(candidates):
            print(f"  {'*' if i == right else ' '}[{i + 1}] bm25={c.hit.score:5.2f} p={c.probability:.2f}"
                  f"{' G' if c.gated else '  '} dækning={c.hit.coverage:.2f} generelt={c.general:.2f} "
                  f"sætning={c.sentence:.2f} slags={c.kinds} længde={len(c.hit.chunk.text)} "
                  f"{label(c.hit)} ord={','.join(sorted(c.hit.matched))}")
    print(f"\n{'gruppe':<64} antal")
    for group, count in groups.most_common():
        print(f"{group:<64} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
