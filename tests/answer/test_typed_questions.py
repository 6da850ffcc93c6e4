"""A member's question typed in haste, wrapped in chat: weighed as meant, answered as put."""
from __future__ import annotations

from assistant.answer.compose import ask
from assistant.answer.reading import read_question


def test_a_question_word_typed_without_danish_letters_asks_for_the_same_kind_of_fact(statutes):
    # "hvor laenge" read as typed is "hvor" before an unknown word: a place asked for. Corrected,
    # it asks how long, which "for to år ad gangen" answers.
    typed = ask("hvor laenge sidder man i bestyrelsen", statutes)
    spelt = ask("hvor længe sidder man i bestyrelsen", statutes)
    assert typed.answered and spelt.answered
    assert (typed.citations[0].paragraph, typed.citations[0].stk) == ("6", "1")
    assert typed.answer == spelt.answer


def test_the_answer_keeps_the_question_as_the_member_put_it(statutes):
    message = "Hej! hvor laenge sidder man i bestyrelsen? tak"
    assert ask(message, statutes).question == message


def test_the_question_as_meant_has_its_wrappers_off_and_its_typos_corrected(statutes):
    reading = read_question(statutes, "Jeg ved ikke om du kan svare på det, men hvem er formnad? 🙂")
    assert reading.asked == "hvem er formand?"


def test_an_english_question_has_no_danish_question_as_meant(statutes):
    assert read_question(statutes, "Who is the chair of the board?").asked == ""


def test_a_chat_message_with_a_hedge_and_an_emoji_finds_the_statute(statutes):
    answer = ask("Jeg ved ikke om du kan svare på det, men hvor mange sidder i bestyrelsen? 🙂", statutes)
    assert answer.answered
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("6", "1")
