"""A visitor asks whether a named one is a member; the material names it in another role.

"Er Vejle Kommune selv medlem af foreningen?" was answered with "Foreningens hjemsted er Vejle Kommune":
the association's seat is no member. A sentence that names it taking part ("… blev bevægelsen Oprør fra
Udkanten en del af …") still answers, and a question about what may be ("Kan vores kommune blive medlem?")
is not read. Written against the bundled Om page and a fictional page of an association.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.gate_member import MEMBER_GATE, member_asked
from assistant.documents import Document, Section
from tests.support.gates import declined_by
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def om(bundled_index):
    return bundled_index


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    """A fictional association's page: its seat in one town, a member named in another sentence."""
    page = Document(url="https://groenne-byer.example/om-os/", title="Om foreningen",
                    sections=(Section(heading="Hjemsted", anchor="hjemsted",
                                      text="Foreningens hjemsted er Kolding Kommune. Sekretariatet ligger på "
                                           "rådhuset."),
                              Section(heading="Medlemmer", anchor="medlemmer",
                                      text="Som medlem kan optages enhver forening eller virksomhed. I 2021 "
                                           "blev Haveselskabet Fyn medlem af foreningen."),))
    return build_index(tmp_path_factory.mktemp("om-os"), [page])



def test_the_seat_is_no_member(club):
    assert declined_by(MEMBER_GATE, "Er Kolding Kommune selv medlem af foreningen?", club)
    assert declined_by(MEMBER_GATE, "Is the municipality of Kolding itself a member of the association?", club)


def test_a_name_the_material_gives_another_role_is_no_member(om):
    assert declined_by(MEMBER_GATE, "Er Danske Andelskassers Bank medlem af Balance Danmark?", om)


def test_a_member_named_as_one_is_still_answered(club):
    assert ask("Er Haveselskabet Fyn medlem af foreningen?", club).answered


def test_only_a_named_subject_is_read():
    assert member_asked("Er Vejle Kommune selv medlem af foreningen?") == {"vejle", "kommune"}
    assert member_asked("Is the municipality of Vejle itself a member?") == {"vejle"}
    assert member_asked("Kan vores kommune blive medlem?") == frozenset()
    assert member_asked("er dansk industri medlem hos jer") == frozenset()
    assert member_asked("Is there an age limit for becoming a member?") == frozenset()
