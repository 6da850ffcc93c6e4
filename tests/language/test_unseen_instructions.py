"""The new-question benchmark's count of SymSpell look-ups: what it times is what a typo costs."""
from __future__ import annotations

import pytest

from assistant.language import spelling
from assistant.language.spelling import SpellingCorrector
from benchmarks.unseen_instructions import symspell_cost


def test_a_typo_the_material_lacks_is_one_symspell_lookup_and_a_known_word_none():
    corrector = SpellingCorrector.from_words(["vedtægter", "generalforsamling", "bestyrelse"] * 3)
    found = []
    lookups, seconds = symspell_cost(lambda: found.extend([corrector.suggest("generalforsamlnig"),
                                                          corrector.suggest("bestyrelse")]))
    assert found[0].correction == "generalforsamling" and found[1] is None
    assert lookups == 1 and seconds >= 0.0


def test_the_timed_lookup_is_put_back_even_when_the_run_fails():
    plain = spelling.closest

    def failing() -> None:
        raise RuntimeError("the run stopped")

    with pytest.raises(RuntimeError):
        symspell_cost(failing)
    assert spelling.closest is plain
