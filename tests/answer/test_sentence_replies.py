"""The fact beside the words: a question the material asks itself is quoted with its reply, and a
"Samtidig …" event with the sentence that gives its time.

A visitor asks whether the group wants more life in the villages; the words find one of the page's
own questions ("Ønsker man liv og aktivitet i landsbyerne?"), which settles nothing quoted alone. The
statement after the run of questions ("Det vil vi.") is the page's reply and is quoted with it. A
visitor asks which other clubs joined; the words find "Samtidig kom Roklubben Svanen med …", whose
"Samtidig" points at the sentence before (the name change, and the club that joined first).
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_neighbours import _told_then
from assistant.answer.sentence_replies import asks_itself
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://landsbylauget.example/om/"
PAGE = Document(url=URL, title="Om Landsbylauget", sections=(
    Section(heading="Vores sag", anchor="sag",
            text="Vi arbejder for, at landsbyerne i kommunen har en fremtid. "
                 "Vil man politisk holde fast i skolerne uden for hovedbyen? "
                 "Ønsker man liv og aktivitet i landsbyerne? "
                 "Det vil vi. "
                 "Derfor holder vi møder med byrådet hvert forår."),
    Section(heading="Historie", anchor="historie",
            text="Lauget blev startet i 2010 af fem beboerforeninger. "
                 "I 2016 blev Forsamlingshuset Lyngen en del af lauget, som samme år skiftede navn til "
                 "Landsbylauget. Samtidig kom Roklubben Svanen med i lauget."),
    Section(heading="Undersøgelse", anchor="undersoegelse",
            text="Vores undersøgelse viser, at 12 af kommunens 30 landsbyer har mistet deres købmand siden 2010. "
                 "Samtidig siger 7 ud af 10 beboere, at de ønsker en dagligvarebutik i gåafstand."),
    Section(heading="Kontakt", anchor="kontakt", text="Skriv til sekretariatet i Ringkøbing, hvis du vil vide mere."),
))


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("landsbylauget"), [PAGE])


def test_a_yes_no_question_that_finds_the_pages_own_question_gets_its_reply(village):
    answer = ask("Går I ind for, at der skal være liv i landsbyerne?", village)
    assert answer.answered, answer.answer
    assert "Ønsker man liv og aktivitet i landsbyerne?" in answer.answer, answer.answer
    assert "Det vil vi." in answer.answer, answer.answer


def test_the_reply_follows_the_whole_run_of_questions(village):
    answer = ask("Vil I bevare skolerne uden for hovedbyen?", village)
    assert answer.answered, answer.answer
    assert "Det vil vi." in answer.answer, answer.answer


def test_which_clubs_joined_gets_the_sentence_that_gives_the_time_of_samtidig(village):
    # "Samtidig kom Roklubben Svanen med" happened when the name changed; the sentence before tells
    # when, and names the house that joined first.
    answer = ask("Hvilke andre klubber er kommet med i lauget?", village)
    assert answer.answered, answer.answer
    assert "Roklubben Svanen" in answer.answer, answer.answer
    assert "Forsamlingshuset Lyngen" in answer.answer, answer.answer


def test_a_finding_beside_another_in_the_present_stands_alone(village):
    answer = ask("Hvor mange beboere ønsker en dagligvarebutik?", village)
    assert answer.answered, answer.answer
    assert "7 ud af 10" in answer.answer, answer.answer
    assert "købmand" not in answer.answer, answer.answer


@pytest.mark.parametrize("sentence, question", [
    ("Ønsker man liv og aktivitet i landsbyerne?", True),
    ("Hvem tager over, når vi ikke gør?«", True),
    ("Det vil vi.", False),
    ("Vi spørger: hvad vil man?  Det står i planen.", False),
])
def test_a_sentence_is_a_question_by_its_mark(sentence, question):
    assert asks_itself(sentence) is question


@pytest.mark.parametrize("sentence, then", [
    ("Samtidig tilsluttede foreningen Staten i hele Danmark sig den nye organisation.", True),
    ("Samtidig kom Roklubben Svanen med i lauget.", True),
    ("Samtidig siger 8 ud af 10 medlemmer, at de ønsker mere natur.", False),
    ("Samtidig kan medlemmerne stemme ved fuldmagt.", False),
])
def test_samtidig_points_back_only_at_an_event_in_the_past(sentence, then):
    assert _told_then(sentence) is then
