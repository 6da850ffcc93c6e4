"""The answerability model's training questions are made to look like a visitor's, and its operating
point weighs a wrong answer above a decline (benchmarks/answerability_kinds.py, answerability_train.py)."""
from __future__ import annotations

import random
import re

import numpy as np
import pytest

from benchmarks.answerability_kinds import GREETINGS, SCENES, THANKS, chatty_variant, short_variant, typo_variant
from benchmarks.answerability_train import cheapest_point, matching_point

QUESTION = "Hvor mange lindetrær ble plantet i parken?"


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold())


@pytest.mark.parametrize("seed", range(8))
def test_a_hasty_visitor_misspells_one_longer_word_and_skips_case_and_question_mark(seed):
    typed = typo_variant(QUESTION, random.Random(seed))
    assert typed == typed.casefold() and not typed.endswith("?")
    changed = [(a, b) for a, b in zip(_words(QUESTION), _words(typed)) if a != b]
    assert len(_words(typed)) == len(_words(QUESTION)) and len(changed) == 1
    original, slip = changed[0]
    assert len(original) >= 5 and slip[0] == original[0]


def test_a_word_with_æ_ø_or_å_is_written_without_them():
    typed = typo_variant("Hvornår blev foreningen stiftet?", random.Random(3))
    assert typed is not None and not set("æøå") & set(typed)
    assert typo_variant("Hvem er du?", random.Random(1)) is None   # no word long enough to slip


@pytest.mark.parametrize("seed", range(6))
def test_a_chatty_visitor_wraps_the_whole_question_in_a_greeting_and_maybe_a_scene_and_thanks(seed):
    wrapped = chatty_variant(QUESTION, random.Random(seed))
    greeting = next(g for g in GREETINGS if wrapped.startswith(g))
    scene, _, thanks = wrapped[len(greeting):].partition(QUESTION)
    assert scene in SCENES and thanks in THANKS


def test_a_visitor_in_a_hurry_types_only_the_questions_two_most_telling_words():
    # General Norwegian knows "lindetrær" least and "plantet" next; the question word and the
    # everyday words go, and the two kept stay in the question's order.
    assert short_variant(QUESTION) == "Lindetrær plantet?"
    assert short_variant("Når ble Norsk Hydro grunnlagt?") == "Hydro grunnlagt?"


def test_a_question_no_longer_than_its_short_form_has_no_short_variant():
    assert short_variant("Hvem er du?") is None
    assert short_variant("Hvem eier Equinor?") is None


def test_the_operating_point_moves_up_when_a_wrong_answer_costs_more_than_a_decline():
    # Four answerable questions and four without an answer, by the model's probability.
    probs = np.array([0.3, 0.45, 0.6, 0.9, 0.1, 0.2, 0.5, 0.55])
    answerable = np.array([1, 1, 1, 1, 0, 0, 0, 0])
    # Half the questions without an answer, as here. As costly as a decline: answering from 0.3
    # lets two wrong answers in and declines none, as cheap as declining two from 0.6. At twice the
    # cost only 0.6 is that cheap.
    assert cheapest_point(probs, answerable, 1.0, share=0.5) == 0.3
    assert cheapest_point(probs, answerable, 2.0, share=0.5) == 0.6
    # Where one question in four has no answer, as visitors ask, a wrong answer is rarer than a
    # decline would be, and twice the cost still answers from 0.3.
    assert cheapest_point(probs, answerable, 2.0, share=0.25) == 0.3


# A fictional article and thesaurus: the annotator's question shares its words with the article.
ARTICLE = "Kommunen plantet 40 lindetrær i parken i fjor. Arbeidet ble betalt av et fond."
THESAURUS = {"plantet": {"satt"}, "parken": {"hagen"}, "betalt": {"finansiert", "plantet"}}


def test_a_training_question_is_put_in_other_words_by_swapping_an_everyday_word_for_a_synonym():
    from assistant.language.analysis import default_analyzer
    from benchmarks.answerability_paraphrase import paraphrase_variant

    analyzer = default_analyzer()
    question = "Hvor mange lindetrær ble plantet i parken?"
    seen = {paraphrase_variant(question, ARTICLE, analyzer, random.Random(seed),
                               synonyms=lambda w: THESAURUS.get(w, set())) for seed in range(12)}
    # One everyday word swapped for a synonym the article lacks; "lindetrær", the rarest, never.
    assert seen <= {"Hvor mange lindetrær ble satt i parken?", "Hvor mange lindetrær ble plantet i hagen?"}
    assert seen
    # A synonym the article holds is no paraphrase of it.
    assert paraphrase_variant("Hvem betalt arbeidet?", ARTICLE, analyzer, random.Random(0),
                              synonyms=lambda w: {"plantet"}) is None


def test_a_new_model_is_compared_with_the_shipped_one_at_the_same_share_of_false_declines():
    answerable = np.array([1, 1, 1, 1, 0, 0, 0, 0])
    # The shipped model at 0.3 declines one answerable example of four.
    shipped = np.array([0.2, 0.4, 0.6, 0.9, 0.1, 0.35, 0.5, 0.7])
    # The new model's scale is another: the highest threshold that still declines only one is 0.45,
    # where it answers one unanswerable example (0.5) instead of the shipped model's three.
    new = np.array([0.1, 0.45, 0.55, 0.8, 0.05, 0.2, 0.3, 0.5])
    assert matching_point(new, answerable, shipped, 0.3) == 0.45
