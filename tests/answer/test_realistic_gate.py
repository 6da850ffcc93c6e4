"""CI gate: the realistic test split (questions nobody tuned on) must not get worse.

Each organisation's material is its own index, as a deployment serves one organisation: the Om
questions are asked of the bundled corpus, the statutes and publication questions of the fictional
association's statutes page and publication PDF. The floors are the figures measured when the
answerability model landed, raised to those measured after compound heads, lossy æ/ø/å and the
price and role-holder gates, again after the stk. choice, particle verbs and English compounds, and after the gates for
the priced thing, "hvilke X?", a statute's own numbering and relative times, and after the work on
everyday, English and chatty questions, after the choice of the sentence that holds the asked
kind of fact, and after lemmas told stems apart and found the thesaurus's headwords, and set to
those measured after the reading of chatty messages (Om one question down, statutes one up), and
set to those measured after the statutes' derivations and the asked-thing check were merged
(statutes hit@1 as before, publication one answer down, declines up: statutes 0.60 → 1.00,
publication 0.50 → 0.67), and after the sentence that states the asked kind of fact (a count of
the noun asked, a time, a superlative) and the § whose title the question names (publication
0.68 / 0.57 → 0.73 / 0.63), and after the statutes' other stems of one lemma and the members'
phrases read in their dictionary forms (statutes fact 0.52 → 0.56), and after English words
reached the material through the Norwegian and Swedish dictionaries (publication 0.73 / 0.63 →
0.78 / 0.68), and on the tree where all of that was merged (statutes hit@1 0.56 → 0.60), and
after calendar times, the opposite particle and the first stk. were merged (statutes 0.60 / 0.56 →
0.68 / 0.64)
(benchmarks/realistic_eval.py --split test); they guard against a regression. They are below the targets the quality work aims at (right passage first 0.90, the fact
in the answer 0.85, correct declines 0.95), which are not reached yet.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import REPO_ROOT
from tests.support.answer_snapshot import write_materials

SETS = Path(__file__).parents[1] / "data" / "realistic"

# material: (hit@1, fact in the answer, correct declines) measured on the test split
FLOORS = {
    "om": (0.84, 0.68, 0.77),
    "statutes": (0.68, 0.64, 1.00),
    "publication": (0.78, 0.68, 0.66),
}


@pytest.fixture(scope="module")
def indexes(tmp_path_factory) -> dict[str, Path]:
    return write_materials(tmp_path_factory.mktemp("realistic"))


@pytest.mark.parametrize("material", sorted(FLOORS))
def test_the_realistic_test_split_keeps_its_figures(indexes, material):
    hit1, fact, declined = FLOORS[material]
    index = indexes["om" if material == "om" else "association"]
    run = subprocess.run(
        [sys.executable, "-m", "assistant", "evaluate", str(SETS / f"{material}_test.tsv"),
         "--index", str(index), "--min-hit1", str(hit1), "--min-fact", str(fact),
         "--min-declined", str(declined)],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
