"""A member whose answer is one stk. of a § gets that stk. cited and quoted, not the whole §."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("stk"), [html_document(STATUTES_HTML, STATUTES_URL)])


def test_the_stk_that_holds_the_asked_word_is_cited_though_the_title_names_it_for_every_stk(statutes):
    # "§ 1 Navn og hjemsted": the title speaks for stk. 1 (the name) as much as for stk. 2.
    answer = ask("Hvor ligger foreningen hjemme?", statutes)
    first = answer.citations[0]
    assert (first.paragraph, first.stk) == ("1", "2"), answer.answer
    assert "Vejle Kommune" in answer.answer
    # The name of the association is another rule and is not quoted with it.
    assert "Foreningens navn er" not in answer.answer


def test_the_questions_own_small_words_choose_between_stk_that_hold_its_words_equally(statutes):
    # Both stk. of § 3 speak of membership; only stk. 2 says "fra" when.
    answer = ask("Fra hvornår er jeg medlem?", statutes)
    first = answer.citations[0]
    assert (first.paragraph, first.stk) == ("3", "2"), answer.answer
    assert "kontingentet er betalt" in answer.answer



@pytest.mark.parametrize("question", [
    "Hvad sker der med pengene, hvis foreningen lukker?",
    "Hvad sker der med formuen, når foreningen lukkes?",
    "hvad hvis vi opløser foreningen, hvor går pengene hen?",
])
def test_closing_the_association_in_any_tense_is_read_as_its_dissolution(statutes, question):
    from assistant.statutes.references import statute_expansions

    assert any("oploesning" in terms for terms in statute_expansions(statutes.analyzer, question).values())
    answer = ask(question, statutes)
    first = answer.citations[0]
    assert (first.paragraph, first.stk) == ("13", "2"), answer.answer


def test_an_answer_from_two_stk_of_one_paragraph_cites_each_stk_by_its_number(statutes):
    # § 6 is one passage; stk. 1 says who elects the board, stk. 2 how it picks its chairman.
    answer = ask("Hvem vælger bestyrelsen, og hvem bliver formand?", statutes)
    cited = [(c.paragraph, c.stk) for c in answer.citations]
    assert cited == [("6", "1"), ("6", "2")], answer.answer
    assert "Stk. 2: »Bestyrelsen konstituerer sig selv med formand" in answer.answer
    assert "[1]" in answer.answer and "[2]" in answer.answer


def test_who_chooses_the_chairman_is_answered_by_the_stk_where_the_board_constitutes_itself(statutes):
    # Stk. 1 elects the board ("vælges af generalforsamlingen"); the chairman is chosen in stk. 2.
    answer = ask("hvem vælger formanden", statutes)
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("6", "2"), answer.answer


def test_a_short_stk_is_quoted_whole_when_one_of_its_sentences_answers(statutes):
    # § 4, stk. 2 says when one may leave and how: both belong to the answer.
    answer = ask("Hvordan sker udmeldelse?", statutes)
    first = answer.citations[0]
    assert (first.paragraph, first.stk) == ("4", "2"), answer.answer
    assert "med en måneds varsel til udgangen af et kvartal" in answer.answer
    assert "Udmeldelse sker skriftligt til kassereren" in answer.answer
    # Another stk. of the same § is not quoted with it.
    assert "ekskluderes" not in answer.answer


@pytest.mark.parametrize("question, rest", [
    ("Kan jeg komme til at betale, hvis foreningen skylder penge væk?", "hæfter ikke personligt"),
    ("Må formanden alene sælge foreningens hus?", "den samlede bestyrelse"),
])
def test_a_short_paragraph_without_stk_is_quoted_whole_as_one_rule(statutes, question, rest):
    # § 11 and § 9 have no stk.: the rule's second sentence qualifies the first.
    answer = ask(question, statutes)
    assert rest in answer.answer, answer.answer


def test_a_paragraph_that_lists_its_means_is_not_quoted_whole_for_its_purpose(statutes):
    # § 2 states the purpose, then lists how it is met one item a line.
    answer = ask("Hvad er foreningens formål?", statutes)
    assert "grønnere byer" in answer.answer and "landsdækkende netværk" not in answer.answer, answer.answer


def test_when_the_financial_year_begins_is_answered_by_the_stk_that_ties_it_to_the_calendar(statutes):
    # Stk. 1 tells the time by the calendar ("følger kalenderåret"), with no figure or month; stk. 2
    # holds "for et år ad gangen" and the same word ("regnskab"), but says how long an auditor sits.
    answer = ask("Hvornår begynder regnskabsåret?", statutes)
    first = answer.citations[0]
    assert (first.paragraph, first.stk) == ("10", "1"), answer.answer
    assert "kalenderåret" in answer.answer


@pytest.mark.parametrize("question", [
    "Er der et billigere kontingent, når man er studerende?",
    "Findes der et billigere kontingent for studerende?",
])
def test_a_word_found_only_through_a_thesaurus_stand_in_does_not_choose_the_stk(statutes, question):
    # "billigere" is not in the statutes; mythes-da's "billig" → "slet" meets "slettes" in stk. 4,
    # which then held as much of the question as stk. 2 and won on the small words ("der", "et").
    # Stk. 2 holds the question's own word "studerende" and answers.
    answer = ask(question, statutes)
    first = answer.citations[0]
    assert (first.paragraph, first.stk) == ("5", "2"), answer.answer
    assert "125 kr." in answer.answer


@pytest.mark.parametrize("question", [
    "Hvad skal der til for at nedlægge foreningen?",
    "Jeg vil gerne vide, hvad der skal til for at opløse foreningen",
    "Hvad skulle der til, hvis vi ville opløse foreningen?",
])
def test_what_it_takes_to_dissolve_is_the_stk_that_requires_not_the_one_where_the_money_goes(statutes, question):
    # "skal der til" asks what is required; its "der" and "til" are not the small words of
    # stk. 2 ("går foreningens formue til et formål, der …"), which would otherwise break the tie.
    answer = ask(question, statutes)
    first = answer.citations[0]
    assert (first.paragraph, first.stk) == ("13", "1"), answer.answer
    assert "to på hinanden følgende generalforsamlinger" in answer.answer
