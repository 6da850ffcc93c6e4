"""A visitor places the question at a time of the story or of the everyday, in a fixed phrase.

"Hvad laver I sådan helt konkret i hverdagen?" asks what the organisation does; "i hverdagen" says when
(as "til daglig" does), and the Om page, which never writes "hverdag", answers it with what it does
("Vi indsamler og formidler viden …"). "i begyndelsen", "fra starten" and "ved samme lejlighed" place
a question in the organisation's story the same way: their nouns name no thing the material must hold.
Written against the bundled Om page.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.asked_thing import asked_things


def test_what_the_organisation_does_in_the_everyday_is_answered_from_the_page_s_opening(bundled_index):
    answer = ask("Hvad laver I sådan helt konkret i hverdagen?", bundled_index)
    assert answer.answered and answer.citations[0].url == "https://balance-danmark.dk/om/"


@pytest.mark.parametrize("question, noun", [
    ("Under hvilket navn kendte man foreningen i begyndelsen?", "begyndelsen"),
    ("Hvem stod bag jer fra begyndelsen?", "begyndelsen"),
    ("Hvad hed organisationen i starten?", "starten"),
    ("Hvilke firmaer var med fra starten?", "starten"),
    ("Kom der nogen nye med ved samme lejlighed?", "lejlighed"),
    ("Hvad laver I i hverdagen?", "hverdagen"),
    ("hvad har i mest fokus paa i det daglige", "daglige"),
])
def test_a_time_of_the_story_or_the_everyday_is_no_thing_asked(question, noun):
    assert noun not in asked_things(question, content=True)


def test_the_same_nouns_outside_the_phrases_stay_things_asked():
    assert "lejligheder" in asked_things("Hvor mange lejligheder har foreningen?")
    assert "slutningen" in asked_things("Hvad sker der i slutningen af mødet?")
