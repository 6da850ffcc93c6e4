"""A visitor asks for an item of a list by its ordinal in a less usual frame.

"Hvad står der som det andet punkt, når årsmødets dagsorden gennemgås?" asks which item is the second,
as "Hvad er det andet punkt …?" does: "som" gives the role "hvad" asks for, and the statutes' list
names the item ("2. Bestyrelsens beretning") without the word "punkt". The subordinate clause ends
with its verb ("gennemgås"), which is no thing the material must name. The ordinal gate reads the
whole list the sentence holding the question's words introduces, not only the item beside it.
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_clause import clause_final_verbs
from assistant.answer.asked_thing import asked_things
from assistant.answer.asked_which import singled_out
from assistant.answer.compose import ask


@pytest.mark.parametrize("question, at", [
    ("Hvad står der som det andet punkt", 6),
    ("Hvad kommer som det sidste punkt på dagsordenen?", 5),
    ("Hvad gør I som de første?", None),
    ("Hvad koster det som det første?", None),
    ("hvad er", None),
    ("hvad", None),
])
def test_an_ordinal_after_som_asks_which_one(question, at):
    words = question.casefold().rstrip("?").split()
    assert singled_out(words, 0) == at


def test_the_verb_ending_a_subordinate_clause_is_no_thing_asked():
    question = "Hvad står der som det andet punkt, når årsmødets dagsorden gennemgås?"
    assert "gennemgås" not in asked_things(question, content=True)
    assert clause_final_verbs(question) == {10}


@pytest.mark.parametrize("question, thing", [
    ("Hvad sker der, hvis man har et grønt tag?", "tag"),       # after an article: a noun
    ("Hvad gør I, hvis kommunen fælder træer?", "træer"),       # the verb is not last
])
def test_a_noun_ending_a_subordinate_clause_stays_a_thing_asked(question, thing):
    assert thing in asked_things(question, content=True)
    assert not clause_final_verbs(question)


def test_the_visitor_asking_the_second_item_as_the_agenda_is_gone_through_gets_the_report(association):
    answer = ask("Hvad står der som det andet punkt, når årsmødets dagsorden gennemgås?", association)
    assert answer.answered and "Bestyrelsens beretning" in answer.answer, answer.answer


def test_the_visitor_asking_the_third_item_on_the_agenda_gets_the_accounts(statutes):
    # The third item stands far from the sentence introducing the list, which holds the question's words.
    answer = ask("Hvad er det tredje punkt på dagsordenen til generalforsamlingen?", statutes)
    assert answer.answered and "reviderede regnskab" in answer.answer, answer.answer


def test_the_visitor_asking_a_ninth_item_the_agenda_lacks_is_declined(statutes):
    assert not ask("Hvad er det niende punkt på dagsordenen til generalforsamlingen?", statutes).answered
