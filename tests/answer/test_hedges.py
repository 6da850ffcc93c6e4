"""Chat messages with emoji for punctuation, hedges about the asking, and sign-offs of thanks: the
question inside is what is searched."""
from __future__ import annotations

import pytest

from assistant.answer.hedges import emoji_as_stops, without_hedges
from assistant.answer.message_clauses import split_context
from assistant.answer.wrappers import unwrap


@pytest.mark.parametrize("message, read", [
    ("Hej 👋 hvem er formand", "Hej. hvem er formand"),
    ("Jeg er ny i bestyrelsen 🙂 Hvornår er der møde?", "Jeg er ny i bestyrelsen. Hvornår er der møde?"),
    ("Jeg er ny :) hvornår er der møde", "Jeg er ny. hvornår er der møde"),
    ("Hvornår er der møde? 🙏🙏", "Hvornår er der møde?"),
    ("👍 hvornår er der møde", "hvornår er der møde"),
    ("Tusind tak! 😊 Hvornår er der møde?", "Tusind tak! Hvornår er der møde?"),
])
def test_an_emoji_between_sentences_is_read_as_the_full_stop_it_stands_for(message, read):
    assert emoji_as_stops(message) == read


def test_the_askers_situation_before_an_emoji_is_told_apart_from_the_question():
    message = "Hej! Jeg sidder i kommunens planafdeling 🙂 Hvor mange kommuner er med?"
    assert split_context(unwrap(message)) == ("Jeg sidder i kommunens planafdeling.",
                                              "Hvor mange kommuner er med?")


def test_a_message_without_emoji_or_smileys_is_read_as_typed():
    message = "Hvad betyder (se § 3) for os: kan vi melde os ind?"
    assert emoji_as_stops(message) == message


@pytest.mark.parametrize("message, question", [
    ("Jeg ved ikke om du kan svare på det, men hvem er kasserer?", "hvem er kasserer?"),
    ("Jeg er ikke sikker på, om I kan hjælpe med det, men hvem er kasserer?", "hvem er kasserer?"),
    ("jeg ved ikke om i kan svare paa det men hvem er kasserer", "hvem er kasserer"),
    ("Det er nok et dumt spørgsmål, men hvem er kasserer?", "hvem er kasserer?"),
    ("Undskyld hvis det er et dumt spørgsmål. Hvem er kasserer?", "Hvem er kasserer?"),
    ("I don't know if you can answer this, but who is the treasurer?", "who is the treasurer?"),
    ("Probably a stupid question, but who is the treasurer?", "who is the treasurer?"),
    ("Sorry for my Danish! Hvem er kasserer?", "Hvem er kasserer?"),
    ("Undskyld mit dårlige dansk. Who is the treasurer?", "Who is the treasurer?"),
    ("who is the treasurer? sorry for the stupid question", "who is the treasurer?"),
    ("Jeg ved ikke, om det er det rigtige sted at spørge, men hvem er kasserer?", "hvem er kasserer?"),
    ("Not sure if this is the right place to ask, but who is the treasurer?", "who is the treasurer?"),
    ("Not sure if you can help, but who is the treasurer?", "who is the treasurer?"),
])
def test_a_hedge_about_the_asking_is_taken_off_and_the_question_stays(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message", [
    "Hvem kan svare på spørgsmål om kontingent?",      # answering is what is asked about
    "Ved I, om man kan stemme ved fuldmagt?",           # a question of its own, not a hedge
    "Hvad gør man med et dumt spørgsmål på generalforsamlingen?",
])
def test_words_of_answering_inside_the_question_are_no_hedge(message):
    assert without_hedges(message) == message


@pytest.mark.parametrize("message, question", [
    ("Hvem er kasserer? På forhånd tak, Jens", "Hvem er kasserer?"),
    ("Who is the treasurer? Thanks in advance, Erik", "Who is the treasurer?"),
    ("Hvem er kasserer? Mvh Lene, Lemvig Kommune", "Hvem er kasserer?"),
    ("Hvem er kasserer? Tak for et godt nyhedsbrev", "Hvem er kasserer?"),
    ("who is the treasurer thx", "who is the treasurer"),
    ("hey, quick q – who is the treasurer?", "who is the treasurer?"),
])
def test_thanks_and_signatures_in_the_forms_people_sign_with_are_taken_off(message, question):
    assert unwrap(message) == question


def test_a_request_to_sum_up_after_the_question_is_taken_off():
    assert unwrap("Hvad går jeres vision ud på – kan du opsummere den kort?") == "Hvad går jeres vision ud på?"


def test_a_couple_signing_together_is_a_signature_too():
    assert unwrap("Hvornår er der generalforsamling? Venlig hilsen Birthe og Ole") == \
        "Hvornår er der generalforsamling?"


@pytest.mark.parametrize("message, question", [
    # Spoken English's hedging fillers carry no topic: "kinda", and "I guess" said of the asking.
    ("Sorry, kinda random, but who signs for the association?", "who signs for the association?"),
    ("So, how many board members are there, I guess?", "So, how many board members are there?"),
    ("Quick one, I guess: when is the fee due?", "when is the fee due?"),
    ("I guess my question is kinda basic: who audits the accounts?", "who audits the accounts?"),
    ("I guess I'm kinda wondering who can vote?", "who can vote?"),
    ("Kinda curious – where is the secretariat?", "where is the secretariat?"),
    ("My question is pretty simple, but when was the association founded?", "when was the association founded?"),
])
def test_english_fillers_and_remarks_about_the_question_are_taken_off(message, question):
    assert unwrap(message) == question


def test_an_aside_i_guess_keeps_the_break_between_the_scene_and_the_question():
    message = "I'm on the board of a tenants' association, I guess – who can become a member?"
    assert split_context(unwrap(message)) == ("I'm on the board of a tenants' association",
                                              "who can become a member?")


@pytest.mark.parametrize("message", [
    # "kind of" asks for a kind; a guess with its content is what the visitor wants checked.
    "What kind of projects do you support?",
    "Where is the general meeting held? I guess in Vejle?",
    "Is the random sample of members representative?",
])
def test_words_that_only_look_like_fillers_stay(message):
    assert unwrap(message) == message


@pytest.mark.parametrize("message, scene, question", [
    # A hedge after the visitor's story, in the middle of the message, ends the story: the role told
    # there is the scene, not part of the question.
    ("I'm a gardener in Kolding, kinda curious – who can become a member?",
     "I'm a gardener in Kolding", "who can become a member?"),
    ("My aunt lives in Vejle, just curious – when is the fee due?", "My aunt lives in Vejle", "when is the fee due?"),
    ("We run a café in Odense, totally random, but can a company join?", "We run a café in Odense", "can a company join?"),
])
def test_a_hedge_after_the_visitors_story_keeps_the_story_apart_from_the_question(message, scene, question):
    assert split_context(unwrap(message)) == (scene, question)
