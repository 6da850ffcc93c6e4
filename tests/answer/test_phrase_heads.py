"""A visitor's "grønne sted" meets the material's "grønt opholdssted".

The publication answers how far a home may lie from green space in one sentence: "Ingen bolig bør
ligge mere end 300 meter fra et grønt opholdssted." A visitor asks how far it may be "til nærmeste
grønne sted". "sted" is an everyday word whose compounds are as often other things ("hjemsted"), so
its compounds are not searched for it; but the question's own word before it ("grønne") stands
right before the compound in the answer ("grønt opholdssted"), and there the compound is the
visitor's phrase. A phrase whose word stands before no such compound finds nothing new.
"""
from __future__ import annotations

from assistant.answer import held_otherwise
from assistant.answer.compose import find_hits, read_question
from assistant.answer.phrase_heads import phrase_heads
from assistant.answer.retrieve import analyse_query

PAGE_4 = "https://groenne-byer.example/anbefalinger-2025.pdf#page=4"


def _hits(index, question):
    reading = read_question(index, question)
    return find_hits(index, analyse_query(index, reading.text, reading.alternatives, reading.put))


def _group(index, question, term):
    return next(g for g in analyse_query(index, question).groups if g.term == term)


def test_the_distance_to_the_nearest_green_place_is_looked_for_in_the_green_pocket_place(association):
    question = "Hvor langt må der højst være til nærmeste grønne sted?"
    place = _group(association, question, "sted")
    assert place.heads == ("opholdssted",)
    hits = _hits(association, question)
    assert hits[0].chunk.url == PAGE_4, [h.chunk.url for h in hits]
    assert "300 meter" in hits[0].chunk.text
    assert "sted" in hits[0].matched


def test_the_compound_counts_only_where_the_questions_word_stands_before_it(association):
    heads, _, passages = phrase_heads(association, "Hvor langt er der til et grønt sted?", "sted")
    assert heads == ("opholdssted",)
    assert {association.chunk(c).url for c in passages} == {PAGE_4}


def test_a_place_asked_without_a_word_before_it_finds_no_compound(association):
    # "hvilket" is a question word: no compound of "sted" is meant ("hjemsted" is the seat).
    assert _group(association, "Hvilket sted holder foreningen til?", "sted").heads == ()
    # Nor where the word before never stands before the compound in the material.
    assert _group(association, "Hvor ligger jeres faste sted?", "sted").heads == ()


def test_a_derived_compound_is_worked_out_once_for_the_search_and_the_decision(association, monkeypatch):
    calls = []
    original = held_otherwise.derived_compounds

    def counting(word, back):
        calls.append(word)
        return original(word, back)

    monkeypatch.setattr(held_otherwise, "derived_compounds", counting)
    association.memo.pop("derived_compounds", None)
    question = "Hvor kan beboerne dyrke noget?"
    grow = _group(association, question, "dyrk")
    assert "faellesdyrkning" in grow.members
    held_otherwise.kept_derived_compounds(association, "dyrk")
    assert calls.count("dyrk") == 1


def test_a_compounds_passages_are_read_once_for_every_question_that_puts_a_word_before_its_head(
        association, monkeypatch):
    # Another visitor's modifier before the same noun asks of the same compound: its passages, read
    # for the first question, are not read again (70 ms a question at 10,000 passages when they were).
    from assistant.answer import phrase_heads as module
    phrase_heads(association, "Hvor langt er der til et grønt sted?", "sted")
    read: list[str] = []
    monkeypatch.setattr(module, "_in_front", lambda index, text, compound: read.append(text) or frozenset())
    heads, _, passages = phrase_heads(association, "Hvor langt er der til nærmeste grønne sted?", "sted")
    assert heads == ("opholdssted",) and passages
    assert read == []
