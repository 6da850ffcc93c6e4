"""A which-question gets the sentence beside the one its words find when that sentence names the kind.

"Hvilken bank var med til at starte …?" finds the sentence about the start; the bank is named in the
next one, which holds only the word "bank" -- a word every section of the page uses.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.retrieve import analyse_query
from assistant.answer.sentence_which import unnamed_which_test, which_noun_stands_in, which_noun_test
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


def test_an_unknown_which_noun_looks_beside_only_while_the_chosen_sentences_name_nothing_new():
    question = ("Which companies were involved in starting Haveforeningen Syd?",)
    title = "Om Havelauget Syd"
    start = "Havelauget Syd startede i 2010 under navnet Haveforeningen Syd som et svar på manglen på haver."
    holds = unnamed_which_test(question, title, [start])
    assert holds("Bag initiativet stod Sparekassen Vest Bank og to skoler.")
    # One name, and the organisation's own, enumerate no answer.
    assert not holds("Vi samler og formidler viden om haver i hele Danmark.")
    assert not holds("Havelauget Syd og Haveforeningen Syd arbejder for haver.")
    # Capitalised row labels of a table are no names.
    assert not holds("Haver pr. bydel: Nord 12, Syd 14 og Vest 9.")
    # A chosen sentence that already names another organisation answers by itself.
    assert unnamed_which_test(question, title, ["I 2015 kom foreningen Haver Nord med i lauget."]) is None


def test_which_law_is_answered_where_a_compound_of_law_names_it(association):
    # The publication says "lov" only as the head of "planloven", in the sentence after the goal the
    # question's other words find.
    answer = ask("I hvilken lov vil I have kravet om 30 procent grønt skrevet ind?", association)
    assert answer.answered, answer.answer
    assert "planloven" in answer.answer, answer.answer


def test_a_compound_head_is_no_shorter_than_the_kind_asked(page):
    question = "Hvilken lov gælder for haverne?"
    holds = which_noun_test(page, analyse_query(page, question), (question,), set())
    assert holds is not None
    assert holds("Haverne følger planloven.")
    assert not holds("Vi har lov til at så.")


def test_a_which_noun_found_only_through_a_stand_in_is_a_guess(bundled_index):
    # "sager" reaches the Om page only as the thesaurus's "historie" (at half weight): the list of
    # backers beside a chosen sentence is no answer to it. "companies" is "virksomheder" itself.
    question = "Hvilke sager har I flyttet politisk?"
    assert which_noun_stands_in(bundled_index, analyse_query(bundled_index, question), (question,))
    question = "Hvilke virksomheder var med fra starten?"
    assert not which_noun_stands_in(bundled_index, analyse_query(bundled_index, question), (question,))
