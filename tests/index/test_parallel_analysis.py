"""A large build analyses on both cores and writes the very index a build in one process writes."""
from __future__ import annotations

import random

import pytest

from assistant.documents import Chunk
from assistant.index import parallel_analysis
from assistant.index.bm25 import build_index
from assistant.index.file_format import encode_index_file
from assistant.index.storage import _file_parts
from assistant.language.analysis import Analyzer, default_analyzer

WORDS = ("Foreningen Grønne Byer planter træer langs vejene i Ærøskøbing og Æbeltoft; medlemmerne "
         "mødes hver måned, betaler 2.000 kr. i kontingent efter § 5, stk. 2, og vælger bestyrelsen "
         "på generalforsamlingen – »Byens parker« er foreningens blad, café_Øst dens mødested").split()


def association_chunks(n: int) -> list[Chunk]:
    """n passages of Foreningen Grønne Byer: five sections to a page, words drawn at random."""
    rng = random.Random(16)
    return [Chunk(doc_url=f"https://groennebyer.example/side-{i // 5}/", title=f"Side {i // 5} om træer",
                  heading=f"Afsnit {i % 5}", anchor=f"afsnit-{i % 5}",
                  text=" ".join(rng.choices(WORDS, k=rng.randint(5, 40))),
                  url=f"https://groennebyer.example/side-{i // 5}/#afsnit-{i % 5}")
            for i in range(n)]


def file_bytes(chunks, analyzer: Analyzer) -> bytes:
    index = build_index(iter(chunks), analyzer)
    index.meta["built_at"] = "2026-01-01T00:00:00+00:00"  # the only field that may differ
    return encode_index_file(*_file_parts(index))


@pytest.fixture
def small_batches(monkeypatch):
    """The second process from the 200th chunk on, in batches of 32, on an idle machine; every batch
    it is sent counted."""
    monkeypatch.setattr(parallel_analysis.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    monkeypatch.setattr(parallel_analysis, "PARALLEL_FROM", 200)
    monkeypatch.setattr(parallel_analysis, "BATCH", 32)
    sent: list[int] = []
    submit = parallel_analysis._SecondProcess.submit

    def counted(self, texts):
        sent.append(len(texts))
        submit(self, texts)
    monkeypatch.setattr(parallel_analysis._SecondProcess, "submit", counted)
    return sent


@pytest.fixture(scope="module")
def one_process_file():
    chunks = association_chunks(800)
    original = parallel_analysis.PARALLEL_FROM
    parallel_analysis.PARALLEL_FROM = len(chunks) + 1
    try:
        return file_bytes(chunks, default_analyzer())
    finally:
        parallel_analysis.PARALLEL_FROM = original


def test_a_build_on_two_cores_writes_the_same_file_as_one_on_one(small_batches, one_process_file):
    assert file_bytes(association_chunks(800), default_analyzer()) == one_process_file
    # The second process really took part.
    assert len(small_batches) >= 2 and sum(small_batches) >= 64


def test_a_second_process_that_dies_mid_build_costs_time_not_passages(small_batches, monkeypatch,
                                                                      one_process_file):
    submit = parallel_analysis._SecondProcess.submit

    def killed_after_three(self, texts):
        submit(self, texts)
        if len(small_batches) == 3:
            self.process.kill()
    monkeypatch.setattr(parallel_analysis._SecondProcess, "submit", killed_after_three)
    assert file_bytes(association_chunks(800), default_analyzer()) == one_process_file


@pytest.mark.parametrize("machine", ["one core", "busy cores"])
def test_small_builds_and_one_core_or_busy_machines_stay_in_one_process(machine, small_batches, monkeypatch,
                                                                         one_process_file):
    started = []
    start = parallel_analysis._SecondProcess.__init__

    def counted(self, analyzer):
        started.append(analyzer)
        start(self, analyzer)
    monkeypatch.setattr(parallel_analysis._SecondProcess, "__init__", counted)
    chunks = association_chunks(800)
    file_bytes(chunks[:200], default_analyzer())  # ends just where the second process would start
    if machine == "one core":
        monkeypatch.setattr(parallel_analysis.os, "sched_getaffinity", lambda _pid: {0})
    else:
        monkeypatch.setattr(parallel_analysis.os, "sched_getaffinity", lambda _pid: {0, 1})
        monkeypatch.setattr(parallel_analysis.os, "getloadavg", lambda: (1.5, 1.0, 1.0))
    assert file_bytes(chunks, default_analyzer()) == one_process_file
    assert small_batches == [] and started == []


def test_another_analysers_options_reach_the_second_process(small_batches):
    chunks = association_chunks(600)
    plain = Analyzer(stem=False, ascii_fold=False)
    original = parallel_analysis.PARALLEL_FROM
    parallel_analysis.PARALLEL_FROM = len(chunks) + 1
    try:
        alone = file_bytes(chunks, plain)
    finally:
        parallel_analysis.PARALLEL_FROM = original
    assert file_bytes(chunks, plain) == alone and small_batches
    assert alone != file_bytes(chunks, default_analyzer())
