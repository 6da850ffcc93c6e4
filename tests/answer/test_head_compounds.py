"""A visitor's "park" meets the material's "lommeparker", though the material also says "park" alone.

The publication answers how far a home may lie from a park, and whether empty lots should become
small parks, in sentences that say "lommeparker"; "park" itself stands in other passages. A Danish
compound is a kind of its last part, so those passages hold the visitor's word too, below the word
itself, and only where the material writes the thing mostly in compounds.
"""
from __future__ import annotations

from assistant.answer import ask, head_compounds
from assistant.answer.head_compounds import HEAD_SCALE, known_word_heads, top_with_heads
from assistant.answer.query_words import EVERYDAY_ZIPF
from assistant.answer.retrieve import analyse_query, search
from assistant.language.background import zipf
from assistant.language.compound_heads import (
    MIN_KNOWN_HEAD,
    backwards_vocabulary,
    compounds_with_head,
    reversed_vocabulary,
)
from tests.support.corpus import make_document

PAGE_4 = "https://groenne-byer.example/anbefalinger-2025.pdf#page=4"


def _group(index, question, term):
    return next(g for g in analyse_query(index, question).groups if g.term == term)


def test_a_four_letter_word_heads_compounds_only_when_the_material_has_it_alone():
    backwards = reversed_vocabulary(["lommepark", "park", "parkeringsplads"])
    assert compounds_with_head("park", backwards, MIN_KNOWN_HEAD) == ["lommepark"]
    # A word the material lacks must still be five letters to be taken for a head.
    assert compounds_with_head("park", backwards) == []


def test_the_distance_to_a_park_is_looked_for_where_the_material_says_pocket_parks(association):
    question = "Hvor langt må der højst være til en park?"
    park = _group(association, question, "park")
    assert "park" in park.members and park.heads == ("lommepark",)
    hits = search(association, question)
    found = [h for h in hits if h.chunk.url == PAGE_4]
    assert found, [h.chunk.url for h in hits]
    assert "park" in found[0].matched
    assert "300 meter" in found[0].chunk.text


def test_an_english_question_about_small_parks_is_answered_from_the_pocket_parks(association):
    answer = ask("Should empty lots be turned into small parks? just curious", association)
    assert answer.answered
    assert answer.citations[0].url == PAGE_4
    assert "lommeparker" in answer.answer


def test_a_word_the_material_mostly_says_alone_keeps_to_itself(association):
    # "medlem" stands in many passages, "bestyrelsesmedlem" in few: a board member is no answer to
    # what a member gets.
    member = _group(association, "Hvad får jeg ud af at være medlem?", "medlem")
    assert member.heads == () and "bestyrelsesmedlem" not in member.members


def test_an_everyday_word_gets_no_compounds(association):
    # "sted" is everyday Danish: "hjemsted" and "opholdssted" take different senses of it.
    place = _group(association, "Har I et sted, hvor man kan dyrke grøntsager?", "sted")
    assert place.heads == () and "hjemsted" not in place.members


def test_a_compound_scores_below_the_word_and_never_twice_in_one_passage(index_of):
    index = index_of([make_document(
        "https://groenne-byer.example/byrum/", "Byrum",
        [("Parken", "Byens park får nye bænke og et springvand til sommer."),
         ("Lommeparker", "Kommunen anlægger lommeparker med nye bænke på tomme grunde."),
         ("Begge", "Nær stationen ligger en park, og to lommeparker følger efter sommer."),
         ("Skolen", "Skolegården får et grønt tag og en ny legeplads til børnene."),
         ("Cykler", "Cykelstien langs havnen bliver bredere og får nyt lys.")])])
    query = analyse_query(index, "Er der en park i byen?")
    park = next(g for g in query.groups if g.term == "park")
    assert park.heads == ("lommepark",)
    scores = dict(top_with_heads(index, query, 5))
    by_heading = {index.chunk(cid).heading: cid for cid in range(index.n_chunks)}
    both = by_heading["Begge"]
    # The passage that says both scores as for "park" alone.
    assert scores[both] == float(index.scores(["park"] + [m for g in query.groups if g.term != "park"
                                                          for m in g.members])[both])
    # The compound alone counts, at HEAD_SCALE of the word's weight.
    only_compound = by_heading["Lommeparker"]
    assert 0 < scores[only_compound] < scores[by_heading["Parken"]]
    assert HEAD_SCALE < 1.0


def test_an_everyday_word_asked_in_a_rarer_form_gets_no_compounds_either(index_of):
    # "målet" is rarer than "mål" in general Danish; the word is still everyday, and "spørgsmål"
    # is no kind of goal.
    index = index_of([make_document(
        "https://groenne-byer.example/om/", "Om foreningen",
        [("Mål", "Vores mål er grønne byer i hele landet."),
         ("Kontakt", "Spørgsmål om kontingent sendes til kassereren."),
         ("Presse", "Journalister kan sende spørgsmål til sekretariatet."),
         ("Historie", "Foreningen blev stiftet i 2019 af borgere fra seks byer.")])])
    goal = next(g for g in analyse_query(index, "Hvad er målet?").groups if g.term == "maal")
    assert goal.heads == () and "spoergsmaal" not in goal.members


def test_a_word_that_heads_no_compound_of_the_material_looks_at_no_passage(association, monkeypatch):
    # Most words of a new question head no compound their group lacks: the vocabulary read
    # backwards says so, and no posting is read.
    def read_postings(index, terms):
        raise AssertionError(f"postings read for {terms}")

    monkeypatch.setattr(head_compounds, "holding", read_postings)
    member = _group(association, "Hvad koster kontingentet?", "kontingent")
    assert member.heads == ()


def test_the_compounds_kept_are_those_whose_passages_the_word_itself_leaves_out(association):
    # The marks over the passages give what the sets of passages give, for every word of the material.
    def passages(terms):
        return {int(d) for t in terms if t in association.term_ids
                for d in association.postings(association.term_ids[t])[0]}

    checked = 0
    for term in association.vocabulary:
        heads = known_word_heads(association, term, [term], frozenset(), [term])
        candidates = [c for c in compounds_with_head(term, backwards_vocabulary(association), MIN_KNOWN_HEAD)
                      if c != term]
        found = [c for c in candidates if passages([c]) - passages([term])]
        kept = found and len(passages(found)) >= len(passages([term])) and zipf(term) < EVERYDAY_ZIPF
        assert heads == (tuple(found) if kept else ()), term
        checked += bool(heads)
    assert checked > 0
