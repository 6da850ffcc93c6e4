"""Quality gate for follow-ups: the conversation sets, asked turn by turn as a visitor would."""
from __future__ import annotations

import pytest

from assistant.config import REPO_ROOT
from assistant.documents import read_corpus
from assistant.quality.evaluation import matches
from benchmarks import conversations_eval
from tests.quality.test_realistic_sets import _passages
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, html_document

# What the sets reached when the mechanism was tuned on dev to dev8 (benchmarks/conversations_eval.py,
# docs/benchmarks.md "Samtaler"): floors that catch a regression below what was measured. The test
# split and the holdout were run only to report.
MEASURED_FLOOR = {
    "test": {"elliptic": 15, "switch": 7, "unanswerable": 7},
    "dev2": {"elliptic": 16, "switch": 8, "unanswerable": 8},
    "dev3": {"elliptic": 16, "switch": 8, "unanswerable": 8},
    "dev4": {"elliptic": 20, "switch": 8, "unanswerable": 9},
    "dev5": {"elliptic": 14, "switch": 7, "unanswerable": 6},
    "dev6": {"elliptic": 6, "switch": 9, "unanswerable": 8},
    "dev7": {"elliptic": 11, "switch": 6, "unanswerable": 6},
    "dev8": {"elliptic": 20, "switch": 8, "unanswerable": 9},
    "dev9": {"elliptic": 5, "switch": 3, "unanswerable": 3},
    "dev10": {"elliptic": 5, "switch": 3, "unanswerable": 3},
    "dev11": {"elliptic": 4, "switch": 3, "unanswerable": 3},
    "dev12": {"elliptic": 5, "switch": 3, "unanswerable": 2},
    "dev13": {"elliptic": 5, "switch": 3, "unanswerable": 2},
    "dev14": {"elliptic": 5, "switch": 4, "unanswerable": 3},
    "dev15": {"elliptic": 3, "switch": 4, "unanswerable": 3},
    "dev16": {"elliptic": 7, "switch": 4, "unanswerable": 2},
    "dev17": {"elliptic": 4, "switch": 4, "unanswerable": 3},
    "dev18": {"elliptic": 6, "switch": 4, "unanswerable": 3},
    "dev19": {"elliptic": 5, "switch": 4, "unanswerable": 3},
    "dev20": {"elliptic": 5, "switch": 4, "unanswerable": 2},
    "dev21": {"elliptic": 7, "switch": 4, "unanswerable": 3},
    "holdout": {"elliptic": 8, "switch": 4, "unanswerable": 4},
}


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    return conversations_eval.build_indexes(tmp_path_factory.mktemp("conversations"))


def figures(split: str, indexes) -> dict[str, dict]:
    conversations = conversations_eval.read_conversations(
        conversations_eval.DATA / f"{split}.jsonl")
    return conversations_eval.figures(conversations_eval.run(conversations, indexes))


@pytest.fixture(scope="module")
def test_split(indexes):
    return figures("test", indexes)


def test_the_sets_hold_every_kind_of_follow_up_on_every_corpus():
    corpora = {"dev": ("bundled", "statutes"), "test": ("bundled", "statutes"),
               "dev2": ("bundled", "statutes", "publication"),
               "dev3": ("bundled", "statutes", "publication"),
               "dev4": ("bundled", "statutes", "publication"),
               "dev5": ("bundled", "statutes", "publication"),
               "dev6": ("bundled", "statutes", "publication"),
               "dev7": ("bundled", "statutes", "publication"),
               "dev8": ("bundled", "statutes", "publication"),
               "dev9": ("bundled", "statutes", "publication"),
               "dev10": ("bundled", "statutes", "publication"),
               "dev11": ("bundled", "statutes", "publication"),
               "dev12": ("bundled", "statutes", "publication"),
               "dev13": ("bundled", "statutes", "publication"),
               "dev14": ("bundled", "statutes", "publication"),
               "dev15": ("bundled", "statutes", "publication"),
               "dev16": ("bundled", "statutes", "publication"),
               "dev17": ("bundled", "statutes", "publication"),
               "dev18": ("bundled", "statutes", "publication"),
               "dev19": ("bundled", "statutes", "publication"),
               "dev20": ("bundled", "statutes", "publication"),
               "dev21": ("bundled", "statutes", "publication"),
               "holdout": ("bundled", "statutes", "publication")}
    assert set(corpora) == set(conversations_eval.SPLITS)
    for split, names in corpora.items():
        conversations = conversations_eval.read_conversations(
            conversations_eval.DATA / f"{split}.jsonl")
        assert {(c["kind"], c["corpus"]) for c in conversations} == {
            (kind, corpus) for kind in conversations_eval.THRESHOLDS for corpus in names}


def test_the_later_sets_point_at_real_sources_and_end_as_their_kind_says():
    # The same soundness rules as dev and test (tests/test_realistic_sets.py), on the material alone.
    material = {"bundled": _passages(read_corpus(REPO_ROOT / "corpus")),
                "statutes": _passages([html_document(STATUTES_HTML,
                                                     conversations_eval.STATUTES_URL)]),
                "publication": _passages([publication_document()])}
    every = [c for split in ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7",
                                    "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "holdout") for c in conversations_eval.read_conversations(
        conversations_eval.DATA / f"{split}.jsonl")]
    assert len({c["id"] for c in every}) == len(every) == 404
    for conv in every:
        declined = [t["expected"] == "NONE" for t in conv["turns"]]
        assert 2 <= len(declined) <= 3 and not declined[0], conv["id"]
        assert declined[-1] == (conv["kind"] == "unanswerable"), conv["id"]
        for turn in conv["turns"]:
            if turn["expected"] != "NONE":
                assert any(matches(turn["expected"], source)
                           for source, _ in material[conv["corpus"]]), (conv["id"], turn["q"])


@pytest.mark.parametrize("split", sorted(MEASURED_FLOOR))
def test_follow_ups_stay_at_least_as_good_as_measured(split, indexes, test_split):
    measured = test_split if split == "test" else figures(split, indexes)
    assert all(measured[kind]["right"] >= floor
               for kind, floor in MEASURED_FLOOR[split].items()), measured


def test_switches_on_the_test_split_are_answered_exactly_as_if_asked_alone(test_split):
    switch = test_split["switch"]
    assert switch["right"] / switch["turns"] >= conversations_eval.THRESHOLDS["switch"]
    assert switch["context_used"] == 0


def test_the_test_split_reaches_the_issues_targets(test_split):
    # Issue 11: follow-ups with the right section ≥ 0.9, switches as if asked alone ≥ 0.95, every
    # unanswerable follow-up declined (measured: 15/16, 7/7, 7/7).
    for kind, threshold in conversations_eval.THRESHOLDS.items():
        r = test_split[kind]
        assert r["right"] / r["turns"] >= threshold, (kind, r)


def test_the_dev_split_reaches_the_elliptic_and_switch_targets(indexes):
    dev = figures("dev", indexes)
    for kind in ("elliptic", "switch"):
        assert dev[kind]["right"] / dev[kind]["turns"] >= conversations_eval.THRESHOLDS[kind], dev
