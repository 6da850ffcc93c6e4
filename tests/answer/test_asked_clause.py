"""A member asks about liability "if the association goes bankrupt"; the statutes never say "fallit".

§ 11 says the members are not personally liable for the association's debts. The bankruptcy is the
situation the question is asked in, not what it asks about, so the word the statutes lack does not
decline the question; a thing asked in the main clause still does. Written against the fictional
association's statutes (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_adverbials import PREPOSITIONS
from assistant.answer.asked_clause import condition_positions, described_places, english_condition_positions
from assistant.answer.asked_thing import absent_things, asked_things
from assistant.answer.asked_thing_english import english_asked_things
from assistant.answer.compose import ask


@pytest.mark.parametrize("question", [
    "Hæfter jeg personligt, hvis foreningen går fallit?",
    "Hvis foreningen går fallit, kan dem, den skylder penge, så kræve dem af mig?",
])
def test_a_bankruptcy_the_statutes_never_name_does_not_decline_the_question_of_liability(statutes, question):
    answer = ask(question, statutes)
    assert answer.answered and "§ 11" in answer.answer


def test_a_thing_asked_in_the_main_clause_still_declines(statutes):
    # "elektronisk" is what is asked; the condition only places it.
    assert not ask("Kan man stemme elektronisk, hvis man er syg?", statutes).answered


def test_a_condition_is_what_is_asked_when_the_main_clause_names_no_thing(statutes):
    # "Får jeg kontingentet tilbage" asks nothing of its own: leaving mid-year is the question, and
    # the statutes say nothing of a refund.
    assert asked_things("Får jeg kontingentet tilbage, hvis jeg melder mig ud midt i året?") == ["midt"]
    assert not ask("Får jeg kontingentet tilbage, hvis jeg melder mig ud midt i året?", statutes).answered


def test_the_words_of_a_condition_are_no_things_asked_but_the_main_clause_s_are():
    assert "fallit" not in asked_things("Hæfter jeg personligt, hvis foreningen går fallit?")
    assert "fallit" in asked_things("Kan foreningen gå fallit?")
    assert condition_positions("Hvis foreningen går fallit, hæfter jeg så?") == {0, 1, 2, 3}
    assert condition_positions("Hæfter jeg, hvis foreningen går fallit?") == {2, 3, 4, 5}
    assert condition_positions("Hvem hæfter for gælden?") == set()


def test_an_english_condition_sets_the_scene_for_the_thing_its_main_clause_asks_about(statutes):
    # § 11 answers the debts; it never speaks of going bust.
    assert english_asked_things("If the association goes bust, do I have to cover its debts?") == ["debts"]
    answer = ask("If the association goes bust, do I have to cover its debts?", statutes)
    assert answer.answered and "§ 11" in answer.answer
    # With nothing asked in the main clause, the condition is the question.
    assert "middle" in english_asked_things("What happens if the chair resigns in the middle of the term?")
    assert english_condition_positions("If I can't come, can someone vote for me?") == {0, 1, 2, 3}


def test_a_second_verb_of_the_condition_s_subject_is_no_thing_asked(statutes):
    question = "hvis jeg ikke naar at betale inden marts og glemmer det hele sommeren hvad sker der saa"
    assert "glemmer" not in asked_things(question)
    # Answered from § 5 (the fee; stk. 3 or 4 as the passages around it weigh), not declined.
    answer = ask(question, statutes)
    assert answer.answered and "§ 5, stk." in answer.answer
    # A noun after "og" is still a thing: it has no object pronoun or adverb after it.
    assert "planter" in asked_things("Hvor mange træer og planter er der i byen?")


def test_a_statement_before_a_yes_no_question_is_the_askers_situation():
    # "Jeg er flyttet til Aarhus, kan jeg …?": the question opens with its verb and subject after the
    # comma; where the asker moved is why they ask, and the statutes that answer never name the city.
    assert "aarhus" not in asked_things("Jeg er flyttet til Aarhus, kan jeg stadig stemme til generalforsamlingen?")
    # A thing asked in the question itself still counts.
    assert "hund" in asked_things("Jeg bor i Aarhus. Må jeg tage min hund med til generalforsamlingen?")


@pytest.mark.parametrize("question, places", [
    ("Hvor bliver de varer lavet, som vi sælger til udlandet?", {"udlandet"}),
    ("Hvor ligger den produktion, der erstatter varer, vi ellers skulle købe i udlandet?", {"udlandet"}),
    ("Hvor i landet bliver det meste af det, vi sælger til udlandet, lavet?", {"udlandet"}),
    # A name stays a thing asked, and a place of the main clause is no description.
    ("Hvor ligger de firmaer, som sælger til Tyskland?", set()),
    ("Hvor i udlandet sælger I jeres varer?", set()),
])
def test_where_the_thing_whose_place_is_asked_goes_describes_it(question, places):
    assert described_places(question, PREPOSITIONS) == places


def test_a_place_in_a_relative_clause_is_not_asked_about_in_a_question_for_a_place(statutes):
    # The material says the movement in its own word ("eksport"); "udlandet" describes the goods.
    question = "Hvor bliver de varer lavet, som vi sælger til udlandet?"
    assert absent_things(statutes.analyzer, question, ["udland"]) == []
    # In a question of another kind the relative clause's place is what it asks about.
    other = "Hvad koster det for medlemmer, der bor i udlandet?"
    assert absent_things(statutes.analyzer, other, ["udland"]) == ["udlandet"]


@pytest.mark.parametrize("question, scene", [
    ("Hvad skal kommunen gøre ved vandet, når det styrter voldsomt ned?", "voldsomt"),
    ("hvad skal kommunen goere ved vandet naar det styrter voldsomt ned", "voldsomt"),
    ("Når der er stormvejr, hvem aflyser så generalforsamlingen?", "stormvejr"),
])
def test_a_clause_of_time_sets_the_scene_as_a_condition_does(question, scene):
    assert scene not in asked_things(question)


def test_when_opening_a_question_with_no_clause_after_it_still_asks():
    # Norwegian asks "når …?" for "hvornår …?": its words are what the question is about.
    assert "stiftelsesmødet" in asked_things("Når blev stiftelsesmødet holdt?")
