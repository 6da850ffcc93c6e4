"""A visitor counts units of time ("hvor mange år …?", "hvor mange måneders varsel …?") or measures with them
("for tolv år siden", "flere årtier", "a decade before 2024", "hvor mange tusinde …"): a span or a measure is
asked, not a thing the answer must name or count with a figure before it.

"Hvor mange aar ad gangen fastsaettes kontingentet for" was declined because § 5, stk. 1 says "for et år ad
gangen" (an article, not a figure, before "år"); "Er de 1,2 milliarder tænkt som ét år eller flere årtier?"
because the publication never says "årti"; "Hvor mange hundrede millioner …" because "hundrede" was read as
a thing. Whether a noun is a unit of time is WordNet's noun.time, for a Danish noun through the
Danish-English dictionary (asked_span.py).
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_span import counts_time, measure_positions, number_word, unit_of_time
from assistant.answer.asked_thing import asked_things
from assistant.answer.asked_thing_english import english_asked_things
from assistant.answer.compose import ask


@pytest.mark.parametrize(("question", "fact"), [
    ("hvor mange aar ad gangen fastsaettes kontingentet for", "et år ad gangen"),
    ("Hvor mange måneders varsel skal jeg give, hvis jeg vil stoppe som medlem?", "en måneds varsel"),
])
def test_a_member_counting_units_of_time_is_answered_by_the_span_the_statutes_give(statutes, question, fact):
    answer = ask(question, statutes)
    assert answer.answered
    assert fact in answer.answer


def test_a_span_of_the_board_below_a_yearly_sum_is_found(association):
    answer = ask("Hvis jeg bliver valgt ind i ledelsen, hvor mange år skal jeg så regne med?", association)
    assert answer.answered
    assert "to år ad gangen" in answer.answer


def test_a_span_the_statutes_never_give_is_declined_though_the_next_stk_has_one(statutes):
    # § 5, stk. 2 prices the students' year; stk. 1's "for et år ad gangen" is another provision's span.
    answer = ask("Min nabo er nitten og læser til sygeplejerske. Hvor mange år kan hun betale studiepris?", statutes)
    assert not answer.answered


def test_a_reader_asking_a_span_in_decades_is_answered_from_the_economy_page(publication_index):
    answer = ask("Er de 1,2 milliarder tænkt som ét år eller flere årtier?", publication_index)
    assert answer.answered
    assert "over ti år" in answer.answer


@pytest.mark.parametrize(("word", "english"), [
    ("år", False), ("aar", False), ("måneders", False), ("uger", False), ("årtier", False),
    ("years", True), ("decade", True),
])
def test_units_of_time_are_read_from_the_dictionary_and_wordnet(word, english):
    assert unit_of_time(word, english)


@pytest.mark.parametrize("word", ["gange", "medlemmer", "kroner", "generalforsamlinger"])
def test_other_nouns_are_no_units_of_time(word):
    assert not unit_of_time(word)


def test_number_words_are_told_apart_from_quantifiers():
    assert number_word("tusinde") and number_word("hundrede") and number_word("twelve", english=True)
    assert not number_word("mange") and not number_word("bytræer") and not number_word("headcount", english=True)


@pytest.mark.parametrize(("question", "spans"), [
    ("Hvor mange år sidder bestyrelsen?", True),
    ("How many months do I have to wait?", True),
    ("Hvor mange gange om året mødes bestyrelsen?", False),
    ("Hvor mange medlemmer har foreningen?", False),
])
def test_a_count_of_units_of_time_asks_a_span(question, spans):
    assert counts_time(question) is spans


def test_a_counted_span_or_a_number_word_is_no_thing_asked():
    assert "årtier" not in asked_things("Er de 1,2 milliarder tænkt som ét år eller flere årtier?")
    assert "hundrede" not in asked_things("Hvor mange hundrede millioner koster den største post?")
    assert "decade" not in english_asked_things("How much green did the big cities have a decade before 2024?")
    assert "ago" not in english_asked_things("What was the organisation called some twelve years ago?")


def test_a_span_after_a_figure_without_a_time_it_relates_to_stays_asked():
    # The material gives no length of a meeting: "hours" is what the question asks about.
    assert "hours" in english_asked_things("Is the general meeting usually over in two hours?")
    assert measure_positions("for tolv år siden".split()) == {1, 2}  # "tolv" a number word, "år" its span
    assert measure_positions("over in two hours".split(), english=True) == {2}  # "two" alone
