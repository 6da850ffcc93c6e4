"""Round forty: the visitor names what they know and asks what else there is; a why-question gets both reasons.

A visitor asks "Ud over at skrive analyser, hvad laver I så ellers …?", "hvilke firmaer var med …
udover banken" or "Ud over at plante træer …, hvad gør foreningen så ellers …?". The words after "ud
over" name what the visitor already has, and the sentence sharing them was the whole answer. What else
there is stands beside it: the sentence after ("Vi igangsætter konkrete udviklingsprojekter …"), the
same sentence when the thing set aside is one of a coordination ("… Danske Andelskassers Bank, Jøp, Ove &
Myrthu …") or the list items after it (§ 2's "samle lokale grupper i et landsdækkende netværk"). "Ud over"
as "across" ("spredt ud over landet") or "at the expense of" ("går ud over naturen") sets nothing aside.

A visitor asks "hvorfor kæmper I for hele landet?": the section gives two reasons, each opening a passage
("…, fordi det er vigtigt, at vores land hænger sammen." and "…, fordi det vil sikre et rigere Danmark."),
and the answer told one of them beside a sentence that only shares words, or beside a conclusion
("Derfor er kampen …"), which gives no reason itself.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.set_aside import set_aside_span


@pytest.mark.parametrize(("question", "fact"), [
    ("Ud over at skrive analyser, hvad laver I så ellers helt konkret ude i landet?", "udviklingsprojekter"),
    ("hvem kom ellers med i 2018 udover navneskiftet", "Staten i hele Danmark"),
    ("hvilke firmaer var med fra starten i 2014 udover banken", "Jøp"),
])
def test_what_else_besides_the_thing_named_is_told_from_the_om_page(bundled_index, question, fact):
    answer = ask(question, bundled_index)
    assert answer.answered and fact in answer.answer, answer.answer


def test_the_other_purposes_of_the_association_are_told_besides_the_one_named(association):
    answer = ask("Ud over at plante træer og lave små parker, hvad gør foreningen så ellers for sit formål?",
                 association)
    assert "landsdækkende netværk" in answer.answer and "byhaver" in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "phrase"), [
    ("Ud over at skrive analyser, hvad laver I så ellers?", "Ud over at skrive analyser"),
    ("hvilke firmaer var med fra starten udover banken", "udover banken"),
    ("Apart from the bank, who else backed the launch?", "Apart from the bank"),
    ("Hvad gør I ude i de enkelte egne, ud over at skrive rapporter?", "ud over at skrive rapporter"),
])
def test_the_phrase_set_aside_is_read_from_the_question(question, phrase):
    span = set_aside_span(question)
    assert span is not None and question[span[0]:span[1]] == phrase


@pytest.mark.parametrize("question", [
    "Hvordan vil I sprede magten ud over landet?",
    "Hejsa! Hvorfor går det ud over træerne i byerne?",
    "Hvor mange storbyer er det, I vil have politikerne til at se ud over?",
    "Hvad gør I for at styrke hele landet?",
])
def test_ud_over_as_across_or_at_the_expense_of_sets_nothing_aside(question):
    assert set_aside_span(question) is None


def test_a_question_without_a_thing_set_aside_is_answered_as_before(bundled_index):
    answer = ask("Hvilke slags undersøgelser laver I?", bundled_index)
    assert "udviklingstendenser" in answer.answer and "udviklingsprojekter" not in answer.answer, answer.answer


def test_why_the_association_fights_for_the_whole_country_is_told_with_both_reasons(bundled_index):
    answer = ask("hvorfor kaemper i for hele landet", bundled_index)
    assert "hænger sammen" in answer.answer and "rigere Danmark" in answer.answer, answer.answer
    assert "Derfor er kampen" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Hvem var ellers med bag Danmark på Vippen ud over kommunerne?",
    "hvem var med bag initativet udover kommunerne",
])
def test_the_thing_set_aside_within_a_list_is_answered_by_that_list_alone(bundled_index, question):
    answer = ask(question, bundled_index)
    assert "Jøp" in answer.answer and "Målet var" not in answer.answer, answer.answer


def test_a_sentence_that_names_the_thing_set_aside_and_the_thing_asked_is_answer_enough(association):
    answer = ask("Apart from saving money, what health benefits do you expect?", association)
    assert "sundhed" in answer.answer and "byregnskab" not in answer.answer, answer.answer


def test_in_the_statutes_what_else_stays_within_the_stk_that_answers(association):
    answer = ask("Udover bestyrelsesmedlemmerne, vælger generalforsamlingen så andre til bestyrelsen?", association)
    assert "suppleanter" in answer.answer and "beslutningsdygtig" not in answer.answer, answer.answer
