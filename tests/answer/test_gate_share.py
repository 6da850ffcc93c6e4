"""A visitor asks how big a share of a group something is, and the material names the group without a share.

"What share of your members are private individuals?" was answered with "Balance Danmarks medlemmer består
af kommuner, virksomheder, organisationer og privatpersoner": the passage names the group and gives no
share of it. A question for a share is answered only where a percentage, a fraction or a majority stands in
or beside the sentences holding it. Written against the bundled Om page and the fictional association's
statutes and publication.
"""
from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.gate_share import SHARE_GATE, share_told, states_share
from assistant.answer.retrieve import analyse_query, search
from assistant.config import REPO_ROOT
from assistant.documents import read_corpus
from tests.support.statutes import build_index


@pytest.fixture(scope="module")
def om(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("om"), list(read_corpus(REPO_ROOT / "corpus")))


@pytest.mark.parametrize("question", [
    "What share of your members are private individuals?",
    "Hvor stor en andel af jeres medlemmer er kommuner?",
    "hvor mange procent af medlemmerne er virksomheder",
])
def test_a_share_of_a_group_the_page_only_lists_is_declined(om, question):
    trace = DecisionTrace()
    answer = ask(question, om, trace=trace)
    assert not answer.answered, answer.answer
    assert any(SHARE_GATE in failed for failed in trace.gates_failed)


@pytest.mark.parametrize(("question", "fact"), [
    ("What share of the members can demand an extra general meeting?", "fjerdedel"),
    ("Hvor stor en del af stemmerne skal der til for at ændre vedtægterne?", "to tredjedele"),
    ("Hvor mange procent af medlemmerne ville bruge en byhave?", "64 procent"),
    ("Hvor stor en del af de store byer var grøn i 2024?", "21 %"),
])
def test_a_share_the_material_states_is_answered(association, question, fact):
    answer = ask(question, association)
    assert answer.answered and fact in answer.answer, answer.answer


def test_the_passage_that_lists_the_members_states_no_share(om):
    question = "What share of your members are private individuals?"
    hit = search(om, question)[0]
    assert not share_told(om, hit.chunk_id, analyse_query(om, question), question)
    # A question that asks no share is not checked.
    other = "Hvem er jeres medlemmer?"
    assert share_told(om, hit.chunk_id, analyse_query(om, other), other)


@pytest.mark.parametrize(("text", "states"), [
    ("Beslutninger træffes ved simpelt flertal.", True),
    ("mindst to tredjedele af de afgivne stemmer", True),
    ("8 ud af 10 medlemmer", True),
    ("Omkring halvparten av dødsfallene skjedde på Østfronten.", True),   # Norwegian (NorQuAD's answers)
    ("Ni av ti tiåringer har mobiltelefon.", True),
    ("En spørgeskemaundersøgelse blandt 1.412 medlemmer af foreningen.", False),
    ("Vedtaget 12. marts 2019.", False),
])
def test_a_share_is_a_percentage_a_fraction_or_a_majority_not_a_count(text, states):
    assert states_share(text) == states
