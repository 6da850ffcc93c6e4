"""A question hidden in a remark of not knowing ("…, men jeg kan ikke se, hvornår …") is asked."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.not_knowing import without_not_knowing


def cited(answer) -> list[str]:
    return [c.url + (f" § {c.paragraph}" if c.paragraph else "") + (f", stk. {c.stk}" if c.stk else "")
            for c in answer.citations]


def test_a_visitor_who_cannot_see_who_may_join_is_told(bundled_index):
    answer = ask("Jeg har kigget jeres hjemmeside igennem, men jeg kan ikke se, hvem der kan blive medlem.",
                 bundled_index)
    assert answer.answered and "kommuner" in answer.answer
    assert cited(answer)[0] == "https://balance-danmark.dk/om/#vores-medlemmer"


def test_a_visitor_who_could_not_work_out_the_founding_year_is_told_in_english(bundled_index):
    answer = ask("I had a look at your website, but I couldn't work out when Balance Danmark started.",
                 bundled_index)
    assert answer.answered and "2014" in answer.answer
    assert answer.answer.startswith("From Balance Danmark's Danish material")


def test_a_member_unsure_of_the_deadline_for_the_fee_is_told(statutes):
    answer = ask("Jeg har fået en regning, men jeg er ikke sikker på, hvornår kontingentet skal være betalt.",
                 statutes)
    assert answer.answered and "1. marts" in answer.answer
    assert cited(answer)[0].endswith("§ 5, stk. 3")


@pytest.mark.parametrize("message", [
    "I read your statutes, but I couldn't find out who the chairman is.",
    "Jeg har læst vedtægterne, men jeg kan ikke se, hvem formanden er.",
])
def test_the_same_remark_about_a_person_the_statutes_never_name_is_declined(statutes, message):
    # Put back in the direct order ("who is the chairman?"), the role is weighed as the plain question.
    answer = ask(message, statutes)
    assert not answer.answered


@pytest.mark.parametrize("message, question", [
    ("Vi har læst vedtægterne, men vi ved ikke helt, om vi kan stemme.", "Vi har læst vedtægterne. om vi kan stemme?"),
    ("Jeg har ikke fanget, hvem der vælger formanden", "hvem der vælger formanden?"),
    ("vi er usikre paa hvornaar der er generalforsamling", "hvornaar der er generalforsamling?"),
    ("I read your report and I don't quite get why trees matter. Thanks!", "I read your report. why trees matter? Thanks!"),
    ("I'm not sure how much it costs to join.", "how much it costs to join?"),
    # The copula last goes back after the question word, as a direct question has it.
    ("Jeg har læst vedtægterne, men jeg kan ikke se, hvem formanden er.", "Jeg har læst vedtægterne. hvem er formanden?"),
    ("jeg ved ikke hvad foreningen hedder", "hvad hedder foreningen?"),
    ("I couldn't see what your vision is.", "what is your vision?"),
    ("Jeg kan ikke se, hvor mange medlemmer der er", "hvor mange medlemmer der er?"),
])
def test_the_remark_of_not_knowing_is_taken_off_and_the_embedded_question_put_directly(message, question):
    assert without_not_knowing(message) == question


@pytest.mark.parametrize("message", [
    "Jeg kan ikke se mine medlemmer på listen.",            # no embedded question: a statement
    "Jeg ved ikke noget om foreningen, hvornår blev den stiftet?",   # the object comes first
    "I can't pay the fee this year.",
    "Min nabo ved ikke, hvem der er formand.",              # someone else's not knowing: hearsay.py
])
def test_a_negated_statement_without_an_embedded_question_after_it_is_kept(message):
    assert without_not_knowing(message) == message
