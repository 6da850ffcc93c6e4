"""A visitor's story told with "vi" or about the document read, round thirty: what the question asks
stays the question's.

"Vi er nogle medlemmer i Vejle …" says what group "vi" is, so the question's "vi" is that group, not the
people of Vejle; "Jeg har læst jeres publikation." names where the question comes from, not what it
asks; and an English "it" never stands for the people a turn before was about.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.conversation import ask as ask_in_conversation
from assistant.answer.reading import read_question
from assistant.answer.scene import story_places
from assistant.answer.story_grammar import group_we, read_document


@pytest.mark.parametrize("scene", [
    "Vi er en virksomhed i Vejle",
    "Vi er nogle medlemmer i Horsens",
    "vi er tre venner fra Skagen",
    "Vi er en skole i Vejle",            # "skole" is also a verb: after an article it is the noun
    "Vi er en lille borgerforening i Nakskov",
    "Vi er forældre i Vejle",
])
def test_a_story_that_says_what_group_we_are(scene):
    assert group_we(scene.split())


@pytest.mark.parametrize("scene", [
    "Vi bor i Vejle",                    # the people of the place
    "Vi er fra Vejle",
    "Vi er utilfredse med bestyrelsen",  # how they feel, not who they are
    "Vi er lige flyttet til Vejle",      # what they did
    "Jeg er fra Vejle",
])
def test_a_story_that_names_no_group(scene):
    assert not group_we(scene.split())


def test_the_town_of_a_group_is_not_searched_when_the_question_asks_about_the_group():
    words = "Vi er en virksomhed i Vejle".split()
    assert [words[i] for i in story_places(words, "Hvad koster det os at være med?")] == ["Vejle"]
    # The people of the place: the question's "vi" is the town's ("hvor mange grønne tage har vi?").
    assert story_places("Vi bor i Vejle".split(), "Hvor mange grønne tage har vi?") == set()
    assert story_places("Vi er en skole i Vejle".split(), "Hvor mange træer er der her?") == set()


@pytest.mark.parametrize("scene, read", [
    ("jeg er pensionist i vejle og har laest jeres publikation", "publikation"),
    ("Jeg har læst vedtægterne", "vedtægterne"),
    ("min kone laeste jeres rapport", "rapport"),
    ("Jeg har lige gennemlæst hele rapporten", "rapporten"),
])
def test_the_document_the_visitor_read_is_where_the_question_comes_from(scene, read):
    words = scene.split()
    assert [words[i] for i in read_document(words)] == [read]


@pytest.mark.parametrize("scene", [
    "Jeg har læst om jeres træplan",     # read about a topic: the topic may be asked
    "Jeg læste i avisen",
    "Jeg læser meget",
])
def test_what_was_read_about_is_kept(scene):
    assert read_document(scene.split()) == set()


def test_a_document_the_question_points_back_at_is_kept(association):
    # "den" agrees with "publikationen": the question asks about the document itself.
    words = "Jeg har læst publikationen på mit arbejde".split()
    assert read_document(words, "Hvor kan jeg sende mine spørgsmål til den?") == set()
    assert read_document(words, "Hvem har betalt for kortlægningen?") == {3}
    answer = ask("Jeg har læst publikationen på mit arbejde i Vejle. Hvor kan jeg sende mine spørgsmål til den?",
                 association)
    assert answer.answered and "sekretariat" in answer.answer


def test_members_who_call_for_an_extra_meeting_are_answered_from_the_extra_meeting(association):
    question = ("Vi er en del medlemmer i Vejle, der er utilfredse med bestyrelsen. "
                "Kan vi selv få kaldt til et ekstra møde?")
    assert "Vejle" not in read_question(association, question).text.split()
    answer = ask(question, association)
    assert answer.answered and answer.citations[0].paragraph == "8"


def test_who_paid_is_answered_after_the_visitor_says_they_read_the_publication(association):
    question = "jeg er pensionist i vejle og har laest jeres publikation. hvem har betalt for kortlaegningen?"
    assert "publikation" not in read_question(association, question).text.split()
    answer = ask(question, association)
    assert answer.answered and "Fonden for Bynatur" in answer.answer


def test_an_english_it_after_a_question_about_members_stands_for_the_organisation(bundled_index):
    first = "Who can become a member of Balance Danmark?"
    ask_in_conversation(first, bundled_index)
    answer = ask_in_conversation("and when was it founded?", bundled_index, history=[first])
    assert answer.answered and answer.citations[0].url.endswith("#vores-historie")
    assert "2014" in answer.answer


def test_an_english_it_after_a_question_about_members_in_the_plural_stands_for_the_organisation(bundled_index):
    first = "Who are the members of Balance Danmark?"
    ask_in_conversation(first, bundled_index)
    answer = ask_in_conversation("and what does it fight for?", bundled_index, history=[first])
    assert answer.answered and answer.citations[0].url.endswith("#vores-kamp")
