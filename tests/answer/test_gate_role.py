"""A visitor asks in English who holds a post; the statutes name the post but nobody in it.

"Who's the chairman of the board right now?" is the Danish "Hvem er bestyrelsens formand?": the
role gate asks the answer for a name, or a sentence saying what the role is, and asks the passage
to hold the role itself. An English role is read by its Danish words, so it goes through the same
gate. Written against the fictional association's statutes (Foreningen Grønne Byer) and a fictional
board page.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.asked_head import role_head
from assistant.answer.fact_kinds import asked_types, neighbourhood
from assistant.answer.gate_role import is_role
from assistant.documents import Document, Section
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document

URL = "https://groenne-byer.example/vedtaegter/"
BOARD_URL = "https://groenne-byer.example/bestyrelsen/"


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("vedtaegter"), [html_document(STATUTES_HTML, URL)])


@pytest.fixture(scope="module")
def with_board(tmp_path_factory):
    """The statutes beside a page naming the board (fiction written for this test)."""
    board = Document(url=BOARD_URL, title="Bestyrelsen", sections=(Section(
        heading="Bestyrelsen", anchor="bestyrelsen",
        text="Bestyrelsens formand er Karen Holm fra Horsens. Kasserer er Jens Bak."),))
    return build_index(tmp_path_factory.mktemp("bestyrelsen"), [html_document(STATUTES_HTML, URL), board])


@pytest.mark.parametrize("question", [
    "Who's the chairman of the board right now?",
    "Who is the chairman of the board?",
    "Hvem er bestyrelsens formand?",
])
def test_the_statutes_name_no_chairman_so_an_english_question_for_one_is_declined_as_a_danish_one(
        statutes, question):
    assert not ask(question, statutes).answered


@pytest.mark.parametrize("question", ["Who's the chairman of the board right now?", "Hvem er bestyrelsens formand?"])
def test_a_page_that_names_the_chairman_answers_in_english_and_danish(with_board, question):
    answer = ask(question, with_board)
    assert answer.answered and "Karen Holm" in answer.answer


@pytest.mark.parametrize("role, head", [
    ("chairman of the board right now", ["chairman"]),
    ("association's auditor", ["auditor"]),
    ("highest authority in the association", ["highest", "authority"]),
    ("foreningens formand", ["formand"]),
])
def test_an_english_role_is_its_noun_phrases_head_as_a_danish_one_is(role, head):
    assert role_head(role) == head


def test_who_s_asks_for_whoever_holds_the_role_as_who_is_does():
    assert asked_types("Who's the chairman of the board right now?")[4] == "chairman of the board right now"
    assert asked_types("Hvem sidder i foreningens landsråd?").role == "foreningens landsråd"


@pytest.mark.parametrize("question", [
    "Hvem var dirigent på den stiftende generalforsamling?",
    "Hvem blev valgt som dirigent ved sidste generalforsamling?",
])
def test_the_agenda_lists_the_chair_of_the_meeting_but_names_nobody_so_who_chaired_is_declined(statutes, question):
    # The agenda's items end without a stop: "Valg af dirigent" and then "Bestyrelsens beretning",
    # whose capital is an item's first letter, not a name.
    assert not ask(question, statutes).answered


def test_a_list_item_ends_where_the_next_begins_so_its_capital_is_no_name():
    found = (("Dagsordenen skal indeholde:", ()), ("1.", ()), ("Valg af dirigent", ()), ("2.", ()),
             ("Bestyrelsens beretning", ()))
    assert neighbourhood(found, 2) == "Dagsordenen skal indeholde: Valg af dirigent. Bestyrelsens beretning."


def test_the_treasurer_s_name_asks_for_the_treasurer_so_the_statutes_name_of_the_association_is_no_answer(statutes):
    # The owner before "name" was dropped as any common noun's possessive is: only "name" was
    # searched, and § 1's "Foreningens navn er Foreningen Grønne Byer" answered.
    assert not ask("What is the treasurer's name?", statutes).answered


def test_who_sits_on_the_council_asks_for_its_members_so_the_date_it_adopted_something_is_no_answer(tmp_path):
    # The publication names the council only as who adopted the recommendations ("… vedtaget af
    # foreningens landsråd den 15. februar 2025"): before, "hvem sidder i" asked for no role, and that
    # sentence answered.
    index = build_index(tmp_path, [publication_document()])
    assert not ask("Hvem sidder i foreningens landsråd?", index).answered


def test_a_page_that_names_the_council_s_members_answers_who_sits_on_it(tmp_path):
    council = Document(url="https://groenne-byer.example/landsraad/", title="Landsrådet", sections=(Section(
        heading="Landsrådet", anchor="landsraad",
        text="Foreningens landsråd består af Mette Lund, Ali Hassan og Peter Krogh."),))
    answer = ask("Hvem sidder i foreningens landsråd?", build_index(tmp_path, [publication_document(), council]))
    assert answer.answered and "Mette Lund" in answer.answer


def test_a_danish_role_still_answers_who_holds_it(with_board):
    answer = ask("Hvem er kasserer i foreningen?", with_board)
    assert answer.answered and "Jens Bak" in answer.answer


def test_who_is_liable_asks_who_is_so_not_for_a_role_and_the_statutes_answer_it(statutes):
    answer = ask("Who is liable for the association's debts?", statutes)
    assert answer.answered and "§ 11" in answer.answer


@pytest.mark.parametrize("role, is_one", [
    ("chairman of the board", True),
    ("highest authority in the association", True),
    ("kasserer i foreningen lige nu", True),   # also the verb "kassere"'s present: still a noun
    ("organisationen oprindeligt", True),      # a noun with an adverb after it
    ("de", True),                              # a pronoun stands for the noun
    ("liable for the association's debts", False),
    ("ansvarlig for regnskabet", False),
    ("behind the founding of the organisation", False),
    ("i bestyrelsen", False),
])
def test_a_role_is_a_noun_phrase_not_an_adjective_nor_a_preposition(role, is_one):
    assert is_role(role) is is_one
