"""A list is quoted with the sentence that leads it, and "which ones?" is answered by the list.

A reader who asks "Hvilke kilder bygger planen på?" wants the sources named, not told that there are
two; "Hvordan arbejder gruppen for sit formål?" wants the means listed after "ved at:", not the aim
again; "Hvilke emner skriver I om?" is answered by the sentence that enumerates the subjects.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_lists import asks_way, asks_which_ones, list_items, listed_items
from assistant.documents import Document, Section
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document

URL = "https://groenne-byer.example/cykelgruppen/"
# The fictional association's cycling group, written for these tests.
PURPOSE = ("Cykelgruppens formål er at arbejde for flere og bredere cykelstier i byerne.\n\n"
           "Cykelgruppen opfylder sit formål ved at:\n\n- tælle cyklister på udvalgte veje hvert forår,\n\n"
           "- skrive høringssvar til kommunerne,\n\n- holde cykelture for nye medlemmer.")
SOURCES = ("Cykelplanen bygger på to kilder, som gruppen samlede i 2023.\n\n1. Tællinger på 40 veje.\n\n"
           "2. Et spørgeskema til 900 cyklister.")
WORK = ("Vi skriver rapporter om sikkerhed og trafik, som kommunerne kan bruge. "
        "Vi skriver også rapporter om cykelparkering, ladestandere, stationer og skoleveje.")


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    sections = tuple(Section(heading=heading, anchor=anchor, text=text) for heading, anchor, text in (
        ("Formål", "formaal", PURPOSE),
        ("Kilder", "kilder", SOURCES),
        ("Arbejde", "arbejde", WORK),
        # Other chapters, so that a word in two chapters still tells them apart (BM25's idf).
        ("Træer", "traeer", "Gadetræer giver skygge og køler asfalten på varme dage."),
        ("Kontakt", "kontakt", "Skriv til sekretariatet i Vejle, hvis du vil vide mere."),
    ))
    doc = Document(url=URL, title="Cykelgruppen i Grønne Byer", sections=sections)
    return build_index(tmp_path_factory.mktemp("lists"), [doc])


def test_how_the_group_works_for_its_aim_is_answered_with_the_list_of_means(group):
    answer = ask("Hvordan arbejder cykelgruppen i praksis for sit formål?", group)
    assert answer.answered, answer.answer
    assert "ved at: - tælle cyklister" in answer.answer
    assert "holde cykelture for nye medlemmer" in answer.answer


def test_which_sources_is_answered_with_the_numbered_sources(group):
    answer = ask("Hvilke kilder bygger cykelplanen på?", group)
    assert answer.answered, answer.answer
    assert "1. Tællinger på 40 veje. 2. Et spørgeskema til 900 cyklister." in answer.answer


def test_which_subjects_is_answered_by_the_sentence_that_enumerates_them(group):
    # Both sentences hold "skriver rapporter om"; the second names four subjects, the first two.
    answer = ask("Hvilke emner skriver I rapporter om?", group)
    assert answer.answered, answer.answer
    assert answer.answer.startswith("Vi skriver også rapporter om cykelparkering"), answer.answer


def test_a_question_that_asks_neither_which_nor_how_gets_the_aim_alone(group):
    answer = ask("Hvad er cykelgruppens formål?", group)
    assert answer.answered, answer.answer
    assert "tælle cyklister" not in answer.answer


@pytest.mark.parametrize("told, pos, items", [
    (["Gruppen bygger på to kilder.", "1.", "Tællinger.", "2.", "Et spørgeskema.", "Det er alt."], 0,
     ["1.", "Tællinger.", "2.", "Et spørgeskema."]),
    (["Gruppen arbejder ved at:", "tælle cyklister,", "skrive høringssvar.", "Det sker hvert år."], 0,
     ["tælle cyklister,", "skrive høringssvar."]),
    (["Gruppen arbejder ved at:", "- Tælle cyklister,", "- skrive høringssvar."], 0,
     ["- Tælle cyklister,", "- skrive høringssvar."]),
    (["Gruppen tæller cyklister.", "Den skriver høringssvar."], 0, []),       # no list
    (["Gruppen bygger på to kilder.", "2.", "Tællinger."], 0, []),             # a list starts at 1
])
def test_the_items_a_sentence_leads(told, pos, items):
    assert list_items(told, pos) == items


@pytest.mark.parametrize("sentence, count", [
    ("Vi producerer analyser om udviklingstendenser, fordelingsmæssige spørgsmål, borgere og virksomheders vilkår.", 4),
    ("Vi laver analyser om vækst og udviklingsmuligheder, som styrker hele landet.", 2),   # a comma before a clause
    ("Vi laver analyser.", 1),
    # a relative clause without "som", set off by commas: its pronoun and verb are no item
    ("Andelen af cykelstier i de 12 byer, vi har talt, er steget fra 8 til 11 procent.", 1),
])
def test_how_many_things_a_sentence_enumerates(sentence, count):
    assert listed_items(sentence) == count


@pytest.mark.parametrize("question, way, which", [
    ("Hvordan arbejder foreningen for sit formål?", True, False),
    ("How do you help the towns?", True, False),
    ("Hvor mange medlemmer er der?", False, False),
    ("How many members do you have?", False, False),
    ("Hvordan kan det være, at byerne mister træer?", False, False),   # a reason, not a way
    ("Hvilke kilder bygger publikationen på?", False, True),
    ("Hvilken slags undersøgelser laver I?", False, True),
    ("What kind of studies do you do?", False, True),
    ("In which year will the first report come out?", False, False),     # a time
])
def test_a_question_asks_a_way_or_which_ones_by_its_interrogative(question, way, which):
    assert asks_way(question) is way
    assert asks_which_ones(question) is which


# Two passages of the group's history that hold the same words and each a year: which one tells the
# renaming, the words do not decide.
BEGINNING = ("Cykelgruppen startede i 2011 under navnet Trædepedalen som en klub for pendlere i Vejle. "
             "Klubben mødtes hver tirsdag.")
RENAMING = ("I 2015 kom en gruppe fra Fredericia med i Trædepedalen, som i foråret 2019 ændrede navn til "
            "Cykelgruppen. Samtidig flyttede gruppen ind i foreningens hus.")


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    sections = tuple(Section(heading=heading, anchor=anchor, text=text) for heading, anchor, text in (
        ("Historie", "historie", BEGINNING),
        ("Historie", "historie", RENAMING),
        ("Træer", "traeer", "Gadetræer giver skygge og køler asfalten på varme dage."),
        ("Kontakt", "kontakt", "Skriv til sekretariatet i Vejle, hvis du vil vide mere."),
    ))
    doc = Document(url=URL, title="Cykelgruppen i Grønne Byer", sections=sections)
    return build_index(tmp_path_factory.mktemp("history"), [doc])


def test_a_time_held_as_fully_by_another_passage_is_told_beside_the_first(history):
    answer = ask("Hvornår tog Trædepedalen navnet Cykelgruppen?", history)
    assert answer.answered, answer.answer
    assert "startede i 2011" in answer.answer and "i foråret 2019 ændrede navn" in answer.answer


def test_a_passage_that_holds_less_of_the_question_is_not_told(history):
    answer = ask("Hvornår startede Trædepedalen?", history)
    assert answer.answered, answer.answer
    assert "2019" not in answer.answer


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("statutes"), [html_document(STATUTES_HTML, STATUTES_URL)])


def test_another_paragraph_of_the_statutes_is_no_rival_answer(statutes):
    # § 6 and § 5 also name the general meeting and a time ("for to år ad gangen"); each § is its own rule.
    answer = ask("Hvornår på året bliver den årlige generalforsamling holdt?", statutes)
    assert answer.answered, answer.answer
    assert "inden udgangen af april" in answer.answer
    assert "§ 6" not in answer.answer and "§ 5" not in answer.answer


def test_a_statute_lead_is_quoted_with_its_items_without_a_gap(statutes):
    answer = ask("hvordan arbejder foreningen i praksis for sit formaal", statutes)
    assert "transport. Foreningen opfylder sit formål ved at: plante træer" in answer.answer, answer.answer
    assert "samle lokale grupper i et landsdækkende netværk" in answer.answer
