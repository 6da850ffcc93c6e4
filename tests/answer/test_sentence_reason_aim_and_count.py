"""The fact beside the words: a why-question is told the sentence that gives the reason, a question of
what the founders wanted to get out of it is told the aim, "what three sources …?" is told the three,
and a reason is not followed by the label of the next point.

"Hvorfor er flere træer godt for borgernes sundhed?" shares "sundhed" and "borgere" with the section's
last sentence ("Det handler i sidste ende om byens sundhed …"), which gives no reason, and the sentences
before its "Derfor" are told as grounds; the section's first sentence gives the reason ("…, fordi de gør
byen køligere om sommeren"). "Hvad ville stifterne have ud af det?" asks the aim in an
everyday idiom ("Målet var at …"). "What three sources …?" asks which ones, as "what sources …?" does.
"Hvorfor skal kommunen plante træer i gaderne?" is answered by the recommendation's "så …" and not by
"Anbefaling 2." and the green roofs it names.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://traegruppen.example/om/"
# A tree group of our own, written for these tests; every name and figure is invented.
_CAUSE = ("Vi arbejder for flere træer i byen, fordi de gør byen køligere om sommeren. "
          "Byens egne målinger viser op til tre grader i forskel mellem gader med og uden beplantning. "
          "De varmeste gader ligger i de tætte kvarterer nær havnen, hvor der næsten ingen parker er. "
          "Derfor bør hele kommunen bakke op om en plan for nye træer i alle bydele. "
          "Det handler i sidste ende om byens sundhed og om borgernes trivsel.")
GROUP = Document(url=URL, title="Om Trægruppen", sections=(
    Section(heading="", anchor="",
            text="Trægruppen er en uafhængig forening, der arbejder for grønnere gader i Horsens."),
    Section(heading="Vores sag", anchor="vores-sag", text=_CAUSE),
    Section(heading="Historie", anchor="historie",
            text="Trægruppen startede i 2016 som et projekt på rådhuset. "
                 "Bag projektet stod to gartnerier og en højskole. "
                 "Målet var at få byrådet til at plante træer i hver eneste gade."),
    Section(heading="Rapporten", anchor="rapporten",
            text="Rapporten bygger på tre kilder, som gruppen har samlet i løbet af 2024.\n\n"
                 "1. En rundspørge blandt 300 borgere.\n\n2. Samtaler med byens gartnere.\n\n"
                 "3. Målinger af temperaturen i 40 gader."),
    Section(heading="Anbefalinger", anchor="anbefalinger",
            text="Anbefaling 1. Træer i gaderne. Kommunen bør plante træer i alle gader, så byen bliver "
                 "køligere på varme dage. Anbefaling 2. Grønne tage. Nye rækkehuse bør have tage med sedum "
                 "eller græs."),
))


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("traegruppen"), [GROUP])


def test_why_trees_are_good_for_health_gets_the_sentence_that_gives_the_reason(group):
    answer = ask("Hvorfor er flere træer godt for borgernes sundhed?", group)
    assert answer.answered, answer.answer
    assert "køligere om sommeren" in answer.answer, answer.answer


def test_what_the_founders_wanted_to_get_out_of_it_gets_the_aim(group):
    answer = ask("Hvad ville stifterne have ud af det dengang?", group)
    assert answer.answered, answer.answer
    assert "Målet var" in answer.answer, answer.answer


def test_what_three_sources_the_report_is_built_on_gets_the_three(group):
    answer = ask("What three sources is the report built on?", group)
    assert answer.answered, answer.answer
    assert "rundspørge" in answer.answer and "Målinger af temperaturen" in answer.answer, answer.answer


def test_why_plant_trees_in_the_streets_is_not_followed_by_the_next_recommendation(group):
    answer = ask("Hvorfor skal kommunen plante træer i gaderne?", group)
    assert answer.answered, answer.answer
    assert "køligere på varme dage" in answer.answer, answer.answer
    assert "Grønne tage" not in answer.answer, answer.answer
