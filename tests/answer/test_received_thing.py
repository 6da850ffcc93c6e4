"""A member asks whether someone gets a thing; the statutes speak of the someone, not of the thing.

"Får bestyrelsen løn?" was answered with § 4's "Eksklusionen kan indbringes …" (the thesaurus links
"løn" to "indbringe"), and "Får man et medlemskort …?" with § 3's rule on who may join ("medlemskort"
found as its first part "medlem"). The thing received must be named by the passage. Written against
the fictional association's statutes (Foreningen Grønne Byer) and a fictional page about the board.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.received_thing import received_word
from assistant.documents import Document, Section
from tests.support.statutes import STATUTES_HTML, build_index, html_document

URL = "https://groenne-byer.example/vedtaegter/"


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"), [html_document(STATUTES_HTML, URL)])


@pytest.fixture(scope="module")
def with_board_page(tmp_path_factory):
    """The statutes beside a page that tells what board members and new members get (fiction)."""
    page = Document(url="https://groenne-byer.example/bestyrelsen/", title="Bestyrelsen", sections=(Section(
        heading="Bestyrelsens arbejde", anchor="arbejde",
        text="Bestyrelsens medlemmer arbejder frivilligt og får ingen løn. "
             "Nye medlemmer får et medlemskort med posten."),))
    return build_index(tmp_path_factory.mktemp("bestyrelsen"), [html_document(STATUTES_HTML, URL), page])


@pytest.mark.parametrize("question", [
    "Får bestyrelsen løn?",
    "Undskyld jeg spørger, men får bestyrelsen løn?",
    "Får man et medlemskort, når man melder sig ind?",
    "Får jeg et medlemsbevis, når jeg har betalt?",
])
def test_the_statutes_name_no_salary_nor_card_so_asking_whether_one_gets_it_is_declined(statutes, question):
    assert not ask(question, statutes).answered


@pytest.mark.parametrize("question, said", [
    ("Får bestyrelsen løn?", "ingen løn"),
    ("Får man et medlemskort, når man melder sig ind?", "medlemskort med posten"),
])
def test_a_page_that_names_the_thing_answers_whether_one_gets_it(with_board_page, question, said):
    answer = ask(question, with_board_page)
    assert answer.answered and said in answer.answer


@pytest.mark.parametrize("question, source", [
    ("Får medlemmerne foreningens nyhedsbrev?", "§ 4, stk. 1"),       # the thing in its own word
    ("Hvem får foreningens penge, hvis den nedlægges?", "§ 13, stk. 2"),  # asks who: the formue answers
])
def test_questions_whose_thing_the_statutes_name_are_still_answered(statutes, question, source):
    answer = ask(question, statutes)
    assert answer.answered and source in answer.answer


@pytest.mark.parametrize("question, thing", [
    ("Får bestyrelsen løn?", "løn"),                                   # the subject after the verb
    ("Får Balance Danmark støtte fra staten?", "støtte"),              # a name as the subject
    ("Får de nye medlemmer stemmeret med det samme?", "stemmeret"),   # articles and adjectives before it
    ("kan man faa rabat paa kontingentet hvis man er pensionist", "rabat"),  # after an infinitive
    ("har balance danmark nogensinde faaet penge fra EU?", "penge"),   # after a participle and an adverb
    ("Får jeg noget tilsendt, når jeg er medlem?", ""),                # a pronoun and a participle: no thing
    ("Kan man få lov til at stemme?", ""),                             # a fixed phrase
    ("Hvem får foreningens penge, hvis den nedlægges?", ""),           # a question for who, not whether
    ("Hvornår fik organisationen sit nuværende navn?", ""),            # a question for when
    ("Hvad får man for kontingentet?", ""),
])
def test_the_thing_received_is_the_noun_after_the_verb_and_its_subject(question, thing):
    assert received_word(question) == thing
