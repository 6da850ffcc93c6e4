"""A visitor asks "Hvordan melder jeg mig ud?", then other questions with other verbs, of a large site.

Whether the question's particle verb ("melde ud" -> "udmelde") is searched instead of its verb
depends on whether the material writes the verb with a particle of its own ("kan melde sig ud"):
query_words.written_apart reads the first passages of the verb's postings to see. Postings are in
passage order, so each new verb read mostly the passages the verbs before it had read: at 10,000
passages 22-29 ms inside one question. Each passage's particle verbs are now read once for every
verb asked (particle_verb_terms.py), and the reading is the same.

A worker that has just loaded a site reads which verbs the material writes apart from every passage once
at warm-up (particle_verb_terms.prepare_written_apart), so its first visitor with a verb reads no passage
for it (~15 ms at 10,000 passages before); the verdicts are those the passages give.
"""
from __future__ import annotations

import pytest

from assistant.answer import query_words
from assistant.answer.particle_verb_terms import APART_TABLE, particle_verb_terms, prepare_written_apart
from assistant.answer.query_words import APART_SCAN, own_particle_verbs, written_apart
from assistant.answer.warm_up import prepare_answering
from assistant.language.particle_verbs import particle_verb_forms
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


def _reads(site, monkeypatch) -> list[int]:
    read: list[int] = []
    chunk = site.chunk
    monkeypatch.setattr(site, "chunk", lambda i: read.append(i) or chunk(i))
    return read


def test_a_verb_the_material_writes_with_a_particle_stays_searched(site, index_of):
    # The material writes "melde sig ud" itself: "melder jeg mig ud" is its "melde", not a new word.
    assert written_apart(site, "meld")
    assert own_particle_verbs(site, "Hvordan melder jeg mig ud?") == {}
    # Where the material only has "udmeldelse", the question's particle verb is searched instead.
    other = index_of([make_document(URL, "Medlemmer", [
        ("Udmeldelse", "Udmeldelse sker skriftligt til kassereren med en måneds varsel."),
        ("Melding", "Formanden melder ikke noget om datoen."),
    ])])
    assert not written_apart(other, "meld")
    assert own_particle_verbs(other, "Hvordan melder jeg mig ud?") == {"meld": ["udmeld"]}


def test_each_passage_is_read_once_for_every_verb_asked(site, monkeypatch):
    read = _reads(site, monkeypatch)
    # "sender en regning ud" puts an object between verb and particle (no particle verb here);
    # "skriver sig op" is one.
    assert [written_apart(site, t) for t in ("send", "meld", "skriv")] == [False, True, True]
    # "skriv" stands in every passage, after "send" and "meld" had read theirs: no passage was read
    # twice, where each verb used to read its own.
    assert len(read) == len(set(read)) == 3, read


def test_a_passages_particle_verbs_are_its_verbs_query_terms(site):
    first = next(i for i in range(site.n_chunks) if "melde sig ud" in site.chunk(i).text)
    assert particle_verb_terms(site, first) == {"meld"}
    last = next(i for i in range(site.n_chunks) if "referatet" in site.chunk(i).text)
    assert particle_verb_terms(site, last) == frozenset()


@pytest.mark.parametrize(("text", "forms"), [
    ("Hvornår sætter I det i gang?", [("sætter", "igangsætter")]),
    ("Kan jeg melde mig ud, og hvem tager over?", [("melde", "udmelde"), ("tager", "overtager")]),
    ("Vi sender det ind. Ud", [("sender", "indsender")]),
    # A punctuation mark parts a verb from its particle; a particle last in the text joins nothing.
    ("Vi sender, ind", []), ("ind", []), ("", []),
])
def test_a_long_passages_particle_verbs_are_found_where_a_pronoun_or_particle_follows(text, forms):
    # Only the words a pronoun or particle follows are looked at (a passage's other words are
    # skipped): the verbs found are the same, in a passage of a hundred other words as alone.
    filler = " ".join(["Foreningen arbejder for grønne byer med mange træer"] * 10) + ". "
    assert particle_verb_forms(text) == forms
    assert particle_verb_forms(filler + text) == forms


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
