"""A visitor asks which species of a thing; the material speaks of the thing, not its species.

"Hvilke træarter anbefaler I til de nye bytræer?" was answered with the tree plan's "100.000 nye bytræer
inden 2030": how many, by whom and by when, but no species. A question for the species of a thing is
answered only by a passage that speaks of species or lists them after the thing; "hvilken slags" asks for a
kind, which a description answers. Written against the bundled
Om page, the fictional association's publication and a fictional page that names tree species.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_species import SPECIES_GATE, asked_species
from assistant.documents import Document, Section, read_corpus
from tests.support.statutes import build_index

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def om(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("om"), list(read_corpus(REPO / "corpus")))


@pytest.fixture(scope="module")
def species(tmp_path_factory):
    """A page that names the trees recommended (fiction)."""
    page = Document(url="https://groenne-byer.example/traeer/", title="Træer til byen",
                    sections=(Section(heading="Træarter", anchor="traearter",
                                      text="Til gader anbefaler vi træarter, der tåler salt og tørke: "
                                           "lind, røn, ahorn og tjørn."),))
    return build_index(tmp_path_factory.mktemp("traeer"), [page])


@pytest.mark.parametrize("question", [
    "Hvilke træsorter anbefaler I til de nye bytræer?",
    "Which tree species should the towns plant?",
])
def test_species_are_declined_where_the_material_names_none(publication_index, question):
    trace = DecisionTrace()
    answer = ask(question, publication_index, trace=trace)
    assert not answer.answered, answer.answer
    assert any(SPECIES_GATE in failed for failed in trace.gates_failed)


def test_species_are_answered_where_the_material_names_them(species):
    answer = ask("Hvilke træarter anbefaler I til gaderne?", species)
    assert answer.answered
    assert "lind" in answer.answer


def test_a_kind_asked_is_not_checked_a_description_answers_it(om):
    answer = ask("Hvilke slags medlemmer har I?", om)
    assert answer.answered
    assert "virksomheder" in answer.answer


@pytest.mark.parametrize(("question", "thing"), [
    ("Hvilke træarter anbefaler I?", "træ"),
    ("Hvilke arter af træer planter I?", "træer"),
    ("Which species of trees do you recommend?", "trees"),
    ("Which tree species do you recommend?", "tree"),
    ("Hvilken slags træer planter I?", ""),        # a kind: a description answers it
    ("What kind of roofs should new buildings have?", ""),
    ("Hvilken slags lokalforeninger kan blive medlem?", ""),   # which may: a condition
    ("Hvilke træer anbefaler I?", ""),
    ("Hvilke bykvarter er varmest?", ""),         # ends like "arter", but "bykv" is no word
    ("Hvilke samarbejdsparter har I?", ""),
])
def test_the_thing_whose_species_are_asked(question, thing):
    assert asked_species(question) == thing
