"""A visitor says what they already know before asking: the answer tells the rest, not that."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.known_fact import known_clause, known_figures, known_values, without_known_values

HISTORY = "https://balance-danmark.dk/om/#vores-historie"


@pytest.mark.parametrize("question", [
    "Jeg ved godt, at I startede i 2014. Men hvad skete der så i 2017?",
    "jeg ved godt i startede i 2014. men hvad skete der saa i 2017?",   # chat: no "at", no "å"
    "I know you started in 2014. What happened in 2017?",
])
def test_a_known_founding_year_is_not_repeated_when_the_visitor_asks_about_a_later_year(bundled_index, question):
    answer = ask(question, bundled_index)
    assert answer.answered
    assert answer.citations[0].url == HISTORY
    assert "Oprør fra Udkanten" in answer.answer
    assert "startede i 2014" not in answer.answer


@pytest.mark.parametrize("question", ["Jeg ved, at kontingentet er 250 kr. Hvornår skal det betales?",
                                      "I know the fee is 250 kroner. When does it have to be paid?"])
def test_a_known_fee_points_the_pronoun_at_the_fee_but_the_payment_rule_is_cited(statutes, question):
    # "det" is the fee (the known clause's noun is kept), but "250 kr" is what the visitor has: the
    # rule on paying (§ 5, stk. 3), not the amounts (§ 5, stk. 2), answers.
    answer = ask(question, statutes)
    assert answer.answered
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("5", "3")
    assert "1. marts" in answer.answer


def test_a_known_claim_still_gives_a_question_of_small_words_its_topic(bundled_index):
    # "Hvem var ellers med?" names nothing: the known clause says what it is about (scene.told_claim).
    answer = ask("Jeg ved godt, at en bank var med fra starten. Hvem var ellers med?", bundled_index)
    assert answer.answered and "Bag initiativet stod" in answer.answer


@pytest.mark.parametrize("scene", ["Jeg ved ikke, om I startede i 2014.", "Jeg ved ikke hvornår I startede.",
                                   "I know what you did in 2014.", "Min nabo ved, at I startede i 2014."])
def test_not_knowing_or_knowing_a_question_or_someone_elses_knowledge_tells_no_known_fact(scene):
    assert known_clause(scene) is None


def test_the_known_clause_runs_to_the_end_of_its_sentence():
    scene = "Hej! Jeg ved godt, at kontingentet er 250 kr. Jeg er ny."
    words = scene.replace("!", "").replace(".", "").split()
    assert known_clause(scene) == (5, 9)     # "kontingentet er 250 kr", after "at"
    told = {words[i] for i in known_values(words, scene)}
    assert {"250", "kr"} <= told and "kontingentet" not in told
    assert known_figures("I know the plan costs 1.000 kr. How long will it take?") == {"1.000"}


def test_an_english_known_clause_loses_its_figures_and_regular_past_verbs_but_keeps_its_nouns():
    assert without_known_values("I know you started in 2014.").split() == ["I", "know", "you", "in", "."]
    assert "fee" in without_known_values("I know the fee is 250 kroner.")


def test_a_pronoun_pointing_back_at_the_known_event_keeps_its_verb_searched(bundled_index):
    # "det" in "sætte det i gang" is the start the visitor knows of: "startede" says which event.
    answer = ask("Jeg ved godt, at I startede som Danmark på Vippen. Og hvem var med til at sætte det i gang?",
                 bundled_index)
    assert answer.answered and "Danske Andelskassers Bank" in answer.answer
