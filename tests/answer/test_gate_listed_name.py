"""A visitor asks what a named one is; the material only lists the name.

"Hvilken branche er Ove & Myrthu i?" and "What kind of company is Ove & Myrthu?" were answered with "Bag
initiativet stod Danske Andelskassers Bank, Jøp, Ove & Myrthu og en række kommuner": the name stands there as
one item of a list and nothing says what it is. A passage that types the name by a noun before it
("bevægelsen Oprør fra Udkanten") or describes it after it still answers, and so do questions of the same
words that ask who took part. Written against the bundled Om page and a fictional page of an association.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_listed_name import LISTED_NAME_GATE, asked_name
from assistant.documents import Document, Section
from tests.support.gates import declined_by
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def om(bundled_index):
    return bundled_index


@pytest.fixture(scope="module")
def sponsors(tmp_path_factory):
    """A fictional page that lists its sponsors by name and says what two of them are."""
    page = Document(url="https://groenne-byer.example/sponsorer/", title="Sponsorer",
                    sections=(Section(heading="Sponsorer", anchor="sponsorer",
                                      text="Årets plantedag i Vejle støttes af Havehuset, Krogh & Søn og Kvist. "
                                           "Havehuset er en planteskole i byen. Træfonden, som er en fond for "
                                           "bytræer, betaler for planterne. Både virksomheder og fonde kan blive "
                                           "sponsor."),))
    return build_index(tmp_path_factory.mktemp("sponsorer"), [page])


def _failed_the_gate(question: str, index) -> bool:
    trace = DecisionTrace()
    ask(question, index, trace=trace)
    return any(LISTED_NAME_GATE in failed for failed in trace.gates_failed)



def test_what_a_listed_founder_is_is_declined_on_the_om_page(om):
    assert declined_by(LISTED_NAME_GATE, "Hvilken branche er Ove & Myrthu i?", om)
    assert declined_by(LISTED_NAME_GATE, "What kind of company is Ove & Myrthu?", om)
    assert declined_by(LISTED_NAME_GATE, "Hvilken bank er Jøp en del af?", om)


def test_a_name_typed_in_lower_case_is_read_by_the_material_s_capitals(om):
    assert asked_name(om, "hvilken branche er ove & myrthu i") == "ove & myrthu"
    assert declined_by(LISTED_NAME_GATE, "hvilken branche er ove & myrthu i", om)


def test_a_name_the_material_types_or_describes_is_answered(om, sponsors):
    answer = ask("Hvad er Oprør fra Udkanten for en bevægelse?", om)
    assert answer.answered and "bevægelsen Oprør fra Udkanten" in answer.answer
    answer = ask("Hvilken forening er Staten i hele Danmark?", om)
    assert answer.answered and "foreningen Staten i hele Danmark" in answer.answer
    answer = ask("Hvad er Træfonden for en fond?", sponsors)
    assert answer.answered and "som er en fond for bytræer" in answer.answer
    assert not _failed_the_gate("Hvilken virksomhed er Havehuset?", sponsors)


def test_a_listed_sponsor_on_another_page_is_declined_and_who_sponsors_is_answered(sponsors):
    assert declined_by(LISTED_NAME_GATE, "Hvilken slags virksomhed er Krogh & Søn?", sponsors)
    assert declined_by(LISTED_NAME_GATE, "Which kind of company is Kvist?", sponsors)
    answer = ask("Hvem støtter plantedagen?", sponsors)
    assert answer.answered and "Krogh & Søn" in answer.answer


def test_questions_that_ask_no_name_s_kind_have_no_name(om):
    for question in ("Which bank helped found Balance Danmark?",
                     "Hvilken bank var med til at starte Danmark på Vippen?"):
        assert not asked_name(om, question)


@pytest.fixture(scope="module")
def helpers(tmp_path_factory):
    """A fictional page that names its helpers with what they are after a comma, and its suppliers as a list."""
    page = Document(url="https://groenne-byer.example/lommepark/", title="Lommeparken",
                    sections=(Section(heading="Lommeparken", anchor="lommeparken",
                                      text="Lommeparken er tegnet af Karen Holm, landskabsarkitekt i Kolding, og "
                                           "anlagt af frivillige. Træerne kommer fra Havehuset, Krogh & Søn og Kvist. "
                                           "Jorden er leveret af Muldvarpen, kendt som byens mindste vognmand."),))
    return build_index(tmp_path_factory.mktemp("lommepark"), [page])


def test_a_name_told_by_an_apposition_after_its_comma_is_answered(helpers):
    # NorQuAD's "I hvilket fag er Atle Nesje professor?" ("… sier Atle Nesje, professor i geologi …") and
    # "Under hvilket navn er MDMA også kjent?" ("… MDMA, kjent som ecstasy") were declined as list items.
    assert not _failed_the_gate("I hvilken by er Karen Holm landskabsarkitekt?", helpers)
    answer = ask("I hvilken by er Karen Holm landskabsarkitekt?", helpers)
    assert answer.answered and "Kolding" in answer.answer
    assert not _failed_the_gate("Under hvilket navn er Muldvarpen kendt?", helpers)


def test_a_name_in_a_list_is_still_a_bare_item_beside_an_apposition(helpers):
    assert declined_by(LISTED_NAME_GATE, "Hvilken slags virksomhed er Krogh & Søn?", helpers)


def test_what_a_listed_sponsor_does_is_declined_and_what_a_described_one_does_is_answered(sponsors):
    assert asked_name(sponsors, "Hvad laver Krogh & Søn?") == "Krogh & Søn"
    assert declined_by(LISTED_NAME_GATE, "Hvad laver Krogh & Søn?", sponsors)
    assert declined_by(LISTED_NAME_GATE, "What does Kvist do?", sponsors)
    assert not _failed_the_gate("Hvad laver Havehuset?", sponsors)


def test_what_a_listed_founder_does_is_declined_on_the_om_page(om):
    assert declined_by(LISTED_NAME_GATE, "Hvad arbejder Ove & Myrthu med?", om)
