"""The kind of fact a question asks for, read from its grammar in more of the ways people ask it,
and the answers that lack that kind declined: a price, a day or date, a degree, a count of an
English noun, the thing after "er der", and "which X" told by the sentence beside the answer."""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.asked_thing import asked_things
from assistant.answer.fact_kinds import asked_types
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

URL = "https://groenne-byer.example/vedtaegter/"


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"), [html_document(STATUTES_HTML, URL)])


@pytest.fixture(scope="module")
def publication(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("publikation"), [publication_document()])


@pytest.mark.parametrize("question, price", [
    ("Hvor meget koster et bytræ at plante?", True),
    ("Hvor meget har kortlægningen kostet?", True),
    ("How much will the tree plan cost?", True),
    ("How much does it charge for a copy?", True),
    # What a payer pays is asked by who pays ("as a student"): not read as a price of a thing.
    ("How much would I pay per year as a student?", False),
    ("Hvor meget er det grønne areal faldet?", False),
    # What one is paid or gets is a sum, the payee's.
    ("How much are the board members paid?", True),
    ("Hvor meget får kassereren for sit arbejde?", True),
    ("Hvor meget grønt areal får hver bolig?", False),
])
def test_how_much_with_the_verb_cost_asks_for_a_sum(question, price):
    assert asked_types(question).price is price


def test_what_one_tree_costs_is_declined_as_the_publication_prices_only_the_whole_plan(publication):
    # The tree plan's sentence counts 100,000 trees; no sentence says what one of them costs.
    assert not ask("Hvor meget koster et bytræ at plante?", publication).answered


def test_what_membership_costs_a_student_is_still_answered_with_the_fee(statutes):
    answer = ask("Hvor meget koster det for en studerende at være medlem?", statutes)
    assert answer.answered and "125 kr" in answer.answer


def test_money_set_aside_for_schoolyards_is_answered_with_the_yearly_sum(publication):
    # "aside" of "set aside" is no word of the publication's: it cannot be what the sum is for.
    answer = ask("How much money per year do you want set aside for greener schoolyards?", publication)
    assert answer.answered and "50 millioner" in answer.answer


@pytest.mark.parametrize("question", [
    "Hvilken dag holdes generalforsamlingen?",
    "Hvilken måned opkræves kontingentet?",
    "Which day is the annual meeting held?",
    "What month is the fee collected?",
])
def test_which_day_or_month_asks_for_a_time_as_which_year_does(question):
    assert asked_types(question).time


def test_which_day_the_meeting_is_held_this_year_is_declined_as_the_statutes_set_only_a_deadline(statutes):
    # "afholdes hvert år inden udgangen af april" is a rule for every year, not the day of this one.
    assert not ask("Hvilken dag i april holdes generalforsamlingen i år?", statutes).answered


def test_which_month_the_fee_is_collected_is_answered_with_the_month(statutes):
    answer = ask("Hvilken måned opkræves kontingentet?", statutes)
    assert answer.answered and "januar" in answer.answer


def test_which_date_the_fee_must_be_paid_by_is_answered_with_the_date(statutes):
    answer = ask("Hvilken dato skal kontingentet være betalt?", statutes)
    assert answer.answered and "1. marts" in answer.answer


@pytest.mark.parametrize("question", [
    "Which municipalities were behind Danmark på Vippen?",
    "Hvilke kommuner stod bag Danmark på Vippen?",
])
def test_which_municipalities_is_declined_when_only_the_next_sentence_mentions_them_by_counting(
        bundled_index, question):
    # The name's sentence holds most of the question; the one after it says "en række kommuner".
    assert not ask(question, bundled_index).answered


def test_which_movement_joined_is_answered_though_its_sentence_is_beside_another(bundled_index):
    answer = ask("Which movement joined Danmark på Vippen in 2017?", bundled_index)
    assert answer.answered and "Oprør fra Udkanten" in answer.answer


@pytest.mark.parametrize("question, things", [
    ("Er der familierabat på kontingentet?", ["familierabat"]),
    # A name is asked about too, however common ("Aarhus"): the statutes name no local group there.
    ("Findes der lokalforeninger i Aarhus?", ["lokalforeninger", "aarhus"]),
    # A participle after "er der" is the verb, and asks about nothing.
    ("Er der sket noget nyt?", []),
])
def test_after_er_der_the_noun_is_what_is_asked_about_not_a_verb(question, things):
    assert asked_things(question) == things


def test_a_family_discount_is_declined_as_the_statutes_never_mention_one(statutes):
    assert not ask("Er der familierabat på kontingentet?", statutes).answered


@pytest.mark.parametrize("question, counted", [
    ("How many times a year does the board meet?", "times"),
    ("hello! how many board members r there?", "members"),      # a compound in words: its last word
    ("How many new trees should be planted by 2030?", "trees"),
    ("Hvor mange medlemmer har bestyrelsen?", "medlemmer"),
])
def test_how_many_names_the_thing_counted_in_english_too(question, counted):
    assert asked_types(question).counted == counted


@pytest.mark.parametrize("question", [
    "How many times a year does the board meet?",
    "How many board meetings are held each year?",
])
def test_how_often_the_board_meets_in_english_is_declined_as_the_statutes_count_only_its_years(statutes, question):
    # § 6: "vælges … for to år ad gangen" counts years, and "ad gangen" counts nothing.
    assert not ask(question, statutes).answered


def test_how_many_board_members_in_english_is_answered_with_the_count(statutes):
    answer = ask("How many members does the board have?", statutes)
    assert answer.answered and "fem til syv medlemmer" in answer.answer


def test_how_many_trees_in_english_is_answered_where_a_compound_counts_them(publication):
    # "100.000 nye bytræer": a compound with "træer" as its head counts trees.
    answer = ask("How many new trees should be planted by 2030?", publication)
    assert answer.answered and "100.000" in answer.answer


@pytest.mark.parametrize("question", [
    "Hvor stort er foreningens budget om året?",
    "Hvor højt må et grønt tag være?",
    "Hvor lange er valgperioderne?",
])
def test_every_form_of_the_adjective_after_hvor_asks_for_a_degree(question):
    assert asked_types(question).quantity


def test_how_big_the_budget_is_declined_as_the_page_states_no_figure(bundled_index):
    assert not ask("Hvor stort er Balance Danmarks budget om året?", bundled_index).answered


def test_who_decides_how_much_it_costs_asks_who_not_a_price():
    assert not asked_types("Who decides how much the membership costs?").price


@pytest.mark.parametrize("question, amount", [
    ("Hvad skal jeg betale for at være medlem?", True),
    ("Hvad betaler en virksomhed om året?", True),
    ("What do we pay to join as a company?", True),
    ("Hvad kan jeg betale med?", False),          # a means of paying
    ("What can I pay with?", False),
    ("Hvad skal jeg betale for?", False),         # the thing paid for
    ("What happens if I don't pay my fee?", False),
])
def test_what_one_pays_asks_for_an_amount(question, amount):
    assert asked_types(question).quantity is amount


def test_what_a_private_person_pays_is_declined_where_only_the_kinds_of_members_are_told(bundled_index):
    # The Om page says private persons can be members, and no sum.
    assert not ask("Hvad skal jeg betale om året for at være medlem som privatperson?", bundled_index).answered


def test_what_a_student_pays_is_still_answered_with_the_fee(statutes):
    answer = ask("Hvad skal en studerende betale om året?", statutes)
    assert answer.answered and "125 kr" in answer.answer


def test_what_the_board_is_paid_is_declined_as_the_statutes_name_no_such_sum(statutes):
    # The statutes speak of the board and the auditor, never of what either is paid.
    assert not ask("How much is the board paid?", statutes).answered
    assert not ask("Hvor meget får revisoren for at revidere regnskabet?", statutes).answered


@pytest.mark.parametrize("question, place", [
    ("Hvor tæt på et grønt område skal en bolig ligge?", False),   # "tættere": a degree
    ("Hvor grønne er byerne blevet?", False),                      # "grønnere"
    ("Hvor henne ligger sekretariatet?", True),                    # an adverb, no comparison
    ("Hvor holdes generalforsamlingen?", True),
])
def test_where_before_an_adjective_that_compares_asks_for_a_degree_not_a_place(question, place):
    assert asked_types(question).place is place


def test_how_close_a_green_spot_must_be_is_answered_with_the_distance(publication):
    answer = ask("Hvor tæt på et grønt område skal alle boliger ligge?", publication)
    assert answer.answered and "300 meter" in answer.answer
