"""A member's plain word finds the material's compound of it: "projekter" → "udviklingsprojekter"."""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.retrieve import analyse_query
from assistant.language.compound_heads import compounds_with_head, reversed_vocabulary
from tests.support.corpus import make_document

VOCABULARY = ["byhaveprojekt", "gang", "igang", "projekt", "skolegaardsprojekt", "traeplan"]


def test_compounds_are_found_by_their_last_part_shortest_first():
    backwards = reversed_vocabulary(VOCABULARY)
    assert compounds_with_head("projekt", backwards) == ["byhaveprojekt", "skolegaardsprojekt"]


def test_a_short_word_or_a_short_front_part_makes_no_compound():
    backwards = reversed_vocabulary(VOCABULARY)
    # "gang" is too short to be taken for a head, and "i" before it is no word.
    assert compounds_with_head("gang", backwards) == []
    assert compounds_with_head("plan", backwards) == []
    assert compounds_with_head("projekt2", backwards) == []


def test_a_question_about_projects_meets_the_material_that_only_names_kinds_of_project(index_of):
    index = index_of([make_document(
        "https://groenne-byer.example/om/", "Om Foreningen Grønne Byer",
        [("Det laver vi", "Foreningen driver byhaveprojekter og skolegårdsprojekter i tolv kommuner."),
         ("Medlemmer", "Medlemmerne får nyhedsbrevet fire gange om året."),
         ("Sekretariatet", "Sekretariatet ligger i Vejle og har tre ansatte."),
         ("Historie", "Foreningen blev stiftet i 2019 af borgere fra seks byer."),
         ("Kontingent", "Kontingentet fastsættes af generalforsamlingen.")])])
    query = analyse_query(index, "Har I nogen projekter?")
    assert [g.members for g in query.groups] == [("byhaveprojek", "skolegaardsprojek")]
    answer = ask("Har I nogen projekter?", index)
    assert answer.answered
    assert "byhaveprojekter" in answer.answer
