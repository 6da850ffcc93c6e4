"""A member follows up in words the material does not use: asking what it means, when or who in
everyday verbs, with an adverb the text never has. The topic carries the answer where those words
restate it, and a follow-up that names a new thing is still declined."""
from __future__ import annotations

import pytest

from assistant.answer.conversation import ask
from assistant.answer.word_class import names_a_thing
from tests.support.publication import PUBLICATION_URL

OM = "https://balance-danmark.dk/om/"


def converse(index, *questions):
    """Ask the questions in turn, each with the ones before it as history; the last answer."""
    return ask(questions[-1], index, questions[:-1])


def stk(answer):
    return answer.citations[0].paragraph, answer.citations[0].stk


@pytest.mark.parametrize("first, follow_up, section", [
    ("Hvad er Balancemål?", "kan du uddybe det?", "#vores-vision"),
    ("Hvad er Danmarks reelle værdiskabelse?", "hvad betyder det?", "#vores-kamp"),
])
def test_asking_what_it_means_is_answered_from_the_topics_passage(bundled_index, first, follow_up,
                                                                   section):
    # "uddybe" and "betyde" are not in the material: they ask for more of what was said.
    answer = converse(bundled_index, first, follow_up)
    assert answer.answered and answer.context_used
    assert answer.citations[0].url == OM + section


def test_asking_what_the_city_accounts_really_are_quotes_the_page_on_them(publication_index):
    answer = converse(publication_index, "Hvornår udkommer det første grønne byregnskab?",
                      "hvad er det egentlig?")
    assert answer.answered and answer.citations[0].url == PUBLICATION_URL + "#page=6"


@pytest.mark.parametrize("follow_up", [
    "er der rabat på det?",        # a thing the statutes never name
    "kan man låne det?",           # whether something holds, not a request to explain
    "hvad mener du om det?",       # the assistant's view, which the material does not hold
])
def test_words_the_material_lacks_that_ask_something_new_are_declined(statutes, follow_up):
    assert not converse(statutes, "Hvad koster kontingentet?", follow_up).answered


def test_a_clear_question_with_a_formal_subject_is_answered_as_alone(statutes):
    # "det, at …" points ahead to what follows, not back to the fee.
    answer = converse(statutes, "Hvordan melder man sig ind?",
                      "Hvad betyder det, at bestyrelsen er beslutningsdygtig?")
    assert answer.answered and not answer.context_used
    assert stk(answer) == ("6", "3")


def test_when_to_pay_and_the_fee_for_companies_come_from_the_fee_paragraph(statutes):
    # § 3 also says "kontingentet er betalt", and the topic's "medlem" and "person" rank it
    # first; the fee's own paragraph holds "betales" too, and is the topic's.
    first = "Hvad er kontingentet for personlige medlemmer?"
    when = converse(statutes, first, "hvornår skal det betales?")
    assert when.answered and stk(when) == ("5", "3")
    companies = converse(statutes, first, "hvornår skal det betales?", "og for virksomheder?")
    assert companies.answered and stk(companies) == ("5", "2")
    assert "1.000 kr." in companies.citations[0].quoted


def test_an_adverb_the_statutes_never_use_does_not_stop_the_answer(statutes):
    # "afterwards" becomes "derefter", which the statutes do not have; the fortune's stk. does.
    answer = converse(statutes, "Hvordan opløses foreningen?", "and what happens to the money afterwards?")
    assert answer.answered and stk(answer) == ("13", "2")


def test_getting_the_money_back_after_leaving_is_still_declined(statutes):
    assert not converse(statutes, "Hvordan melder jeg mig ud?", "får jeg så pengene tilbage?").answered


def test_a_count_asked_with_a_verb_the_text_lacks_is_answered_where_the_figure_stands(publication_index):
    # The publication says "Interviews med byplanlæggere i 24 kommuner", never "talte".
    answer = converse(publication_index, "Hvem blev interviewet til publikationen?",
                      "hvor mange kommuner talte de med?")
    assert answer.answered and answer.citations[0].url == PUBLICATION_URL + "#page=2"
    assert "24 kommuner" in answer.citations[0].quoted


@pytest.mark.parametrize("first, follow_up", [
    ("Hvor mange træer har medlemmerne plantet?", "hvor mange af dem døde?"),
    ("Hvem finansierede kortlægningen?", "hvor mange penge tjener de?"),
])
def test_a_count_the_material_never_gives_is_declined(publication_index, first, follow_up):
    assert not converse(publication_index, first, follow_up).answered


def test_who_decides_the_fee_is_the_general_meeting_that_sets_it(statutes):
    # "bestemme" is not in the statutes; "Kontingentet fastsættes af den ordinære
    # generalforsamling" names who does it.
    answer = converse(statutes, "Hvad koster kontingentet for studerende?", "hvem bestemmer det?")
    assert answer.answered and answer.context_used
    assert stk(answer) == ("5", "1") and "fastsættes af" in answer.citations[0].quoted


def test_who_decided_the_recommendations_is_the_national_council(publication_index):
    answer = converse(publication_index, "Hvornår blev anbefalingerne vedtaget?", "hvem bestemte det?")
    assert answer.answered and "landsråd" in answer.citations[0].quoted


@pytest.mark.parametrize("index_name, first, follow_up", [
    ("statutes", "Hvem vælger bestyrelsen?", "hvem sidder i den nu?"),
    ("statutes", "Hvad koster kontingentet?", "hvem hæver det?"),
    ("publication_index", "Hvem finansierede kortlægningen?", "hvem ejer den?"),
    ("bundled_index", "Hvornår blev Oprør fra Udkanten en del af Danmark på Vippen?", "hvem stiftede den?"),
    ("publication_index", "Hvem finansierede kortlægningen?", "hvem bestemte det?"),
])
def test_who_did_something_the_material_does_not_tell_is_declined(request, index_name, first, follow_up):
    # The board's electors were the topic's answer; raising the fee or owning the mapping the
    # material says nothing about; "stiftede" is only "startede" there, of Danmark på Vippen, and
    # the history names no one who did it to the movement. After who funded the mapping, the
    # page's other doer ("Analysen er udarbejdet af …") did something else.
    assert not converse(request.getfixturevalue(index_name), first, follow_up).answered


@pytest.mark.parametrize("word, thing", [
    ("rabat", True), ("løn", True), ("adressen", True), ("MobilePay", True),
    ("uddybe", False), ("betyder", False), ("talte", False), ("bestemmer", False),
    ("egentlig", False), ("tilbage", False), ("derefter", False),
])
def test_nouns_and_names_are_told_from_verbs_and_adverbs(word, thing):
    assert names_a_thing(word) is thing
