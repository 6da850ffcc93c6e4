"""Where a gate looks for the asked fact: the answering sentence and the nearest real sentence on
each side, a statute's marks ("Stk. 2.", "3.") skipped, a list item given the stop it lacks.

The gates read this for every passage they weigh, so only the sentences beside the answering one
are read; the text is the one reading every sentence of the passage gives (the regular
expressions it was first written with are the reference here)."""
from __future__ import annotations

import random
import re

from assistant.answer.fact_kinds import _LABEL_ONLY, neighbourhood


def every_sentence_read(found, best):
    # The first formulation: every sentence matched, the stop put by a regular expression.
    if best < 0:
        return ""
    real = [i for i, (s, _) in enumerate(found) if i == best or not _LABEL_ONLY.match(s)]
    at = real.index(best)
    return " ".join(re.sub(r"(?<=[^\W_])$", r"\g<0>.", found[i][0].rstrip()) for i in real[max(0, at - 1):at + 2])


def sentences(*texts):
    return tuple((t, ()) for t in texts)


def test_the_marks_between_are_skipped_and_a_list_item_gets_its_stop():
    found = sentences("Stk. 2.", "Generalforsamlingen vælger:", "3.", "Valg af dirigent", "Stk. 3.",
                      "Bestyrelsens beretning ", "4.")
    assert neighbourhood(found, 3) == "Generalforsamlingen vælger: Valg af dirigent. Bestyrelsens beretning."
    assert neighbourhood(found, 0) == "Stk. 2. Generalforsamlingen vælger:"
    assert neighbourhood(found, 6) == "Bestyrelsens beretning. 4."
    assert neighbourhood(found, -1) == ""


def test_the_text_is_the_one_reading_every_sentence_gives():
    rng = random.Random(16)
    pieces = ["Stk. 2.", "3.", "§ 4", "•", "-", "Valg af dirigent", "1.412 medlemmer", "Hvad så?", "tal ½", "x²",
              "Ærø", "løbet_", "ende\n", "tab\t", "", "12.", "Zürich", "1990"]
    endings = ["", " ", ".", "!", "\u00a0", "_", "ø", "9", "\u2028"]
    for _ in range(3000):
        found = sentences(*(rng.choice(pieces) + rng.choice(endings) for _ in range(rng.randint(1, 8))))
        best = rng.randrange(-1, len(found))
        assert neighbourhood(found, best) == every_sentence_read(found, best)
