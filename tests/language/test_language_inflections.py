"""A question's "betaler" finds the material's "betalt": forms the stemmer left whole are the same word."""
from __future__ import annotations

import pytest

from assistant.answer.retrieve import analyse_query
from assistant.language.related_terms import INFLECTIONS, base_forms, inflected_forms
from tests.support.corpus import make_document

# One Danish word form per ending that the stem meets in a material.
EVERY_ENDING = [("hold", "holde"), ("send", "sender"), ("betal", "betalt"), ("vedtag", "vedtaget"),
                ("indkald", "indkaldte"), ("meld", "meldede"), ("betal", "betaling"),
                ("udmeld", "udmeldelse")]


@pytest.mark.parametrize("stem, form", EVERY_ENDING)
def test_a_stem_finds_its_inflected_form_in_the_vocabulary(stem, form):
    assert inflected_forms(stem, {form, "andet"}) == [form]


def test_every_ending_has_an_example_above():
    assert {form[len(stem):] for stem, form in EVERY_ENDING} == set(INFLECTIONS)


def test_a_short_stem_or_one_without_forms_finds_nothing():
    assert inflected_forms("tal", {"talt"}) == []      # three letters: too short to be sure of
    assert inflected_forms("betal", {"betaling2", "beta"}) == []


def test_paying_late_is_searched_as_the_statutes_paid_not_as_the_thesaurus_other_senses(index_of):
    index = index_of([make_document(
        "https://groenne-byer.example/vedtaegter/", "Vedtægter for Foreningen Grønne Byer",
        [("Kontingent", "Kontingentet skal være betalt senest 1. marts."),
         ("Bestyrelse", "Bestyrelsen beslutter, hvem der giver tilskud."),
         ("Økonomi", "Foreningen finansieres af kontingenter og fonde."),
         ("Medlemmer", "Medlemmerne modtager nyhedsbrevet.")])])
    query = analyse_query(index, "Hvad sker der, hvis jeg ikke betaler?")
    assert [g.members for g in query.groups if g.term == "betal"] == [("betalt",)]


@pytest.mark.parametrize("stem, form", EVERY_ENDING)
def test_a_form_the_stemmer_kept_finds_its_stem_in_the_vocabulary(stem, form):
    assert base_forms(form, {stem, "andet"}) == [stem]


def test_how_warm_it_gets_is_searched_as_the_materials_warm(index_of):
    # The stemmer keeps an adjective's -t ("varmt") apart from the word ("varme" -> "varm").
    index = index_of([make_document(
        "https://groenne-byer.example/anbefalinger/", "Anbefalinger",
        [("Status", "På varme sommerdage målte de frivillige op til 4 grader højere temperatur."),
         ("Træer", "Foreningen har plantet træer i byerne.")])])
    query = analyse_query(index, "Hvor varmt bliver det i byerne?")
    assert [g.members for g in query.groups if g.term == "varmt"] == [("varm",)]
