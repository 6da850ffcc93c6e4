"""A visitor asks which one of a kind whose members have names; the material never has the kind.

"Hvilket hotel holder I generalforsamlingen på?" was answered with the statutes' § 7 and "Hvilken avis
skriver oftest om jeres analyser?" with the Om page's analyses: the passages hold the question's other
words and name no hotel and no newspaper. A kind the material says in another word ("Hvilket organ …?":
"landsrådet", "Which body …?": "generalforsamlingen") or a kind whose member the material names ("Which
companies …?": "Danske Andelskassers Bank, Jøp, Ove & Myrthu") is still answered. Written against the
bundled Om page and fictional pages of an association (Foreningen Grønne Byer).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_kind import KIND_GATE, asked_kind, named_kind, names_someone
from assistant.documents import Document, Section, read_corpus
from tests.support.gates import declined_by
from tests.support.statutes import build_index

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def om(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("om"), list(read_corpus(REPO / "corpus")))


@pytest.fixture(scope="module")
def meeting(tmp_path_factory):
    """A fictional page about an association's general meeting and its accounts, with no names in it."""
    page = Document(url="https://groenne-byer.example/generalforsamling/", title="Generalforsamling",
                    sections=(Section(heading="Generalforsamling", anchor="generalforsamling",
                                      text="Generalforsamlingen holdes hvert år i april. Bestyrelsen indkalder "
                                           "medlemmerne med tre ugers varsel. Regnskabet gennemgås af en revisor, "
                                           "som generalforsamlingen vælger for et år ad gangen."),
                              Section(heading="Bestyrelsen", anchor="bestyrelsen",
                                      text="Bestyrelsen vælges af generalforsamlingen. Bestyrelsen fordeler selv "
                                           "posterne som formand, næstformand og kasserer."),))
    return build_index(tmp_path_factory.mktemp("generalforsamling"), [page])



def test_which_hotel_or_firm_is_declined_where_the_material_names_none(meeting):
    assert declined_by(KIND_GATE, "Hvilket hotel holder I generalforsamlingen på?", meeting)
    assert not ask("Hvilket revisionsfirma gennemgår regnskabet?", meeting).answered
    assert not ask("Which newspaper announces the general meeting?", meeting).answered


def test_which_newspaper_is_declined_by_the_om_page(om):
    assert declined_by(KIND_GATE, "Hvilken avis skriver oftest om jeres analyser?", om)


def test_a_kind_said_in_other_words_is_still_answered(meeting):
    trace = DecisionTrace()
    answer = ask("Hvilke poster fordeler bestyrelsen selv imellem sig?", meeting, trace=trace)
    assert not any(KIND_GATE in failed for failed in trace.gates_failed)
    assert "næstformand" in answer.answer or not answer.answered


def test_which_companies_is_answered_where_the_material_names_them(om):
    answer = ask("Which companies backed the movement when it began in 2014?", om)
    assert answer.answered
    assert "Danmark på Vippen" in answer.answer  # the history passage, whose next sentence names them


def test_kinds_whose_members_have_names_are_told_from_kinds_said_by_a_description():
    # Organisations, people with a trade, buildings, towns and the press are named.
    assert all(named_kind(w) for w in ("avis", "minister", "hotel", "arkitekt", "bank", "revisionsfirma",
                                       "konsulenthus", "forsikringsselskab"))
    assert all(named_kind(w, english=True) for w in ("newspaper", "companies", "towns", "architects"))
    # A body part first, an idea, a broad kind itself or anyone at all is not.
    assert not any(named_kind(w) for w in ("organ", "organer", "emne", "punkt", "slags", "bygninger", "folk",
                                           "fagfolk", "kilder", "lov"))
    assert not any(named_kind(w, english=True) for w in ("body", "people", "scheme", "date", "buildings",
                                                         "person"))


def test_a_kind_of_a_kind_asks_for_a_description():
    assert asked_kind("Hvilken slags uddannelser har I kæmpet for?") == ""
    assert asked_kind("Hvilket hotel holder I generalforsamlingen på?") == "hotel"
    assert asked_kind("What does it cost?") == ""


def test_a_common_noun_capitalised_alone_names_no_one():
    assert not names_someone("Vi har fokus på Viden. Analyse. Udvikling.", set())
    assert names_someone("Bag initiativet stod Danske Andelskassers Bank, Jøp, Ove & Myrthu.", set())


def test_a_name_the_material_gives_another_kind_names_no_member_of_the_kind_asked(om):
    # The history names a movement ("bevægelsen Oprør fra Udkanten") and the organisation's first name
    # ("under navnet Danmark på Vippen", in the passage before): neither is a minister.
    assert declined_by(KIND_GATE, "Hvilken minister har I mødtes med om de statslige arbejdspladser?", om)


def test_a_name_counts_unless_its_kind_is_another():
    sentence = "I 2016 blev bevægelsen Grønt Opbrud en del af os."
    movement = sentence.index("Grønt")
    assert names_someone(sentence, set())
    assert not names_someone(sentence, set(), lambda s, at: at == movement)


def test_a_word_no_dictionary_entry_has_is_read_through_its_synonyms():
    # "pengeinstitut" is in the thesaurus beside "bank", which the dictionary translates.
    assert named_kind("pengeinstitut") and named_kind("sparekasse")


def test_a_name_goes_on_over_small_words():
    # "Staten i hele Danmark" is one name, not the common noun "stat" capitalised alone.
    assert names_someone("Samtidig tilsluttede foreningen Staten i hele Danmark sig.", {"danmark"})
    assert not names_someone("Vi har fokus på Viden. Analyse.", set())


def test_a_word_read_through_its_synonyms_is_named_only_where_every_reading_is():
    # "jobs" reaches "place" beside "work" and "occupation": no named kind.
    assert not named_kind("jobs")
