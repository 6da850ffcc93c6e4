"""The question's words find the sentence that names the event; the answer also quotes the sentence
beside it that tells what was asked -- when it happened, or who did it.

A visitor asks who started the organisation and is told the year it started; the founders stand in
the next sentence. A member asks how soon an extraordinary meeting must be held and is told when
one is held; the four weeks stand in the next sentence.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_neighbours import asks_goal, asks_how_soon, names_actor
from assistant.documents import Document, Section
from tests.support.statutes import build_index


@pytest.mark.parametrize("question", [
    "Hvem var med til at stifte det hele?",
    "Who founded Balance Danmark?",
    "Hvem betalte for at få det hele i gang, da I startede?",
])
def test_a_who_question_about_the_start_gets_who_stood_behind_it(bundled_index, question):
    answer = ask(question, bundled_index)
    assert answer.answered, answer.answer
    assert "Danske Andelskassers Bank" in answer.answer, answer.answer


def test_when_the_event_is_named_the_sentence_beside_it_tells_the_year(bundled_index):
    answer = ask("When was Balance Danmark set up in the first place?", bundled_index)
    assert "2014" in answer.answer, answer.answer


def test_a_deadline_in_the_next_sentence_of_a_paragraph_is_quoted(association):
    # § 8: the first sentence says when an extraordinary meeting is held, the second how soon.
    answer = ask("Hvor lang tid går der, fra medlemmerne kræver et ekstraordinært møde, til det bliver holdt?",
                 association)
    assert answer.citations[0].paragraph == "8", answer.answer
    assert "fire uger" in answer.answer, answer.answer


def test_of_two_sentences_with_the_words_the_one_saying_who_acts_answers_who(association):
    # "Vi giver otte anbefalinger til … Folketinget" holds a capital letter; the landsråd adopted them.
    answer = ask("Hvem godkendte anbefalingerne?", association)
    assert "landsråd" in answer.answer, answer.answer
    assert "otte anbefalinger" not in answer.answer, "the sentence that only names someone is not quoted"


MEETING = ("Foreningen holdt sit første møde i biblioteket i Kolding. "
           "Mødet blev ledet af Karen Holm fra bestyrelsen. "
           "Der kom omkring tyve gæster.")


@pytest.fixture(scope="module")
def meeting(tmp_path_factory):
    doc = Document(url="https://groenne-byer.example/moede/", title="Det første møde",
                   sections=(Section(heading="Det første møde", anchor="", text=MEETING),))
    return build_index(tmp_path_factory.mktemp("meeting"), [doc])


def test_who_led_the_meeting_is_quoted_beside_the_sentence_about_the_meeting(meeting):
    answer = ask("Hvem stod for foreningens første møde?", meeting)
    assert answer.answered and "Karen Holm" in answer.answer, answer.answer
    assert "tyve gæster" not in answer.answer, "a sentence that says no who is not added"


def test_a_question_that_asks_no_who_gets_no_sentence_beside(meeting):
    answer = ask("Hvor holdt foreningen sit første møde?", meeting)
    assert "biblioteket" in answer.answer and "Karen Holm" not in answer.answer, answer.answer


@pytest.mark.parametrize("sentence", [
    "Bag initiativet stod Danske Andelskassers Bank og en række kommuner.",
    "Anbefalingerne blev vedtaget af foreningens landsråd den 15. februar 2025.",
    "Kortlægningen er finansieret af Fonden for Bynatur.",
    "Regnskabet revideres af en revisor.",
    "Det var kommunerne, der stod bag.",
])
def test_a_sentence_says_who_acts_by_its_grammar(sentence):
    assert names_actor(sentence)


@pytest.mark.parametrize("sentence", [
    "Balance Danmark startede i 2014 under navnet Danmark på Vippen.",
    "Vi giver otte anbefalinger til kommuner, boligselskaber og Folketinget.",
    "Det er meget af det, vi har lavet.",
    "Et af målene er flere træer.",
])
def test_a_capital_letter_or_a_degree_word_says_no_who(sentence):
    assert not names_actor(sentence)


@pytest.mark.parametrize("question", [
    "hvornaar kom Staten i hele Danmark med",
    "Hvornaar kom foreningen Staten i hele Danmark med hos jer?",
])
def test_a_when_question_about_a_samtidig_sentence_gets_the_time_from_the_one_before(bundled_index, question):
    # "… som i slutningen af 2018 ændrede navn til Balance Danmark. Samtidig tilsluttede foreningen
    # Staten i hele Danmark sig …": the time of the second is told in the first.
    answer = ask(question, bundled_index)
    assert "Staten i hele Danmark" in answer.answer and "2018" in answer.answer, answer.answer


def test_what_happened_at_the_time_of_something_else_is_the_samtidig_sentence(bundled_index):
    answer = ask("hvilken forening blev en del af jer da i skiftede navn", bundled_index)
    assert "Staten i hele Danmark" in answer.answer, answer.answer


MOVE = ("Foreningen flyttede i 2019 sit sekretariat til Vejle. "
        "Samtidig ansatte foreningen en ny sekretær. "
        "Sekretariatet har åbent hver tirsdag.")


@pytest.fixture(scope="module")
def move(tmp_path_factory):
    doc = Document(url="https://groenne-byer.example/flytning/", title="Sekretariatet",
                   sections=(Section(heading="Sekretariatet", anchor="", text=MOVE),))
    return build_index(tmp_path_factory.mktemp("move"), [doc])


def test_a_samtidig_sentence_takes_its_year_from_the_sentence_before(move):
    answer = ask("Hvornår ansatte foreningen en ny sekretær?", move)
    assert answer.answered and "2019" in answer.answer and "sekretær" in answer.answer, answer.answer
    assert "tirsdag" not in answer.answer


@pytest.mark.parametrize("question", [
    "Godmorgen! Hvor langt må der højst være fra ens hjem til et grønt sted?",
    "Godaften, hvor langt må der højst være fra mit hjem til et grønt sted, synes I? mvh",
])
def test_a_how_far_question_quotes_the_length_not_another_figure(association, question):
    # Page 4 holds "mindst 30 procent af arealet … er grønt" and "mere end 300 meter fra et grønt
    # opholdssted": both figures, one distance.
    answer = ask(question, association)
    assert "300 meter" in answer.answer and "30 procent" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Hvor hurtigt skal et ekstraordinært møde holdes, når medlemmerne har forlangt det?",
    "How soon must an extraordinary meeting be held?",
])
def test_how_soon_is_answered_by_the_time_limit_beside_the_rule(association, question):
    # § 8: "Ekstraordinær generalforsamling afholdes, når …" then "Den afholdes senest fire uger efter kravet …".
    answer = ask(question, association)
    assert "senest fire uger efter kravet" in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("Hvor hurtigt skal mødet holdes?", True),
    ("How soon will the report be out?", True),
    ("Hvor holdes mødet?", False),
    ("Hvorfor skal mødet holdes hurtigt?", False),
])
def test_a_question_asks_how_soon(question, expected):
    assert asks_how_soon(question) is expected


@pytest.mark.parametrize("question", [
    "hvad ville i opnå da i startede tilbage i 2014",
    "What was Danmark på Vippen trying to achieve when it started?",
])
def test_what_they_wanted_to_achieve_is_the_aim_two_sentences_on(bundled_index, question):
    # "… startede i 2014 …" / "Bag initiativet stod …" / "Målet var at få diskussionen … på den politiske dagsorden."
    answer = ask(question, bundled_index)
    assert "Målet var" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Hvad ville folkene bag Danmark på Vippen opnå?",
    "What did the people behind Danmark på Vippen want to put at the top of politics?",
    "Hvad var meningen med oprøret i 2014?",
])
def test_the_aim_is_told_when_the_one_wanting_is_named_at_length_or_the_aim_asked_as_a_purpose(bundled_index,
                                                                                                question):
    answer = ask(question, bundled_index)
    assert "Målet var" in answer.answer, answer.answer


def test_the_aim_told_in_the_paragraph_before_the_event_found_is_told_with_it(bundled_index):
    # The words find "I 2017 blev bevægelsen Oprør fra Udkanten …", a paragraph (and passage) of its own;
    # "Målet var at …" ends the section's paragraph before it.
    answer = ask("Hvad ville man opnå, da bevægelsen blev sat i gang?", bundled_index)
    assert "Målet var" in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("Hvad ville folkene bag Danmark på Vippen opnå?", True),
    ("Hvad ville stifterne helst opnå, da I startede i 2014?", True),
    ("What did the people behind Danmark på Vippen want to do?", True),
    ("Hvad var meningen med oprøret?", True),
    ("Hvad vil I gøre for at opnå bedre balance?", False),
    ("Hvad ville I opnå, da I startede?", True),
    ("What is the organisation trying to achieve?", True),
    ("What were you hoping to achieve back then?", True),
    ("Hvad håbede I at opnå?", True),
    ("Hvad var målet med initiativet?", True),
    ("What has the organisation achieved in politics so far?", False),
    ("Hvornår startede I?", False),
])
def test_a_question_asks_an_aim(question, expected):
    assert asks_goal(question) is expected


def test_a_question_for_a_name_gets_no_actor_beside_it(bundled_index):
    # "Hvad hed I i starten?" asks a name, which "… under navnet Danmark på Vippen …" holds.
    answer = ask("Hvad hed I i starten?", bundled_index)
    assert "Danmark på Vippen" in answer.answer and "Bag initiativet" not in answer.answer, answer.answer


def test_an_actor_of_the_next_stk_is_not_added_to_a_statute_answer(association):
    # § 4, stk. 2 says to write to the treasurer; stk. 3's "ekskluderes af bestyrelsen" is another rule.
    answer = ask("Hvem skal jeg skrive til, hvis jeg vil stoppe mit medlemskab?", association)
    assert "kassereren" in answer.answer and "ekskluderes" not in answer.answer, answer.answer


def test_an_agent_after_its_inverted_subject_says_who_acts():
    assert names_actor("Ved køb, salg eller pantsætning af fast ejendom tegnes foreningen af den samlede bestyrelse.")


@pytest.mark.parametrize("question", [
    "Hvem kom med ombord, samtidig med at I skiftede navn?",
    "Which organisation joined at the same time as you changed your name?",
])
def test_what_happened_at_the_same_time_as_something_else_is_the_samtidig_sentence(bundled_index, question):
    answer = ask(question, bundled_index)
    assert "Staten i hele Danmark" in answer.answer, answer.answer
