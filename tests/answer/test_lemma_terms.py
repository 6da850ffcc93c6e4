"""A visitor asks "Hvor langt er der til et grønt sted?" of a large site.

The search looks for the question's word before "sted" ("grønt") right before the material's
compounds of "sted" ("grønt opholdssted"), and read every passage of each such compound to find the
words before it: at 10,000 passages that was most of what a new question cost, and "When did Balance
Danmark end?" read 1,119 passages for "danmark". A passage that holds no form of the question's word
cannot say it before the compound, so only the passages that hold one are read now; the compounds
and passages found are the same, also where the material says the word in another form of its
dictionary form ("bedste" for "god").
"""
from __future__ import annotations

import pytest

from assistant.answer import phrase_heads as module
from assistant.answer.head_compounds import postings
from assistant.answer.lemma_terms import LEMMA_TERMS, prepare_lemma_terms, terms_of_lemma
from assistant.answer.phrase_heads import phrase_heads
from assistant.answer.warm_up import prepare_answering
from tests.support.corpus import make_document
from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document

PAGE_4 = "https://groenne-byer.example/anbefalinger-2025.pdf#page=4"


@pytest.fixture
def material(tmp_path):
    return build_index(tmp_path, [html_document(STATUTES_HTML, STATUTES_URL), publication_document()])


def _texts_read(monkeypatch) -> list[str]:
    read: list[str] = []
    in_front = module._in_front
    monkeypatch.setattr(module, "_in_front",
                        lambda index, text, compound: read.append(text) or in_front(index, text, compound))
    return read


def test_a_green_place_reads_only_the_passages_that_say_green(material, monkeypatch):
    read = _texts_read(monkeypatch)
    heads, _, passages = phrase_heads(material, "Hvor langt er der til et grønt sted?", "sted")
    assert heads == ("opholdssted",)
    assert {material.chunk(c).url for c in passages} == {PAGE_4}
    assert read and all("grøn" in text.casefold() for text in read), read


def test_a_word_the_compounds_passages_never_say_reads_none_of_them(material, monkeypatch):
    # "lokalforening" and "landsforening" stand in three passages, none of which says "lille".
    assert len({int(c) for compound in ("lokalforening", "landsforening")
                for c in postings(material, compound)}) == 3
    read = _texts_read(monkeypatch)
    assert phrase_heads(material, "Hvad laver en lille forening?", "forening") == module.NONE
    assert read == []


def test_another_form_of_the_word_before_is_still_found(index_of, monkeypatch):
    # "bedste" is a form of "god" with another index term: its passage is read for "god".
    site = index_of([make_document("https://groenne-byer.example/parker/", "Parkerne", [
        ("Lommeparker", "Byen har de bedste lommeparker i landet, og de ligger tæt på skolerne."),
        ("Skoler", "Skolerne har en lommepark bag gymnastiksalen."),
        ("Park", "Den gamle park ligger ved åen, og en park er åben for alle."),
    ])])
    assert "bedst" in terms_of_lemma(site, "god")
    read = _texts_read(monkeypatch)
    heads, _, passages = phrase_heads(site, "Hvor finder jeg en god park?", "park")
    assert heads == ("lommepark",)
    assert ["bedste lommeparker" in site.chunk(c).text for c in passages] == [True]
    assert len(read) == 1


def test_the_warm_up_reads_the_terms_of_each_dictionary_form(material):
    prepare_answering(material)
    table = material.memo[LEMMA_TERMS]
    # "haft" is a form of "have" with another index term than "have"'s own.
    assert {"haft", "hav"} <= table["have"]
    assert prepare_lemma_terms(material) == table
