"""A which-question gets the sentence beside the one its words find when that sentence names the kind.

"Hvilken bank var med til at starte …?" finds the sentence about the start; the bank is named in the
next one, which holds only the word "bank" -- a word every section of the page uses.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.retrieve import analyse_query
from assistant.answer.sentence_which import which_noun_test
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://havelauget-syd.example/om/"
# A garden society of our own, written for these tests; every name and figure is invented.
PAGE = Document(url=URL, title="Om Havelauget Syd", sections=(
    Section(heading="Historie", anchor="historie",
            text="Havelauget Syd startede i 2010 under navnet Haveforeningen Syd som et svar på manglen på haver. "
                 "Bag initiativet stod Sparekassen Vest Bank og to skoler. "
                 "Målet var at give alle børn en have."),
    Section(heading="Økonomi", anchor="oekonomi",
            text="Laugets penge står i en bank, og kontingentet betales til banken i januar."),
    Section(heading="Kontakt", anchor="kontakt", text="Skriv til kassereren, hvis din bank har spørgsmål."),
))


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("havelauget-syd"), [PAGE])


def test_which_bank_started_it_gets_the_sentence_that_names_the_bank(page):
    answer = ask("Hvilken bank var med til at starte Haveforeningen Syd?", page)
    assert answer.answered, answer.answer
    assert "Sparekassen Vest Bank" in answer.answer, answer.answer


def test_the_noun_after_which_is_the_kind_a_sentence_must_hold(page):
    question = "Hvilken bank var med til at starte Haveforeningen Syd?"
    holds = which_noun_test(page, analyse_query(page, question), (question,), set())
    assert holds("Bag initiativet stod Sparekassen Vest Bank og to skoler.")
    assert holds("Laugets penge står i en bank.")
    assert not holds("Målet var at give alle børn en have.")
    # An adjective after "hvilke" qualifies the noun, which names the kind.
    question = "Hvilke nye skoler var med fra starten?"
    holds = which_noun_test(page, analyse_query(page, question), (question,), set())
    assert holds("Bag initiativet stod Sparekassen Vest Bank og to skoler.")
    assert not holds("Målet var at give alle nye børn en have.")
    assert which_noun_test(page, analyse_query(page, "Hvornår startede lauget?"), ("Hvornår startede lauget?",),
                           set()) is None


def test_which_companies_the_material_has_no_word_for_gets_the_sentence_that_names_them(page):
    # "companies" reaches no word of the page; the sentence beside that enumerates names the question
    # lacks tells which ones.
    answer = ask("Which companies were involved in starting Haveforeningen Syd?", page)
    assert answer.answered, answer.answer
    assert "Sparekassen Vest Bank" in answer.answer, answer.answer
