"""A worker has just loaded a site, and its first visitor with a verb asks "Hvordan melder jeg mig
ud?". Whether "melde ud" is searched as "udmelde" depends on whether the material writes "melde" with
a particle of its own (query_words.written_apart), and the first verb in a process read up to 200
passages to see (~15 ms at 10,000 passages, inside the visitor's question). The warm-up now reads
which verbs the material writes apart from every passage once, and no question reads a passage for
it; the verdicts are those the passages give.
"""
from __future__ import annotations

import pytest

from assistant.answer import query_words
from assistant.answer.particle_verb_terms import APART_TABLE, prepare_written_apart
from assistant.answer.query_words import APART_SCAN, own_particle_verbs, written_apart
from assistant.answer.warm_up import prepare_answering
from tests.support.corpus import make_document

URL = "https://groenne-byer.example/medlemmer/"


@pytest.fixture
def site(index_of):
    return index_of([make_document(URL, "Medlemmer", [
        ("Udmeldelse", "Et medlem kan melde sig ud med en måneds varsel, og formanden skriver under."),
        ("Kontingent", "Kassereren sender en regning ud i januar, og medlemmet skriver sig op til møderne."),
        ("Møder", "Bestyrelsen melder datoen ud i god tid, og hvert medlem skriver sin adresse på listen."),
        ("Frivillige", "De frivillige skriver referatet og sender det til medlemmerne."),
    ])])


def test_a_warmed_site_reads_no_passage_for_a_new_verb(site, monkeypatch):
    prepare_answering(site)
    read: list[int] = []
    chunk = site.chunk
    monkeypatch.setattr(site, "chunk", lambda i: read.append(i) or chunk(i))
    assert written_apart(site, "meld")
    assert own_particle_verbs(site, "Hvordan melder jeg mig ud?") == {}
    assert written_apart(site, "skriv")  # "skriver sig op"
    assert not written_apart(site, "medlem")
    assert read == []


def test_the_table_gives_each_term_the_verdict_its_passages_give(site):
    table = prepare_written_apart(site, APART_SCAN)
    assert {"meld", "skriv"} <= table
    del site.memo[APART_TABLE]
    assert {term for term in site.term_ids if written_apart(site, term)} == table & set(site.term_ids)


def test_only_a_verbs_first_passages_count_as_the_reading_does(site, monkeypatch):
    # "skriver under" comes first, "skriver sig op" second: a scan of one passage does not reach it.
    assert "skriv" in prepare_written_apart(site, 2)
    assert "skriv" not in prepare_written_apart(site, 1)
    del site.memo[APART_TABLE]
    monkeypatch.setattr(query_words, "APART_SCAN", 1)
    assert not written_apart(site, "skriv")
