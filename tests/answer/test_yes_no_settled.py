"""Round forty-one: a yes/no question is settled by the sentence that goes on with the fact found.

A visitor asks "Har medlemmernes plantning indhentet de træer, der er blevet fældet?". The publication
says "Siden foreningen blev stiftet, har medlemmerne plantet 14.300 træer …" and, right after, "Det svarer
dog kun til omkring en tiendedel af de træer, byerne har mistet i samme periode." The answer quoted the
count alone: the sentence after speaks of it by a pronoun, but it was added only when it held a word of
the question the count lacked, and this one says "mistet" where the visitor says "fældet". A yes/no
question is answered by what the text goes on to say of the fact, whatever its words; a question asking
for something else ("Hvor mange …?") is answered by the count.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_choice import asks_yes_no


@pytest.mark.parametrize("question", [
    "Har medlemmerne fået plantet træer nok til at veje op for dem, der blev fældet?",
    "Has the members' planting made up for the trees the towns lost?",
])
def test_a_yes_no_question_about_the_planted_trees_is_told_what_they_amount_to(association, question):
    answer = ask(question, association)
    assert answer.answered and "14.300" in answer.answer and "tiendedel" in answer.answer, answer.answer


def test_a_question_for_the_count_is_answered_by_the_count_alone(association):
    answer = ask("Hvor mange træer har medlemmerne plantet?", association)
    assert answer.answered and "14.300" in answer.answer and "tiendedel" not in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "yes_no"), [
    ("Har I fået plantet nok træer?", True),
    ("Hej. Jeg bor i Vejle. Er der kommet flere træer?", True),
    ("Is the fee the same for students?", True),
    ("Hvor mange træer har I plantet?", False),
    ("Jeg bor i Vejle. Hvornår kommer byregnskabet?", False),
    ("How many trees have been planted?", False),
])
def test_a_yes_no_question_is_told_by_its_lack_of_a_question_word(question, yes_no):
    assert asks_yes_no(question) is yes_no
