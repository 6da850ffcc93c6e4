"""The fact asked stands beside the sentence the question's words find, and the answer tells it.

A reader who asks why gets the grounds a "Derfor …" conclusion draws on, not only the conclusion; one
who tells who they are before asking who started something gets who stood behind it; "Holder I med et
bestemt parti?" gets the sentence that says what the group is; "What sources …?" gets the list.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_grounds import opens_conclusion
from assistant.answer.sentence_lists import asks_which_ones
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://cykelgruppen.example/om/"
# A cycling group of our own, written for these tests; every name and figure is invented.
GROUP = Document(url=URL, title="Om Cykelgruppen", sections=(
    Section(heading="", anchor="",
            text="Cykelgruppen er en partipolitisk uafhængig gruppe, der arbejder for sikre cykelstier."),
    Section(heading="Hvorfor cykelstier", anchor="hvorfor",
            text="Vi arbejder for flere cykelstier, fordi de gør byen rarere at bo i. "
                 "Cyklister bruger sundhedsvæsenet mindre end bilister. "
                 "Hver cykeltur til arbejde sparer desuden en bil i myldretiden. "
                 "Derfor er cykelstier en investering, som hele kommunen bør prioritere. "
                 "Det handler i sidste ende om byens trafik."),
    Section(heading="Rapporter", anchor="rapporter",
            text="Vi skriver rapporter om trafik, som byrådet kan bruge. "
                 "Vi skriver også rapporter om cykelparkering, skoleveje, belysning og vintervedligehold."),
    Section(heading="Historie", anchor="historie",
            text="Cykelgruppen startede i 2015 som et projekt på biblioteket. "
                 "Bag projektet stod tre cykelhandlere og en efterskole. "
                 "Målet var at få flere børn til at cykle i skole.\n\n"
                 "I 2019 skiftede gruppen navn fra Cykelprojektet til Cykelgruppen. "
                 "Samtidig kom Skolernes Cykelklub med i gruppen."),
    Section(heading="Byrådet", anchor="byraadet",
            text="Vi holder møde med byrådets partier hvert forår og taler politisk om de farligste kryds."),
    Section(heading="Kontakt", anchor="kontakt", text="Skriv til sekretariatet i Kolding, hvis du vil vide mere."),
))


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("cykelgruppen"), [GROUP])


def test_why_the_municipality_should_prioritise_gets_the_grounds_of_the_conclusion(group):
    # The words find "Derfor er cykelstier en investering, som hele kommunen bør prioritere."; the
    # reason is what "Derfor" draws on, the two sentences before it, not the sentence after it.
    answer = ask("Hvorfor skal kommunen prioritere cykelstier?", group)
    assert answer.answered, answer.answer
    assert "sundhedsvæsenet" in answer.answer and "myldretiden" in answer.answer, answer.answer
    assert "byens trafik" not in answer.answer, answer.answer


def test_a_conclusion_is_told_by_the_adverb_that_opens_it():
    assert opens_conclusion("Derfor er kampen også en kamp for hele landet.")
    assert opens_conclusion("That is why we care.")
    assert not opens_conclusion("Vi kæmper for et land i balance, fordi det vil sikre et rigere land.")
    assert not opens_conclusion("Vi ved derfor ikke, hvornår mødet er.")


def test_who_started_it_after_a_sentence_about_the_visitor_names_who_stood_behind(group):
    # The asking sentence is the message's last; its "Who" does not open the message.
    answer = ask("I am a student from Norway. Who started the cycling group?", group)
    assert answer.answered, answer.answer
    assert "cykelhandlere" in answer.answer, answer.answer


def test_a_yes_no_question_with_a_verb_of_its_own_gets_the_groups_definition(group):
    # "holder" is in the material ("Vi holder møde med byrådets partier"), the definition lacks it:
    # the verb says how the group relates to a party; "partipolitisk" holds the party.
    answer = ask("Holder I med et bestemt parti?", group)
    assert answer.answered, answer.answer
    assert answer.answer.startswith("Cykelgruppen er en partipolitisk uafhængig gruppe"), answer.answer


def test_a_party_narrowed_to_a_place_is_still_ruled_out_by_the_groups_definition(group):
    # "i byrådet" narrows which parties; the sentence about "byrådets partier" holds more of the words,
    # but the definition ("partipolitisk uafhængig") rules out every party, those of the council too.
    answer = ask("Hører I til et af partierne i byrådet?", group)
    assert answer.answered, answer.answer
    assert "partipolitisk uafhængig" in answer.answer, answer.answer


@pytest.mark.parametrize("question, which", [
    ("What sources is the report built on?", True),
    ("What topics do you write about?", True),
    ("Hvad for nogle kilder bygger rapporten på?", True),
    ("Hvad handler jeres rapporter om?", True),
    ("What do your reports look into?", True),
    ("What is the aim of the report?", False),
    ("What does the report say?", False),
])
def test_what_before_a_plural_noun_asks_which_ones(question, which):
    assert asks_which_ones(question) is which


def test_which_group_joined_when_the_name_changed_gets_the_sentence_that_shares_its_time(group):
    # "when the name was changed" places what is asked at the time of the name change; the sentence
    # after it, "Samtidig …", tells what happened then.
    answer = ask("Which club joined when the name was changed?", group)
    assert answer.answered, answer.answer
    assert "Skolernes Cykelklub" in answer.answer, answer.answer


def test_what_the_reports_are_about_is_answered_by_the_sentence_that_lists_their_subjects(group):
    # Both sentences hold "rapporter om"; the second names four subjects, the first one.
    answer = ask("Hvad handler jeres rapporter om?", group)
    assert answer.answered, answer.answer
    assert answer.answer.startswith("Vi skriver også rapporter om cykelparkering"), answer.answer
