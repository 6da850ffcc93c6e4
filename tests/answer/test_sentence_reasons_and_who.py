"""A why-question gets every reason a section gives for the claim; a who-question put after a remark
or an "og" gets who did it; "… og hvem kom med samtidig?" gets what happened at that time.

An argument may state its claim twice with a reason each time, in passages of its own: "Hvorfor
arbejder I for cykelstier?" is told both reasons. A visitor who first says who they are and then,
after a dash, asks who started the group is told who stood behind the start, as one who opens the
message with "Hvem" is. One who knows of the rename and asks who came along at the same time is told
the "Samtidig …" sentence after it.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_who import who_opens_clause
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://cykelgruppen.example/om/"
# A cycling group of our own, written for these tests; every name and figure is invented.
_FIRST = ("Vi arbejder for flere cykelstier i hele kommunen, fordi de gør byen sundere for alle, der bor her. "
          "Cyklister bruger sundhedsvæsenet mindre end bilister, og de er sjældnere syge fra arbejde. "
          "Hver cykeltur til arbejde sparer desuden en bil i myldretiden og giver plads på vejene. "
          "Det handler i sidste ende om byens trafik, om luften i gaderne og om sundheden hos borgerne.")
_SECOND = ("Vi arbejder for flere cykelstier i hele kommunen, fordi børn skal kunne cykle trygt i skole. "
           "I dag køres mange børn i bil de sidste par hundrede meter, fordi forældrene er bange for trafikken. "
           "Vil man politisk prioritere skolevejene i de kommende år? Vil man afsætte penge til belysning? "
           "Det vil vi gerne, og vi håber, at alle byrådets partier vil være med på holdet.")
GROUP = Document(url=URL, title="Om Cykelgruppen", sections=(
    Section(heading="", anchor="",
            text="Cykelgruppen er en uafhængig gruppe, der arbejder for sikre cykelstier i Kolding."),
    Section(heading="Vores sag", anchor="vores-sag", text=_FIRST + "\n\n" + _SECOND),
    Section(heading="Historie", anchor="historie",
            text="Cykelgruppen startede i 2015 som et projekt på biblioteket. "
                 "Bag projektet stod tre cykelhandlere og en efterskole. "
                 "Målet var at få flere børn til at cykle i skole.\n\n"
                 "I 2019 skiftede gruppen navn fra Cykelprojektet til Cykelgruppen. "
                 "Samtidig kom Skolernes Cykelklub med i gruppen."),
    Section(heading="Kontakt", anchor="kontakt", text="Skriv til sekretariatet i Kolding, hvis du vil vide mere."),
))


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("cykelgruppen"), [GROUP])


def test_why_the_group_works_for_cycle_paths_gets_both_reasons_the_section_gives(group):
    # The claim stands twice, in two passages of "Vores sag", with a reason each time.
    answer = ask("Hvorfor arbejder I for flere cykelstier i kommunen?", group)
    assert answer.answered, answer.answer
    assert "sundere" in answer.answer and "cykle trygt i skole" in answer.answer, answer.answer


def test_a_who_question_after_a_dash_gets_who_stood_behind_the_start(group):
    answer = ask("Jeg er journalist og ret ny i emnet – hvem fik egentlig det hele i gang i 2015?", group)
    assert answer.answered, answer.answer
    assert "tre cykelhandlere" in answer.answer, answer.answer


def test_who_came_along_at_the_same_time_as_the_rename_gets_the_samtidig_sentence(group):
    answer = ask("Jeg ved godt, at I skiftede navn i 2019. Og hvem kom med samtidig?", group)
    assert answer.answered, answer.answer
    assert "Skolernes Cykelklub" in answer.answer, answer.answer


def test_who_opening_a_clause_is_asked_and_a_relative_who_is_not():
    assert who_opens_clause("I'm new here – who got it going?")
    assert who_opens_clause("Jeg ved, at I skiftede navn. Og hvem kom med?")
    assert who_opens_clause("Hvem stod bag?")
    assert not who_opens_clause("My uncle, who lives in Skive, asks when you started.")
    assert not who_opens_clause("Hvad laver de frivillige, som hjælper jer?")
