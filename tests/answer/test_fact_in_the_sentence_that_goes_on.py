"""Round thirty-nine: the fact stands in the sentence that goes on from the one sharing the question's words.

A visitor asks whether the members' 14,300 trees make up for those the towns have lost; the figure stands in
one sentence, the answer in the next, which speaks of it as "Det" ("Det svarer dog kun til omkring en
tiendedel af de træer, byerne har mistet …") and holds few of the question's words. A visitor who asks only
how many trees were planted is told the figure alone.

A visitor asks what the publication is built on; the sentence sharing the words says "tre kilder", and the
sources themselves follow it as a numbered list, which is told with it. Asked when the data were gathered,
the visitor is told the sentence alone.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask


@pytest.mark.parametrize("question", [
    "Er 14.300 træer nok til at erstatte dem, byerne har tabt?",
    "Har medlemmerne plantet nok træer til at dække det, byerne har mistet?",
])
def test_whether_the_planted_trees_make_up_for_the_lost_is_told_by_the_sentence_after(association, question):
    answer = ask(question, association)
    assert "14.300" in answer.answer and "tiendedel" in answer.answer, answer.answer


def test_the_sentence_after_is_left_out_when_it_adds_none_of_the_question(association):
    answer = ask("Hvor mange træer har medlemmerne plantet?", association)
    assert "14.300" in answer.answer and "tiendedel" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Hvad bygger publikationen på?",
    "Apart from the survey and interviews, what data is the study based on?",
])
def test_what_the_publication_is_built_on_is_told_with_its_numbered_list(association, question):
    answer = ask(question, association)
    assert "tre kilder" in answer.answer and "Luftfotos" in answer.answer, answer.answer


def test_a_time_asked_of_the_list_lead_is_told_without_the_list(association):
    answer = ask("Hvornår blev data indsamlet?", association)
    assert "september 2024" in answer.answer and "Luftfotos" not in answer.answer, answer.answer


def test_the_sentence_after_already_told_as_the_share_asked_is_told_once(association):
    # "Hvor meget af det, … har tabt, …?" finds "Det svarer dog kun til omkring en tiendedel …" as the share asked.
    answer = ask("Hvor meget af det, byerne har tabt af træer, har medlemmerne nået at plante igen?", association)
    assert answer.answer.count("tiendedel") == 1, answer.answer
