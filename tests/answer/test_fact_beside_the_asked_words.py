"""Round thirty-one: the fact stands beside the sentence that shares the question's words.

A visitor who asks whether one thing counts as a term ("Does a green roof count as green space?"; from round
thirty-eight also "Is a roof covered in plants counted in …?", "Tæller grønne tage med, …?", "Which kinds of places
count as …?") gets the sentence that sets out what the term covers, not only the one of what does not
count, which holds the counting verb; one who asks what the founders wanted to do gets the aim told beside the start;
one who tells a story and asks, after a dash, whether the organisation belongs to a party gets the
sentence that says what it is.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.definitions import asks_what_counts
from assistant.answer.sentence_neighbours import asks_goal
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://cykelgruppen.example/om/"
# A cycling group of our own, written for these tests; every name and figure is invented.
GROUP = Document(url=URL, title="Om Cykelgruppen", sections=(
    Section(heading="", anchor="",
            text="Cykelgruppen er en partipolitisk uafhængig gruppe, der arbejder for sikre cykelstier."),
    Section(heading="Historie", anchor="historie",
            text="Cykelgruppen startede i 2015 som et projekt på biblioteket. "
                 "Bag projektet stod tre cykelhandlere og en efterskole. "
                 "Målet var at få flere børn til at cykle i skole."),
    Section(heading="Byrådet", anchor="byraadet",
            text="Vi holder møde med byrådets partier hvert forår og taler politisk om de farligste kryds."),
))


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("cykelgruppen"), [GROUP])


@pytest.mark.parametrize("question", [
    "Does a green roof count as green space in your survey?",
    "Sorry, kinda random, but do roofs count as green in your numbers?",
    # Round thirty-eight: "counted in", "tæller … med" without "som", the interrogative of kind, and a
    # negation told of someone else after the asking sentence.
    "Is a roof covered in plants counted in your green figures?",
    "Tæller grønne tage med, når I gør det grønne areal op?",
    "Which kinds of places count as green area?",
    "What do you count as green space? My husband says plants on roofs don't count.",
])
def test_whether_one_thing_counts_is_answered_by_what_the_term_covers(association, question):
    # Page 2: "Ved grønt areal forstår vi parker, haver, træer, grønne tage, …" then "Asfalt, tage uden
    # beplantning og befæstede pladser tæller ikke med.", which holds "tage" and the counting verb.
    answer = ask(question, association)
    assert answer.answered, answer.answer
    assert "grønne tage" in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("Does a green roof count as green space in your survey?", True),
    ("Is a car park counted as green space?", True),
    ("Regnes en have med som grønt areal?", True),
    ("Tæller grønne tage med som grønt areal?", True),
    ("Hvem tæller stemmerne?", False),
    ("Tæller en parkeringsplads ikke med som grønt areal?", False),
    ("Is the fee included in the price?", False),
    ("Is a roof covered in plants counted in your green figures?", True),
    ("Does a pocket park count towards the green share?", True),
    ("Tæller grønne tage med, når I gør det grønne areal op?", True),
    ("Regnes haver med i opgørelsen?", True),
    ("Which kinds of places count as green area?", True),
    ("Hvilke arealer regner I som grønne?", True),
    ("What do you count as green space? My husband says plants on roofs don't count.", True),
    # The asking sentence negated asks what is left out; "med" or "in" without counting asks nothing of it.
    ("Plants on roofs count, right? What does not count as green space?", False),
    ("Hvem tæller stemmerne med?", False),
    ("Tæller min stemme ikke med, hvis jeg er i restance?", False),
    ("Who counts the votes in the meeting?", False),
])
def test_a_yes_no_question_asks_whether_a_term_covers_a_thing(question, expected):
    assert asks_what_counts(question) is expected


def test_what_the_founders_wanted_to_do_is_the_aim_beside_the_start(group):
    # "… startede i 2015 …" / "Bag projektet stod …" / "Målet var at få flere børn til at cykle i skole."
    answer = ask("What did the founders want to get going back in 2015?", group)
    assert answer.answered, answer.answer
    assert "Målet var" in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("What did the founders want to put at the top of the agenda?", True),
    # What one wants now asks a thing ("What do you want to give local bodies?"), not the aim told.
    ("What do you want to change in the town?", False),
    ("Do you want to join?", False),
    ("Who did you want to reach?", False),
])
def test_what_someone_wanted_to_do_asks_an_aim(question, expected):
    assert asks_goal(question) is expected


@pytest.mark.parametrize("question", [
    "Jeg sidder i byrådet i en lille by – er I knyttet til et parti?",
    "Vi er nogle forældre fra Kolding – hører I til et bestemt parti?",
])
def test_a_story_set_off_by_a_dash_before_the_party_question_gets_the_definition(group, question):
    # The story's words ("byrådet", "by") stand in "byrådets partier"; the question after the dash is put
    # to the group itself, and its definition says "partipolitisk uafhængig".
    answer = ask(question, group)
    assert answer.answered, answer.answer
    assert answer.answer.startswith("Cykelgruppen er en partipolitisk uafhængig gruppe"), answer.answer
