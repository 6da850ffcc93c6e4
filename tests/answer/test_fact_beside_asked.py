"""The fact a question asks stands beside the sentence its words find: the answer tells it.

A visitor asks two things at once ("Hvornår blev klubben grundlagt, og af hvem?"): the sentence with
the year is found, and the one beside it that says who stood behind the start is told with it. One
who asks who came along when the club took its new name is told the "Samtidig …" sentence after the
rename, in the next paragraph. One who asks when the name changed without writing a name is told the
sentence with the change, not only the one that gives the first name. An English visitor asking what
the founders were aiming for is told the aim beside the start.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_names import changes_name
from assistant.answer.sentence_neighbours import asks_goal
from assistant.answer.sentence_who import who_opens_clause
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://loebeklubben-nord.example/om/"
# A running club of our own, written for these tests; every name and figure is invented.
CLUB = Document(url=URL, title="Om Løbeklubben Nord", sections=(
    Section(heading="", anchor="",
            text="Løbeklubben Nord er en frivillig klub for motionister i Nordjylland."),
    Section(heading="Historie", anchor="historie",
            text="Løbeklubben Nord startede i 2011 under navnet Motionsholdet Nord som et svar på lukningen "
                 "af byens svømmehal. Bag initiativet stod to idrætslærere og Sparekassen Øst. "
                 "Målet var at få flere voksne til at løbe om morgenen.\n\n"
                 "I 2016 blev gruppen Morgenløberne en del af Motionsholdet Nord, som i slutningen af 2017 "
                 "ændrede navn til Løbeklubben Nord. Samtidig sluttede foreningen Stiernes Venner sig til "
                 "den nye klub, som skulle samle alle løbere i kommunen."),
    Section(heading="Medlemmer", anchor="medlemmer",
            text="Klubbens medlemmer er motionister, skoler og virksomheder i kommunen."),
))


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("loebeklubben"), [CLUB])


def test_when_and_by_whom_the_club_was_founded_gets_the_year_and_who_stood_behind(club):
    answer = ask("Hvornår blev klubben grundlagt, og af hvem?", club)
    assert answer.answered, answer.answer
    assert "2011" in answer.answer and "to idrætslærere" in answer.answer, answer.answer


def test_who_came_along_when_the_old_name_became_the_new_gets_the_same_time_sentence(club):
    answer = ask("Hvem kom til, da Motionsholdet Nord blev til Løbeklubben Nord?", club)
    assert answer.answered, answer.answer
    assert "Stiernes Venner" in answer.answer, answer.answer


def test_when_the_name_changed_without_a_name_gets_the_change_not_only_the_first_name(club):
    answer = ask("Navneskiftet hvornår?", club)
    assert answer.answered, answer.answer
    assert "2017" in answer.answer, answer.answer


def test_what_the_founders_were_aiming_for_gets_the_aim_beside_the_start(bundled_index):
    answer = ask("What were they aiming for when they first started out?", bundled_index)
    assert answer.answered, answer.answer
    assert "politiske dagsorden" in answer.answer, answer.answer


def test_a_who_after_a_preposition_opens_a_clause_a_relative_who_does_not():
    assert who_opens_clause("Hvornår blev I grundlagt, og af hvem?")
    assert who_opens_clause("When was it set up, and by whom?")
    assert not who_opens_clause("My uncle, who lives in Skive, asks when you started.")


def test_verbs_of_aiming_ask_the_aim_a_verb_of_setting_out_rules_does_not():
    assert asks_goal("What did you originally set out to do?")
    assert asks_goal("So what were the founders aiming for at the outset?")
    assert not asks_goal("Who set out the rules for the meeting?")
    assert changes_name("… som i slutningen af 2017 ændrede navn til Løbeklubben Nord.")


def test_when_it_started_and_what_it_was_called_then_gets_the_first_name_alone(club):
    # The question asks the name itself, which the sentence of the start gives: the rename is not asked.
    answer = ask("Hvornår startede klubben, og hvad hed den dengang?", club)
    assert answer.answered, answer.answer
    assert "Motionsholdet Nord" in answer.answer and "2017" not in answer.answer, answer.answer


def test_a_finding_told_at_the_same_time_is_no_event_at_the_time_asked(tmp_path):
    # "Samtidig siger 8 ud af 10 medlemmer …" adds a finding beside the figure; it tells no one who stood behind.
    from tests.support.publication import publication_document
    index = build_index(tmp_path / "publikation", [publication_document()])
    answer = ask("Hvem stod bag, da I kom i gang i 2014?", index)
    assert "8 ud af 10" not in answer.answer, answer.answer
