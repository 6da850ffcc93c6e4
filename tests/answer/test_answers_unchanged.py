"""A member asks any question of the test sets: a faster answer path says exactly what it said before.

The answers were recorded (tests/support/answer_snapshot.py) before the answer path was cached and
trimmed; every question of every question file in tests/data is asked again of the bundled corpus
and of the fictional association's material, and text and citations must match word for word.

The served passes (a server's prepared tables, then its answer cache's "asked again") ask every
hand-written, test and holdout question and a fixed third of the dev sets' questions: those passes
check tables and memos that every passage and question shares, and asking all 13,000 dev questions
three times cost the suite two minutes of its ten (`python -m tests.support.answer_snapshot --served`
asks every question through them).
"""
from __future__ import annotations

import json

import pytest

from assistant.answer.conversation import ask
from assistant.answer.warm_up import prepare_answering
from assistant.index.bm25 import Index
from tests.support.answer_snapshot import (
    RECORDED,
    answer_record,
    build_materials,
    current_answers,
    questions,
    served_sample,
)
from tests.support.answer_snapshot import main as snapshot_command


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
def sample() -> list[str]:
    return served_sample()


@pytest.fixture(scope="module")
def served_answers(served_indexes, sample) -> dict[str, dict[str, dict]]:
    return current_answers(served_indexes, sample)


@pytest.fixture(scope="module")
def asked_again(served_indexes, served_answers, sample) -> dict[str, dict[str, dict]]:
    """Each served question asked once more, last first, of the same served indexes: what the
    server's answer cache (answer/answer_cache.py) hands out instead must be what asking again says."""
    return {name: {q: answer_record(ask(q, index, ())) for q in reversed(sample)}
            for name, index in served_indexes.items()}


@pytest.fixture(scope="module")
def recorded() -> dict[str, dict[str, dict]]:
    """The recorded answers, read once for the six comparisons (26,618 answers, ~17 MB of JSON)."""
    return json.loads(RECORDED.read_text(encoding="utf-8"))


def test_the_served_passes_ask_every_test_and_holdout_question_and_a_third_of_the_dev_sets(sample):
    whole = set(questions(whole_only=True))
    assert whole <= set(sample)
    dev_only = [q for q in questions() if q not in whole]
    assert 0.25 < len(set(sample) - whole) / len(dev_only) < 0.42


@pytest.mark.parametrize("asked", ["answers", "served_answers", "asked_again"])
@pytest.mark.parametrize("material", ["om", "association"])
def test_every_test_set_question_gets_the_recorded_answer_and_citations(request, recorded, sample, asked, material):
    got, expected = request.getfixturevalue(asked)[material], recorded[material]
    wanted = expected.keys() if asked == "answers" else set(sample)
    assert got.keys() == wanted
    changed = [q for q in got if got[q] != expected[q]]
    assert not changed, f"{len(changed)} svar er ændret, fx: {changed[:3]}"


def test_recording_and_checking_the_served_passes_at_once_is_refused_and_the_recording_is_kept(capsys):
    before = RECORDED.read_bytes()
    with pytest.raises(SystemExit) as refused:
        snapshot_command(["--write", "--served"])
    assert refused.value.code == 2
    assert "kan ikke bruges sammen med --write" in capsys.readouterr().err
    assert RECORDED.read_bytes() == before
