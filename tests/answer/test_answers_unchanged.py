"""A member asks any question of the test sets: a faster answer path says exactly what it said before.

The answers were recorded (tests/support/answer_snapshot.py) before the answer path was cached and
trimmed; every question of every question file in tests/data is asked again of the bundled corpus
and of the fictional association's material, and text and citations must match word for word.
"""
from __future__ import annotations

import json

import pytest

from assistant.answer.conversation import ask
from assistant.answer.warm_up import prepare_answering
from assistant.index.bm25 import Index
from tests.support.answer_snapshot import RECORDED, answer_record, build_materials, current_answers, questions


@pytest.fixture(scope="module")
def answers(tmp_path_factory) -> dict[str, dict[str, dict]]:
    return current_answers(build_materials(tmp_path_factory.mktemp("materials")))


@pytest.fixture(scope="module")
def served_indexes(tmp_path_factory) -> dict[str, Index]:
    """Indexes prepared as a server prepares a freshly loaded one (the warm-up's tables, such as
    the passages' analysed sentences, in use)."""
    indexes = build_materials(tmp_path_factory.mktemp("served"))
    for index in indexes.values():
        prepare_answering(index)
    return indexes


@pytest.fixture(scope="module")
def served_answers(served_indexes) -> dict[str, dict[str, dict]]:
    return current_answers(served_indexes)


@pytest.fixture(scope="module")
def asked_again(served_indexes, served_answers) -> dict[str, dict[str, dict]]:
    """Every question asked once more, last first, of the same served indexes: what the server's
    answer cache (answer/answer_cache.py) hands out instead must be what asking again says."""
    return {name: {q: answer_record(ask(q, index, ())) for q in reversed(questions())}
            for name, index in served_indexes.items()}


@pytest.fixture(scope="module")
def recorded() -> dict[str, dict[str, dict]]:
    """The recorded answers, read once for the six comparisons (26,618 answers, ~17 MB of JSON)."""
    return json.loads(RECORDED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("asked", ["answers", "served_answers", "asked_again"])
@pytest.mark.parametrize("material", ["om", "association"])
def test_every_test_set_question_gets_the_recorded_answer_and_citations(request, recorded, asked, material):
    got, expected = request.getfixturevalue(asked)[material], recorded[material]
    assert got.keys() == expected.keys()
    changed = [q for q in expected if got[q] != expected[q]]
    assert not changed, f"{len(changed)} svar er ændret, fx: {changed[:3]}"
