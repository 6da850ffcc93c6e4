"""A visitor asks for a detail the material lacks, and a sentence beside it gives a detail of another thing.

"Hvor mange kroner sparer kommunerne på færre skybrudsskader?" was answered with "Til gengæld sparer
kommunerne penge på kloakering …" because the sentence before it prices the tree plan; "hvor mange er blevet
slettet, fordi de ikke betalte kontingent?" with § 5, stk. 4's "… i restance … i mere end tre måneder,
slettes som medlem", whose figure counts months, not members; "Hvilke kommuner har foreningen plantet træer
sammen med?" with § 2's "… i samarbejde med kommunerne", which names none; "På hvilken dato skiftede Danmark
på Vippen navn?" with "… som i slutningen af 2018 ændrede navn", which gives the year, not the day. The same questions where the
material gives the detail are still answered. Written against the fictional association's statutes and
publication and the bundled Om page (round thirty-two, dev32d).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.gate_concrete import CONCRETE_GATE
from assistant.answer.gate_count import COUNT_GATE
from assistant.answer.gate_paid import PAID_GATE
from assistant.answer.gate_past_event import PAST_EVENT_GATE
from tests.support.gates import declined_by
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, build_index, html_document


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("forening"), [
        html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/"), publication_document()])


def test_money_saved_without_a_sum_is_not_priced_by_the_sentence_beside_it(association):
    assert declined_by(PAID_GATE, "Hvor mange kroner sparer kommunerne på færre skybrudsskader?", association)
    assert declined_by(PAID_GATE, "Jeg sidder i byrådet. Hvor meget sparer kommunerne på skybrud?", association)


def test_a_price_the_publication_gives_is_still_answered(association):
    answer = ask("Hvor meget koster træplanen?", association)
    assert answer.answered and "450 millioner kroner" in answer.answer
    answer = ask("Hvor meget vil alle anbefalingerne koste tilsammen?", association)
    assert answer.answered and "1,2 milliarder" in answer.answer


def test_a_span_of_months_counts_no_members_struck_off(association):
    assert declined_by(COUNT_GATE, "hvor mange er blevet slettet, fordi de ikke betalte kontingent?", association)


def test_a_share_and_a_span_asked_for_are_still_counts(association):
    answer = ask("How many members must ask for an extraordinary general meeting?", association)
    assert answer.answered and "fjerdedel" in answer.answer
    answer = ask("Hvor mange dages varsel skal der være til en ekstraordinær generalforsamling?", association)
    assert answer.answered and "14 dages varsel" in answer.answer


def test_which_partners_are_declined_where_the_material_says_only_the_kind(association):
    assert declined_by(CONCRETE_GATE, "Hvilke kommuner har foreningen plantet træer sammen med?", association)
    answer = ask("Hvem planter foreningen træer sammen med?", association)
    assert answer.answered and "kommunerne" in answer.answer


def test_a_date_asked_is_not_answered_by_a_year(bundled_index, association):
    assert declined_by(PAST_EVENT_GATE, "På hvilken dato skiftede Danmark på Vippen navn?", bundled_index)
    answer = ask("Hvilket år skiftede Danmark på Vippen navn?", bundled_index)
    assert answer.answered and "2018" in answer.answer
    answer = ask("Hvilken dato blev anbefalingerne vedtaget?", association)
    assert answer.answered and "15. februar 2025" in answer.answer
    answer = ask("What date were the statutes adopted?", association)
    assert answer.answered and "12. marts 2019" in answer.answer
    # A rule's date a calendar unit gives: not a past event, not checked.
    answer = ask("Fra hvilken dato tælles foreningens regnskabsår?", association)
    assert answer.answered and "kalenderåret" in answer.answer
