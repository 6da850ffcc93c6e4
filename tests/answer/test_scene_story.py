"""A visitor's story around the question, round twenty-nine: what the question asks stays the question's.

A statement after the question tells who asks ("… Jeg bor selv i Silkeborg."), not what is asked; a
question of small words only ("Hvad skal der til?") asks about what the story tells; a town typed in
lower case is the visitor's as much as one with a capital; and an English "it" after "your
questionnaire" stands for the questionnaire.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.material_names import names_in_texts
from assistant.answer.reading import organisations_things, read_question
from assistant.answer.scene import carries_nothing, story_places, told_claim, told_up_to_question


def test_a_statement_after_the_question_is_no_part_of_what_is_asked():
    question = "Hvor mange lommeparker har medlemmerne anlagt? Jeg bor selv i Silkeborg."
    assert told_up_to_question(question) == "Hvor mange lommeparker har medlemmerne anlagt?"
    assert told_up_to_question("Jeg bor i Silkeborg. Hvad koster det?") == "Jeg bor i Silkeborg. Hvad koster det?"
    assert told_up_to_question("Hvad koster det?") == "Hvad koster det?"


def test_the_visitors_town_told_after_an_amount_question_is_not_the_place_asked_about(association):
    # Read as part of the question, "i Silkeborg" was the place the figure had to be given for.
    question = "Hvor mange lommeparker har medlemmerne anlagt? Jeg bor selv i Silkeborg."
    assert "Silkeborg" not in read_question(association, question).asked
    answer = ask(question, association)
    assert answer.answered and "62 lommeparker" in answer.answer


def test_a_question_of_small_words_is_asked_about_what_the_story_tells(association):
    assert carries_nothing(association, "Hvad skal der til?")
    assert not carries_nothing(association, "Hvad koster det?")
    # "nedlægges" is no word of the statutes, which say "opløsning": the story's word is searched.
    question = "Min nabo fortalte, at foreningen skal nedlægges. Hvad skal der til?"
    assert "nedlægges" in read_question(association, question).text.split()
    answer = ask(question, association)
    assert answer.answered and answer.citations[0].paragraph == "13"


def test_the_names_of_a_text_are_the_words_it_writes_only_with_a_capital_inside_a_sentence():
    texts = ["Foreningens hjemsted er Vejle Kommune.", "Spørgsmål sendes til sekretariatet i Vejle.",
             "Kommunerne bør plante træer. Desuden skal kommunerne lede regnvand væk."]
    # "Desuden" and "Kommunerne" open a sentence; "kommunerne" is also written small.
    assert names_in_texts(texts) == {"vejle", "kommune"}


@pytest.mark.parametrize("scene", ["jeg er flyttet til vejle", "min mor bor i vejle"])
def test_a_town_typed_in_lower_case_is_the_visitors_when_the_material_writes_it_as_a_name(scene):
    words = scene.split()
    assert [words[i] for i in story_places(words, "Hvordan bliver man medlem?", frozenset({"vejle"}))] == ["vejle"]
    # A word the material writes small is a word of it ("i bestyrelsen"), not a town.
    assert story_places(words, "Hvordan bliver man medlem?") == set()


def test_a_lower_case_town_of_the_material_does_not_pull_the_answer_to_its_passages(association):
    question = "jeg er flyttet til vejle og vil gerne være medlem. hvordan gør jeg?"
    assert "vejle" not in read_question(association, question).text.casefold().split()
    answer = ask(question, association)
    assert answer.answered and answer.citations[0].paragraph == "3"


def test_an_english_it_after_your_questionnaire_stands_for_the_questionnaire(association):
    assert organisations_things("My brother filled in your questionnaire at home.") == {"questionnaire"}
    asked = "My brother filled in your questionnaire at home. How many members answered it?"
    assert "spørgeskema" in read_question(association, asked).text.split()
    # Without a pronoun pointing back, the story's word the material lacks is the visitor's.
    told = "My brother filled in your questionnaire at home. How many members are there?"
    assert "spørgeskema" not in read_question(association, told).text.split()


def test_an_english_it_after_the_organisations_name_stands_for_the_organisation(bundled_index):
    question = "I read about Balance Danmark in a newspaper. When was it started?"
    assert "avis" not in read_question(bundled_index, question).text.split()
    answer = ask(question, bundled_index)
    assert answer.answered and "2014" in answer.answer


def test_a_story_of_the_visitors_own_before_a_question_of_small_words_adds_none_of_its_other_words(bundled_index):
    # "Hvad blev der af den?" is about the movement the story names, not about the old newspaper.
    question = "Jeg læste om bevægelsen Oprør fra Udkanten i en gammel avis. Hvad blev der af den?"
    assert "avis" not in read_question(bundled_index, question).text.split()
    # A claim told with "at" is what the question asks about.
    told = "Jeg har hørt rygter om, at foreningen skal lukkes. Hvad skal der til?"
    assert told_claim(told.split(".")[0].replace(",", "").split()) == {6, 7, 8}  # "foreningen skal lukkes"
