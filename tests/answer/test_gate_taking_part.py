"""A visitor asks which ones of a kind take part, and the material never has the kind.

"Hvilket universitet laver jeres analyser sammen med jer?" was answered with the Om page's "Vi bidrager …
ved at udarbejde løsningsorienterede analyser …": the passage holds the analyses, and no university is
named anywhere. Which ones take part is answered by a name; where the material has the kind or a sentence
near the answer names someone, the question is answered as before. Written against the bundled Om page and a
fictional page of an association (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.gate_taking_part import TAKING_PART_GATE
from assistant.documents import Document, Section
from tests.support.gates import declined_by
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def om(bundled_index):
    return bundled_index


def test_which_university_takes_part_is_declined_where_the_material_names_none(om):
    assert declined_by(TAKING_PART_GATE, "Hvilket universitet laver jeres analyser sammen med jer?", om)
    assert declined_by(TAKING_PART_GATE, "hvilket universitet samarbejder i med om analyserne", om)


def test_the_kind_named_near_the_answer_is_still_answered(tmp_path):
    page = Document(url="https://groenne-byer.example/partnere/", title="Partnere",
                    sections=(Section(heading="Analyser", anchor="analyser",
                                      text="Foreningen laver sine analyser sammen med Aarhus Universitet, "
                                           "som står for målingerne."),))
    index = build_index(tmp_path, [page])
    answer = ask("Hvilket universitet laver jeres analyser sammen med jer?", index)
    assert answer.answered and "Aarhus Universitet" in answer.answer


def test_a_kind_the_material_has_is_left_to_the_other_checks(om):
    # The material has "kommuner": gate_concrete reads the sentences that say them.
    assert not declined_by(TAKING_PART_GATE, "Hvilke kommuner er med i Balance Danmark?", om)


@pytest.mark.parametrize("question", ["Hvilke slags medlemmer har I?", "Which kinds of members do you have?",
                                      "Jeg er ny i byrådet. Hvilke andre slags medlemmer har I ud over kommunerne?"])
def test_a_kind_of_a_kind_asks_for_a_description(om, question):
    # "Balance Danmarks medlemmer består af kommuner, virksomheder, organisationer og privatpersoner."
    answer = ask(question, om)
    assert answer.answered and "privatpersoner" in answer.answer
