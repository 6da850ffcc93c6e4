"""Chatty messages whose politeness still reached the search: leave to ask after the question,
gratitude promised for an answer, a question called big or hard, and the English em dash."""
from __future__ import annotations

import pytest

from assistant.answer.message_clauses import split_context
from assistant.answer.wrappers import unwrap


@pytest.mark.parametrize("message, question", [
    ("Who was behind starting your organisation, if you don't mind me asking?",
     "Who was behind starting your organisation"),
    ("Who founded it, if you dont mind my asking?", "Who founded it"),
    ("Who pays for the report, if I may ask?", "Who pays for the report"),
    ("Hvem stiftede foreningen, hvis jeg må spørge?", "Hvem stiftede foreningen"),
    ("Hvem betalte for rapporten, hvis jeg lige må spørge?", "Hvem betalte for rapporten"),
])
def test_leave_to_ask_after_the_question_is_taken_off(message, question):
    assert unwrap(message) == question


def test_an_opinion_frame_taken_off_before_the_question_mark_leaves_no_comma_behind():
    assert unwrap("Hvor langt må der højst være til et grønt sted, synes I?") == \
        "Hvor langt må der højst være til et grønt sted?"


@pytest.mark.parametrize("message, question", [
    ("I'd be grateful if you could tell me when Balance Danmark was founded.",
     "when Balance Danmark was founded."),
    ("I would be very grateful if you could tell me who leads it?", "who leads it?"),
    ("Jeg ville være taknemmelig, hvis du kunne fortælle mig, hvornår foreningen blev stiftet?",
     "hvornår foreningen blev stiftet?"),
    ("Jeg vil være glad, hvis du kan fortælle, hvem der er formand.", "hvem der er formand."),
])
def test_gratitude_promised_for_an_answer_is_taken_off_with_its_request(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message, question", [
    ("Et stort spørgsmål måske, men hvor kommer Danmarks rigdom fra?", "hvor kommer Danmarks rigdom fra?"),
    ("Det er et svært spørgsmål, men hvem betaler for det hele?", "hvem betaler for det hele?"),
    ("Måske et naivt spørgsmål: hvad laver I?", "hvad laver I?"),
    ("A big question perhaps, but where does Denmark's wealth come from?",
     "where does Denmark's wealth come from?"),
    ("It's a tough question, but who pays?", "who pays?"),
])
def test_a_question_called_big_or_hard_before_it_is_a_hedge(message, question):
    assert unwrap(message) == question


def test_a_big_question_that_is_itself_the_topic_stays():
    assert unwrap("Hvilket stort spørgsmål tager rapporten op?") == "Hvilket stort spørgsmål tager rapporten op?"


def test_an_em_dash_ends_the_askers_story_before_the_question():
    message = ("I was reading about Danish regional politics and got curious — where do you think "
               "decisions should be taken, centrally or locally?")
    assert split_context(unwrap(message)) == (
        "I was reading about Danish regional politics and got curious",
        # "do you think" asks the organisation's opinion, as "according to you" does: taken off.
        "where decisions should be taken, centrally or locally?")


@pytest.mark.parametrize("message", [
    "Who founded Balance Danmark? With best regards, Anna",
    "Who founded Balance Danmark? Warm wishes, Anna",
    "Who founded Balance Danmark? Kind wishes",
    "Who founded Balance Danmark? Best wishes from the board",
    "Who founded Balance Danmark? Kind regards and thanks",
    "Who founded Balance Danmark? Thanks and have a nice day!",
    "Hvem stiftede Balance Danmark? Mange hilsner fra bestyrelsen",
])
def test_a_closing_formula_with_whoever_sends_it_is_taken_off(message):
    assert split_context(unwrap(message)) == ("", message.split("?")[0] + "?")


@pytest.mark.parametrize("message", [
    "Hvem stiftede Balance Danmark? God weekend",
    "Hvem stiftede Balance Danmark? God dag til jer",
    "Hvem stiftede Balance Danmark? Ellers tak!",
    "Hvem stiftede Balance Danmark? Det var bare det.",
    "Hvem stiftede Balance Danmark? Det var vist alt :)",
    "Hvem stiftede Balance Danmark? Undskyld de mange spørgsmål",
    "Hvem stiftede Balance Danmark? Fortsæt det gode arbejde!",
    "Who founded Balance Danmark? Have a good one!",
    "Who founded Balance Danmark? That's all for now.",
    "Who founded Balance Danmark? Sorry for all the questions!",
    "Who founded Balance Danmark? Keep up the great work!",
])
def test_a_sentence_that_closes_the_message_after_its_question_is_taken_off(message):
    assert split_context(unwrap(message)) == ("", message.split("?")[0] + "?")


@pytest.mark.parametrize("message", [
    "Hvad gør I for at sikre en god dag?",
    "Hvordan holder I det gode arbejde ved lige?",
    "Who keeps up the good work in the regions?",
    "Hvad skete der? Det var det hele, der brændte.",
])
def test_the_same_words_inside_a_question_or_a_statement_stay(message):
    assert unwrap(message) == message
