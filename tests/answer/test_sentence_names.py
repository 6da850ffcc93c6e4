"""The sentence that gives the question's name as a name, and names that are no answer to "which".

"Hvornår begyndte I at kalde jer Havelauget Syd?" finds the sentence about the start by its words
("begyndte" is "startede", "kalde" reaches "navnet"), but that sentence gives the society's first
name; the sentence that gives the name asked, in the next paragraph, tells when.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.sentence_names import given_name_words, given_names, gives_asked_name
from assistant.documents import Document, Section
from tests.support.statutes import build_index

URL = "https://havelauget-syd.example/om/"
# A garden society of our own, written for these tests; every name and figure is invented.
PAGE = Document(url=URL, title="Om Havelauget Syd", sections=(
    Section(heading="Historie", anchor="historie",
            text="Havelauget Syd startede i 2010 under navnet Haveforeningen Syd som et svar på manglen på "
                 "haver i byen. Bag initiativet stod Sparekassen Vest, Tømrer Jensen og to skoler. "
                 "Målet var at give alle børn i byen en have.\n\n"
                 "I 2015 blev gruppen Grønne Gårde en del af Haveforeningen Syd, som i slutningen af 2016 "
                 "ændrede navn til Havelauget Syd. Samtidig flyttede lauget til nye haver ved åen."),
    Section(heading="Medlemmer", anchor="medlemmer",
            text="Laugets medlemmer er familier, skoler og virksomheder i byen."),
))


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("havelauget-navne"), [PAGE])


def test_a_sentence_gives_the_name_after_a_name_word():
    assert given_names("Havelauget Syd startede i 2010 under navnet Haveforeningen Syd som et svar.") == {
        "haveforeningen syd"}
    assert given_names("… som i slutningen af 2016 ændrede navn til Havelauget Syd.") == {"havelauget syd"}
    assert given_names("Stk. 1. Foreningens navn er Foreningen Grønne Byer.") == {"foreningen groenne byer"}
    # The small words inside a name are kept, those after it are not.
    assert given_names("Den hed Danmark på Vippen i de første år.") == {"danmark paa vippen"}
    assert given_names("Navnet skal fremgå af indkaldelsen.") == set()


def test_the_asked_name_is_matched_whatever_its_case_and_spelling():
    sentence = "… som i slutningen af 2016 ændrede navn til Grønne Gårde Syd."
    assert gives_asked_name(sentence, "hvornaar begyndte i at kalde jer groenne gaarde syd")
    assert gives_asked_name(sentence, "Hvornår begyndte I at hedde Grønne Gårde Syd?")
    assert not gives_asked_name(sentence, "Hvornår begyndte I at hedde Grønne Gårde?")


def test_when_you_began_calling_yourselves_a_name_is_told_where_the_name_was_taken(page):
    for question in ("Hvornår begyndte I at kalde jer Havelauget Syd?",
                     "hvornaar begyndte i at kalde jer havelauget syd",
                     "When did you start calling yourselves Havelauget Syd?"):
        answer = ask(question, page)
        assert answer.answered, (question, answer.answer)
        assert "2016" in answer.answer, (question, answer.answer)


def test_the_first_name_is_still_told_from_the_sentence_that_gives_it(page):
    answer = ask("Hvad hed Havelauget Syd, da det startede i 2010?", page)
    assert answer.answered, answer.answer
    assert "Haveforeningen Syd" in answer.answer, answer.answer
    assert "2016" not in answer.answer, answer.answer


def test_the_subjects_own_name_is_no_answer_to_which_companies(page):
    # "companies" reaches "virksomheder" among the members, which the sentences about the start lack; the
    # sentence that gives the first name names no company, so the one beside that enumerates names answers.
    assert given_name_words("Havelauget Syd startede i 2010 under navnet Haveforeningen Syd som et svar.") == {
        "haveforeningen", "syd"}
    answer = ask("Which companies backed Havelauget Syd when it started in 2010?", page)
    assert answer.answered, answer.answer
    assert "Tømrer Jensen" in answer.answer, answer.answer


def test_when_the_old_name_was_left_is_told_by_the_change_alone(page):
    # The sentence found tells the change ("ændrede navn til …"); the one that gives the old name
    # ("under navnet Haveforeningen Syd") tells when it was taken, which is not asked.
    answer = ask("Hvornår skiftede Haveforeningen Syd navn?", page)
    assert "2016" in answer.answer, answer.answer
    assert "startede i 2010" not in answer.answer, answer.answer


def test_which_name_is_answered_by_the_name_given_not_by_the_names_beside(page):
    answer = ask("Under which name did Havelauget Syd start out?", page)
    assert "Haveforeningen Syd" in answer.answer, answer.answer
    assert "Tømrer Jensen" not in answer.answer, answer.answer
