"""A visitor asks in English for the biggest of something: the material's superlative is searched.

The dictionaries translate "biggest" by its base form ("big" → "stor"), so the publication's status
page, which says "de store byer", came before the economy page's "Den største post er …". Written
against the fictional association's statutes and publication (Foreningen Grønne Byer).
"""
from __future__ import annotations

import pytest

import assistant.answer.rank_kinds as rank_kinds
import assistant.answer.reading as reading
from assistant.answer.compose import find_hits
from assistant.answer.reading import read_question
from assistant.answer.retrieve import analyse_query
from assistant.answer.superlatives import is_superlative, material_superlatives, superlatives_by_lemma

PUBLICATION = "https://groenne-byer.example/anbefalinger-2025.pdf"


def _first(index, question):
    found = read_question(index, question)
    return find_hits(index, analyse_query(index, found.text, found.alternatives, found.put))[0].chunk.url


def test_the_biggest_cost_is_found_where_the_largest_item_is_named(association, monkeypatch):
    assert "største" in read_question(association, "What is the biggest cost?").text.split()
    assert _first(association, "What is the biggest cost?") == f"{PUBLICATION}#page=6"
    # Searched as "store", the status page's "de store byer" came first (and still does where the
    # rarest word, "cost", does not move the economy page up: rare_word_first.py).
    monkeypatch.setattr(reading, "is_superlative", lambda word: False)
    monkeypatch.setattr(rank_kinds, "rare_word_first", lambda index, query, hits: hits)
    assert _first(association, "What is the biggest cost?") == f"{PUBLICATION}#page=3"


def test_the_biggest_losses_stay_where_the_loss_is_largest(association):
    # "Tabet er størst i de store byer": the superlative is the status page's word too.
    assert _first(association, "Where are the biggest losses?") == f"{PUBLICATION}#page=3"


@pytest.mark.parametrize(("word", "superlative"), [
    ("biggest", True), ("Largest", True), ("best", True), ("cheapest", True),
    ("interest", False), ("west", False), ("forest", False), ("most", False),
])
def test_an_english_superlative_is_an_est_form_of_another_word(word, superlative):
    assert is_superlative(word) is superlative


def test_the_material_superlatives_are_told_by_their_lemma_not_by_their_ending():
    table = superlatives_by_lemma(["største", "Størst", "store", "først", "kunst", "liste", "bedste"])
    assert set(table["stor"]) == {"største", "størst"}
    assert table["god"] == ("bedste",)
    # "først", "kunst" and "liste" end like a superlative but are their own words.
    assert not {"først", "kunst", "liste"} & {w for found in table.values() for w in found}
    assert material_superlatives(table, ("store",)) == table["stor"]


def test_a_superlative_the_material_lacks_keeps_the_dictionaries_words(association):
    # The statutes say "øverste myndighed", no superlative of "høj": "highest" is searched as before.
    assert "højere" in read_question(association, "Who is the highest authority in the association?").text.split()
