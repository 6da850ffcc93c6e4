"""A question that asks for a kind of fact the material lacks is declined, however much else matches.

A member asks what something costs, who holds a post or which towns took part; the statutes speak of
the topic (the fee, the chair) but hold no sum for that and no name, the publication counts the towns
but names none. Written against the fictional association's
statutes (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.asked_which import names_which
from assistant.answer.fact_kinds import asked_types, has_figure, names_role, states_kind, tells_time
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

URL = "https://groenne-byer.example/vedtaegter/"


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"), [html_document(STATUTES_HTML, URL)])


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    """The statutes with the association's publication beside them, as one deployment serves both."""
    return build_index(tmp_path_factory.mktemp("forening"), [html_document(STATUTES_HTML, URL),
                                                             publication_document()])


@pytest.mark.parametrize("question, role", [
    ("Hvem er foreningens formand?", "foreningens formand"),
    ("Who is the treasurer?", "treasurer"),
    ("hvem er revisor for foreningen", "revisor for foreningen"),
    # A name is no role, and "medlemmerne" asks for kinds of members, not for names.
    ("Hvem er Foreningen Grønne Byer?", ""),
    ("Hvem er medlemmerne?", ""),
    ("Hvem vælger formanden?", ""),
    # Asking what the holder of a role is called asks for the same name.
    ("Hvad hedder kassereren?", "kassereren"),
    ("Hvad er navnet på foreningens revisor?", "foreningens revisor"),
    ("What is the name of the chair?", "chair"),
    ("Hvad er revisorens navn?", "revisoren"),
    ("What is the chair's name?", "chair"),
])
def test_a_question_for_whoever_holds_a_role_is_told_from_other_who_questions(question, role):
    assert asked_types(question)[4] == role


def test_a_sentence_answers_who_holds_a_role_with_a_name_or_by_saying_what_the_role_is():
    assert names_role("Formand er Birthe Olsen fra Vejle.", "foreningens formand")
    assert names_role("Generalforsamlingen er foreningens øverste myndighed.",
                      "foreningens øverste myndighed")
    assert not names_role("Foreningen tegnes af formanden sammen med kassereren.", "foreningens formand")


@pytest.mark.parametrize("question", [
    "Hvem er foreningens formand?",
    "Hvem er kasserer i foreningen?",
])
def test_the_statutes_name_the_posts_but_no_one_holding_them_so_who_holds_one_is_declined(
        statutes, question):
    assert not ask(question, statutes).answered


@pytest.mark.parametrize("question", ["Hvad hedder kassereren?", "hvad hedder revisoren?",
                                      "Hvad er revisorens navn?"])
def test_what_a_post_holder_is_called_is_declined_as_the_statutes_name_the_post_but_no_one(statutes, question):
    # Not answered with the association's own name (§ 1), found through "hedder" ~ "navn".
    assert not ask(question, statutes).answered


@pytest.mark.parametrize("question", ["Hvad hedder foreningen?", "Hvad er foreningens navn?"])
def test_what_the_association_is_called_is_answered_with_its_name(statutes, question):
    answer = ask(question, statutes)
    assert answer.answered and "Foreningen Grønne Byer" in answer.answer


def test_who_or_what_a_role_is_is_still_answered_when_the_statutes_say_it(statutes):
    answer = ask("Hvem er foreningens øverste myndighed?", statutes)
    assert answer.answered and "Generalforsamlingen" in answer.answer


@pytest.mark.parametrize("question", ["Hvem kan være medlem?", "Hej, hvem kan blive medlem hos jer?",
                                      "Who can become a member?"])
def test_who_may_join_is_answered_by_the_rule_that_admits_anyone_not_by_who_may_exclude(association, question):
    # "Som medlem kan optages enhver person …" names no one, yet says who; the stk. on exclusion
    # names an agent ("af bestyrelsen") but answers another question.
    answer = ask(question, association)
    assert answer.answered
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("3", "1")


def test_a_price_is_answered_with_the_sentence_that_holds_the_sum(statutes):
    answer = ask("Hvad koster det for en virksomhed at være medlem?", statutes)
    assert answer.answered and "1.000 kr" in answer.answer


@pytest.mark.parametrize("question", [
    "Hvor mange penge bruger foreningen på træer?",
    "Hvad koster nyhedsbrevet?",
])
def test_a_price_the_statutes_do_not_state_is_declined_though_they_hold_other_numbers(
        statutes, question):
    assert not ask(question, statutes).answered


@pytest.mark.parametrize("question", [
    "Hvad koster et juniormedlemskab?",
    "Hvad koster et støttemedlemskab?",
    "Hvad koster foreningens årsskrift?",
])
def test_a_price_for_something_the_fee_sentence_does_not_name_is_declined(statutes, question):
    # The fee § names personal, student and association members: no kind of membership it lacks
    # is priced by it, though "medlemskab" is the head of the compound asked about.
    assert not ask(question, statutes).answered


def test_a_price_for_something_the_fee_sentence_names_is_answered_with_its_sum(statutes):
    answer = ask("Hvad koster det for en studerende?", statutes)
    assert answer.answered and "125 kr" in answer.answer


@pytest.mark.parametrize("question, price", [
    ("Hvad har kortlægningen kostet?", True),                                     # the perfect
    ("Jeg vil gerne vide, hvad det koster for os at blive medlem.", True),       # an indirect question
    ("Er det bestyrelsen, der bestemmer, hvad det koster at være medlem?", False),   # a cleft asks who
    ("Hvad skal jeg gøre for at blive medlem?", False),
])
def test_a_price_is_asked_with_words_between_hvad_and_the_verb_too(question, price):
    assert asked_types(question)[3] is price and asked_types(question)[1] is price


@pytest.mark.parametrize("question, sum_asked", [
    ("How much did Danske Andelskassers Bank contribute when the initiative began?", True),
    ("How much did Fonden for Bynatur give?", True),
    ("Hvor meget har de 24 kommuner selv brugt på grønne områder?", True),
    # What "hvor meget" / "how much" measures is named right after it: notice, time.
    ("How much notice must a member give to quit the association?", False),
    ("Hvor meget tid har bestyrelsen brugt på sagen?", False),
])
def test_what_someone_gave_or_spent_is_asked_as_a_sum(question, sum_asked):
    assert asked_types(question)[3] is sum_asked


def test_what_a_founder_gave_is_declined_where_the_page_names_the_founder_but_no_sum(bundled_index):
    # "Bag initiativet stod Danske Andelskassers Bank, …" beside "startede i 2014": a year, no sum.
    assert not ask("How much did Danske Andelskassers Bank contribute when the initiative began?",
                   bundled_index).answered


def test_a_price_asked_indirectly_is_declined_where_the_statutes_state_none(statutes):
    # § 4 speaks of the newsletter, § 5 holds sums: none of them is the newsletter's price.
    assert not ask("Jeg vil gerne vide, hvad jeres nyhedsbrev koster.", statutes).answered


def test_a_price_asked_indirectly_is_answered_with_its_sum(statutes):
    answer = ask("Jeg vil gerne vide, hvad det koster for en studerende at være medlem.", statutes)
    assert answer.answered and "125 kr" in answer.answer


@pytest.mark.parametrize("question, noun", [
    ("Hvilke kommuner blev interviewet?", "kommuner"),
    ("Hvilke 24 byer er kortlagt?", "byer"),
    ("Which municipalities took part?", "municipalities"),
    ("Hvilket år startede foreningen?", ""),
    ("Hvem er formand?", ""),
])
def test_a_which_question_asks_to_have_its_noun_named(question, noun):
    assert asked_types(question)[5] == noun


@pytest.mark.parametrize("sentence, says_which", [
    # Counted by a figure, a number word or a quantifier (each is a way Danish counts without naming).
    ("Interviews med byplanlæggere i 24 kommuner.", False),
    ("Bag initiativet stod en række kommuner.", False),
    ("Foreningen samarbejder med flere kommuner.", False),
    ("Foreningen samarbejder med mange kommuner.", False),
    ("Foreningen samarbejder med nogle kommuner.", False),
    ("Foreningen samarbejder med adskillige kommuner.", False),
    ("Foreningen samarbejder med få kommuner.", False),
    ("Foreningen samarbejder med alle kommuner.", False),
    ("Et stort antal kommuner er med.", False),
    ("Foreningen samarbejder med tre kommuner.", False),
    # Named or described: that says which.
    ("Foreningen samarbejder med kommunerne Vejle og Kolding.", True),
    ("Foreningen samarbejder med jyske kommuner.", True),
    # A sentence without the noun may name them without it: no verdict.
    ("Vejle og Kolding er med.", True),
])
def test_a_sentence_says_which_unless_it_only_counts_them(statutes, sentence, says_which):
    members = frozenset(statutes.analyzer.query_terms("kommuner"))
    assert names_which(statutes.analyzer, sentence, members) is says_which


@pytest.mark.parametrize("question", [
    "Hvilke kommuner stod bag initiativet?",
    "Which municipalities backed the initiative when it started?",   # the noun by its Danish translation
])
def test_which_municipalities_backed_the_start_is_declined_as_the_page_only_counts_them(bundled_index, question):
    # "Bag initiativet stod … og en række kommuner" says that some did, not which.
    assert not ask(question, bundled_index).answered


def test_which_movement_joined_is_still_answered_as_the_page_names_it(bundled_index):
    answer = ask("Which movement joined in 2017?", bundled_index)
    assert answer.answered and "Oprør fra Udkanten" in answer.answer


@pytest.fixture(scope="module")
def publication(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("publikation"), [publication_document()])


def test_which_towns_were_surveyed_is_declined_when_the_publication_only_counts_them(publication):
    assert not ask("Hvilke kommuner deltog i interviewene?", publication).answered


def test_a_sentence_that_counts_and_then_lists_them_answers_which(publication):
    answer = ask("Hvilke kilder bygger publikationen på?", publication)
    assert answer.answered and "tre kilder" in answer.answer


@pytest.mark.parametrize("text, figure", [
    ("Stk. 1. Lokalforeninger kan optages som kollektive medlemmer.", False),
    ("§ 3a Lokalforeninger", False),
    ("Hvert medlem har én stemme.", True),
    ("Bestyrelsen har fem til syv medlemmer.", True),
    ("Stk. 2. Kontingentet er 250 kr. om året.", True),
    # One of a unit, counted by the article, is a figure too.
    ("Revisoren vælges for et år ad gangen.", True),
    ("Udmeldelse sker med en måneds varsel.", True),
])
def test_a_statutes_own_numbering_is_no_figure_but_a_number_in_words_is(text, figure):
    assert has_figure(text) is figure


@pytest.mark.parametrize("word", ["dag", "dage", "dagen", "døgn", "uge", "uger", "ugers", "måned",
                                  "måneder", "måneds", "kvartal", "kvartalet", "år", "året", "før",
                                  "efter", "inden", "senest", "straks"])
def test_a_time_told_relative_to_something_else_tells_when(word):
    # Each word is a unit or a relating word of Danish time expressions ("senest en uge før").
    assert tells_time(f"Regnskabet sendes ud {word}.")
    assert not tells_time("Regnskabet revideres af en revisor.")


def test_how_many_local_groups_is_declined_where_the_statutes_only_number_their_stk(statutes):
    assert not ask("Hvor mange lokalforeninger har foreningen?", statutes).answered


def test_when_the_accounts_are_sent_is_answered_with_a_relative_time(statutes):
    answer = ask("Hvornår får medlemmerne tilsendt regnskabet?", statutes)
    assert answer.answered and "en uge før" in answer.answer


@pytest.mark.parametrize("question, place", [
    ("Hvor ligger foreningen hjemme?", True),
    ("Hej, kan du sige mig, hvor jeres kontor ligger?", True),
    ("I hvilke byer ligger parkerne?", True),
    ("Where is the annual meeting held?", True),
    # "Hvor" before an adjective or adverb asks how much, not where.
    ("Hvor stort et flertal skal der til?", False),
    ("hvor langt må der være til en park", False),
    ("Hvor gamle skal medlemmerne være?", False),
    ("How far is the nearest park?", False),
    ("Hvorfor findes foreningen?", False),
    # "Hvor … hen?" asks where to: a receiver or a purpose, not a named place.
    ("hvor går pengene hen, hvis foreningen lukker?", False),
    # So does English "where" with a verb of motion: the money's receiver, the rainwater's beds.
    ("If the association is wound up, where does its money end up?", False),
    ("Where should rainwater go instead of the sewers?", False),
    # One place asked by its kind is named; several may be a kind of them ("de store byer").
    ("Which town has lost the most green space?", True),
    ("Hvilken kommune hører foreningen hjemme i?", True),
    ("Hvilke byer har mistet mest natur?", False),
])
def test_a_where_question_asks_for_a_place_and_a_how_question_for_a_degree(question, place):
    assert asked_types(question)[6] is place


def test_where_rainwater_should_go_is_answered_with_the_beds_the_publication_names(association):
    answer = ask("Where should rainwater go instead of the sewers?", association)
    assert answer.answered and "regnbede" in answer.answer, answer.answer


def test_where_the_association_is_seated_is_answered_with_the_town_the_statutes_name(statutes):
    answer = ask("Hvor ligger foreningen hjemme?", statutes)
    assert answer.answered and "Vejle" in answer.answer


def test_which_one_town_lost_most_is_declined_as_the_publication_names_only_a_kind_of_town(association):
    # "Tabet er størst i de store byer" answers which towns, not which town.
    assert not ask("Which town has lost the most green space?", association).answered
    assert ask("Hvilke byer har mistet mest natur?", association).answered


def test_where_the_general_assembly_meets_is_declined_as_the_statutes_name_no_place(statutes):
    # § 7 says when and how it is called, never where it is held.
    assert not ask("Hvor bliver generalforsamlingen holdt?", statutes).answered


@pytest.mark.parametrize("question, kind", [
    ("Hvor ofte holder foreningen generalforsamling?", 0),    # how often: a time
    ("How often is the general meeting held?", 0),
    ("Hvor langt må der være til en park?", 1),               # how far: a quantity
    ("How far may a home be from a park?", 1),
])
def test_how_often_asks_a_time_and_how_far_a_quantity(question, kind):
    assert asked_types(question)[kind]


def test_when_after_another_question_word_opens_a_clause_and_asks_no_time():
    # "Who must sign when …" asks who; the time is the condition.
    assert not asked_types("Who must sign when the association sells its house?")[0]
    assert asked_types("When must the fee be paid?")[0]
    assert asked_types("Can you tell me when the fee must be paid?")[0]


def test_a_time_is_stated_by_a_year_date_or_relative_time_not_by_a_bare_figure():
    asks_time = asked_types("Hvornår blev planen vedtaget?")
    assert states_kind("Planen blev vedtaget den 15. februar 2025.", asks_time)
    assert states_kind("Forslag skal være indsendt senest 14 dage før.", asks_time)
    assert not states_kind("Tage over 500 kvadratmeter bør være grønne.", asks_time)


@pytest.mark.parametrize("question", [
    "Hvor ofte skal der holdes generalforsamling?",
    # "tit" is everyday Danish for "ofte": the same question, asking how often (a time: "hvert år").
    "Hvor tit skal der holdes generalforsamling?",
    "hvor tit mødes bestyrelsen",
])
def test_how_often_asks_for_a_time_in_either_word(question):
    assert asked_types(question)[0]
    assert not asked_types(question)[6]  # not a place: "hvor" asks how often


def test_a_question_asks_what_either_of_its_readings_asks():
    # An English question is read in Danish words; the kinds of fact either reading asks for count.
    as_read = asked_types("Hvem er foreningens formand?")
    as_put = asked_types("How many members are there?")
    both = as_read.either(as_put)
    assert both.person and both.quantity and not both.time
    assert both.role == "foreningens formand"
    assert as_put.either(as_read) == both


@pytest.mark.parametrize("question", [
    "Hvilke partier samarbejder Balance Danmark med?",
    "Hvilke partier i Folketinget støtter jer i dag?",
])
def test_which_parties_is_declined_as_the_page_only_hopes_for_all_of_them(bundled_index, question):
    # "… vi håber, alle Folketingets partier … vil være med på holdet" names no party.
    assert not ask(question, bundled_index).answered


@pytest.mark.parametrize(("sentence", "says_which"), [
    ("Vi håber, alle Folketingets partier vil være med.", False),
    ("Vi samarbejder med Venstres partier.", True),       # no quantifier: the owner says which
])
def test_all_of_an_owners_things_says_no_more_than_all_of_them(statutes, sentence, says_which):
    members = frozenset(statutes.analyzer.query_terms("partier"))
    assert names_which(statutes.analyzer, sentence, members) is says_which
