"""A visitor says who told them, and where that person lives: the place is not what is asked."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.reporter_place import without_subjects_place
from assistant.answer.wrappers import unwrap

OM = "https://balance-danmark.dk/om/"


@pytest.mark.parametrize("message, without", [
    ("Min kusine i Aarhus siger, at I er betalt af et parti.", "Min kusine siger, at I er betalt af et parti."),
    ("My aunt in Randers says the big cities lost the most.", "My aunt says the big cities lost the most."),
    # Typed in small letters, a town is told by the subject's verb after it, also without æ/ø/å.
    ("min nabo i tarm spoerger hvad der taeller som groent areal",
     "min nabo spoerger hvad der taeller som groent areal"),
    ("min svoger i esbjerg mener at i kun er for kommuner", "min svoger mener at i kun er for kommuner"),
    # The subject of a later sentence too.
    ("Jeg bor i Vejle. Min søn i Vejle vil være medlem.", "Jeg bor i Vejle. Min søn vil være medlem."),
])
def test_the_place_of_the_person_a_message_opens_with_is_left_out(message, without):
    assert without_subjects_place(message) == without


@pytest.mark.parametrize("message", [
    # A name of two words is an organisation the question may be about.
    "Min nabo i Grønne Byer siger, at I har fem i bestyrelsen.",
    # In small letters, a word after the preposition that no verb follows is not told from a noun.
    "min kone i bestyrelsen og jeg undrer os over kontingentet",
    # A place that is not the subject's: the claim's own town is what is checked.
    "Min nabo siger, at I har kontor i Aarhus.",
    # Written with capitals, a word in small letters after the preposition is no name.
    "Mit medlemskab i foreningen udløber snart.",
])
def test_other_phrases_after_a_preposition_are_kept(message):
    assert without_subjects_place(message) == message


def test_a_claim_checked_keeps_who_said_it_but_not_where_they_live():
    assert unwrap("Min kusine i Aarhus siger, at I er betalt af et parti. Er det rigtigt?") == \
        "Min kusine siger, at I er betalt af et parti."


@pytest.mark.parametrize("question", [
    "Min kusine i Aarhus siger, at I er betalt af et parti. Er det rigtigt?",
    "Min svoger i Esbjerg siger, at I er betalt af et parti. Stemmer det?",
])
def test_hearsay_from_a_town_the_page_never_names_is_still_answered(bundled_index, question):
    # The town named no thing asked about: before, "Aarhus" was a thing the page lacks, and declined it.
    answer = ask(question, bundled_index)
    assert answer.answered and "partipolitisk uafhængig" in answer.answer
    assert answer.citations[0].url == OM


def test_an_english_claim_from_a_town_is_checked_against_the_publication(publication_index):
    answer = ask("My aunt in Randers says the big cities lost the most green space. Is that true?",
                 publication_index)
    assert answer.answered and "størst i de store byer" in answer.answer


def test_someone_asking_from_a_town_typed_in_small_letters_is_answered(publication_index):
    answer = ask("min nabo i tarm spoerger hvad der taeller som groent areal", publication_index)
    assert answer.answered and "parker" in answer.answer
