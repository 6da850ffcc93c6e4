"""A visitor asks in idioms: "hvad er idéen med …", "hele herligheden", "who got the ball rolling",
"how come …", "who's footing the bill": the nouns of such phrases say how the question is put, not
what the material must name.

The step that reads the thing asked (asked_thing, asked_thing_english) took "idéen", "herligheden",
"rolling", "matter" and "bill" for things the material never mentions, and declined questions the Om
page, the statutes and the publication answer. Idioms WordNet lists ("keep an eye on", "on board")
are read from WordNet; the Danish question frames and set phrases no resource lists are a small
table (asked_idioms). A thing asked inside the same frames still declines.
"""
from __future__ import annotations

import pytest

from assistant.answer.asked_idioms import danish_idiom_positions, english_idiom_positions
from assistant.answer.asked_thing import asked_things
from assistant.answer.asked_thing_english import english_asked_things, in_listed_phrase
from assistant.answer.compose import ask
from assistant.language import wordnet
from tests.support.language import require_debian_file


@pytest.fixture
def with_wordnet():
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")


@pytest.mark.parametrize("question, frame", [
    ("Hvad er meningen med jeres årlige byregnskab?", "meningen"),
    ("hvad er ideen med lommeparkerne", "ideen"),
    ("Hvad er pointen ved at plante flere træer?", "pointen"),
    ("Hvem fik ideen til foreningen?", "ideen"),
    ("Hvad koster hele molevitten?", "molevitten"),
    ("Hvad gør I helt konkret for træerne?", "konkret"),
    ("Hvad vil I gøre for borgerne derude?", "derude"),
    ("Hvornår er sidste chance for at melde sig ud?", "chance"),
    ("hvornaar er foerste mulighed for at stemme", "mulighed"),
    ("Hvordan fungerer bestyrelsen i praksis?", "praksis"),
    ("Hvad løber hele pakken af anbefalinger op i?", "pakken"),   # "hele pakken": all of it
    ("Hvad gør I rent praktisk for de små byer?", "praktisk"),    # "rent praktisk": in practice
    ("hvad goer i helt praktisk for lokalsamfundene", "praktisk"),
])
def test_the_words_of_a_danish_question_idiom_are_no_things_asked_about(question, frame):
    assert frame not in asked_things(question)


@pytest.mark.parametrize("question, thing", [
    # The thing after the frame is still asked about, and a noun that names a missing kind of fact
    # ("ulempen": a drawback) is no frame.
    ("Hvad er meningen med æresmedlemskab?", "æresmedlemskab"),
    ("Hvad er ulempen ved at være medlem?", "ulempen"),
    ("Hvad er idéen bag maskotten?", "maskotten"),
    # "sidste chance for at …" asks when; a thing inside its infinitive is still asked about, and
    # without "hvornår" the noun is what is asked ("the last deadline" itself).
    ("Hvornår er sidste chance for at betale med MobilePay?", "mobilepay"),
    ("Hvad er sidste afleveringsdag for at sende et forslag?", "afleveringsdag"),
    # A package on its own is a thing ("pakken" without "hele"), and what follows "hele pakken af" is asked.
    ("Kan man få pakken leveret?", "pakken"),
    ("Hvad koster hele pakken af solceller?", "solceller"),
])
def test_what_the_frame_asks_about_stays_a_thing(question, thing):
    assert thing in asked_things(question)


def test_the_danish_frame_needs_its_preposition():
    # "Hvad er idéen?" alone has no "med / ved / bag": nothing frames it.
    assert danish_idiom_positions("hvad er idéen".split()) == set()
    assert danish_idiom_positions("hvad er idéen med det".split()) == {2}


@pytest.mark.parametrize("question, frame", [
    ("What's the point of the tree plan?", "point"),
    ("What is the idea behind the pocket parks?", "idea"),
    ("Who set the ball rolling back then?", "rolling"),
    ("Could you sum it up in a few words?", "words"),
    ("When is the last chance to register?", "chance"),
    ("When is the earliest date to send in a proposal?", "date"),
    ("What would the whole package cost?", "package"),
])
def test_the_words_of_an_english_question_idiom_are_no_things_asked_about(with_wordnet, question, frame):
    assert frame not in english_asked_things(question)


def test_english_frames_are_read_on_their_own_words():
    words = "what's the point of the tree plan".split()
    assert english_idiom_positions(words) == {2}
    assert english_idiom_positions("what is the idea behind it".split()) == {3}
    assert english_idiom_positions("what is the plan".split()) == set()


@pytest.mark.parametrize("question, word", [
    ("Which group came on board later?", "board"),            # WordNet: "on board", an adverb
    ("How do you keep an eye on the councils?", "eye"),       # WordNet: "keep an eye on", a verb
    ("What do you do, in a nutshell?", "nutshell"),           # WordNet: "in a nutshell", an adverb
])
def test_an_idiom_wordnet_lists_is_no_thing_asked_about(with_wordnet, question, word):
    words = question.casefold().rstrip("?").split()
    assert in_listed_phrase(words, words.index(word))
    assert word not in english_asked_things(question)


def test_a_verb_and_the_object_its_definition_quotes_are_one_thing(with_wordnet):
    # WordNet's "foot" is "pay for something; … 'foot the bill'": who is footing the bill asks who pays.
    assert "bill" not in english_asked_things("Who is footing the bill for the survey?")
    # A verb whose definitions do not quote its object leaves the object a thing asked about.
    assert "lease" in english_asked_things("Who signs the lease?")


@pytest.mark.parametrize("question, verb, thing", [
    ("How come birds matter so much?", "matter", "birds"),     # "how come" + subject + verb
    ("By what date must the fee be paid?", "date", "fee"),     # a question phrase after its preposition
    ("Who actually chairs the meetings?", "chairs", "meetings"),  # an adverb before the verb
])
def test_the_verb_and_the_question_phrase_are_read_in_more_word_orders(with_wordnet, question, verb, thing):
    things = english_asked_things(question, content=True)
    assert verb not in things and thing in things


def test_who_had_the_idea_is_answered_with_the_founders(bundled_index):
    answer = ask("Hvem fik egentlig ideen til Danmark på Vippen?", bundled_index)
    assert answer.answered and "Danske Andelskassers Bank" in answer.answer


def test_the_last_chance_to_pay_is_answered_with_the_deadline(statutes):
    # The statutes say "skal være betalt senest 1. marts": "chance" frames the time asked.
    answer = ask("Hvornår er sidste chance for at betale kontingentet?", statutes)
    assert answer.answered and "1. marts" in answer.answer


def test_how_the_association_works_in_practice_is_answered_with_its_purpose(statutes):
    answer = ask("Hvordan arbejder foreningen i praksis for grønnere byer?", statutes)
    assert answer.answered and "formål" in answer.answer


def test_the_last_chance_to_pay_in_a_way_the_statutes_never_name_still_declines(statutes):
    assert not ask("Hvornår er sidste chance for at betale kontingentet med MobilePay?", statutes).answered


def test_what_the_whole_lot_costs_is_answered_with_the_total(publication_index):
    answer = ask("Hvad koster hele balladen i alt?", publication_index)
    assert answer.answered and "1,2 milliarder" in answer.answer


@pytest.mark.parametrize("question", [
    "Hvad er meningen med jeres logo?",
    "Hvem fik idéen til jeres logo?",
])
def test_a_frame_around_a_thing_the_om_page_never_names_still_declines(bundled_index, question):
    assert not ask(question, bundled_index).answered


def test_the_askers_own_things_after_my_or_our_are_no_things_asked_about(with_wordnet):
    # Where the minutes land ("in my mailbox") is the asker's life; the minutes are asked about.
    things = english_asked_things("When do the minutes land in my mailbox?", content=True)
    assert "mailbox" not in things and "minutes" in things


def test_a_package_that_is_not_the_whole_of_it_stays_a_thing(with_wordnet):
    assert "package" in english_asked_things("Do you send a welcome package to new members?")
