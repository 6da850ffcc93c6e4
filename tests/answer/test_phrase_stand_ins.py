"""A visitor's verb-and-particle phrase is searched by what it means: "bakke op" finds "støtte".

A visitor asks why the whole country should "bakke op om" the organisation's cause; the page says
the fight is one "som hele Danmark bør støtte op om". Word by word the search read "bakke" by the
thesaurus's senses of the noun (a hill: "bank", "høj") and put the history first, whose "Danske
Andelskassers Bank" founded the organisation. The thesaurus lists the phrase with its one-word
synonyms; the search now looks for them (phrase_stand_ins.py), where the material lacks the
phrase's own word.
"""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.phrase_stand_ins import phrase_synonym_terms
from assistant.answer.retrieve import analyse_query, search

OM = "https://balance-danmark.dk/om/"
PAGE_5 = "https://groenne-byer.example/anbefalinger-2025.pdf#page=5"


def _group(index, question, term):
    return next(g for g in analyse_query(index, question).groups if g.term == term)


def test_backing_the_cause_finds_the_fight_that_everyone_should_support(bundled_index):
    question = "Hvorfor mener I, at hele landet bør bakke op om jeres sag?"
    backing = _group(bundled_index, question, "bak")
    assert "stoet" in backing.members and "bank" not in backing.members
    hit = search(bundled_index, question)[0]
    assert hit.chunk.url == OM + "#vores-kamp"
    assert "bak" in hit.matched


def test_the_visitor_who_asks_why_to_back_the_cause_is_answered_from_the_fight(bundled_index):
    answer = ask("Hvorfor mener I, at hele landet bør bakke op om jeres sag?", bundled_index)
    assert answer.citations and answer.citations[0].url == OM + "#vores-kamp"


def test_a_phrase_whose_word_the_material_has_keeps_the_word_alone(association):
    # The material says "lavet om" (a park) itself: "ændre" is not added beside it.
    making = _group(association, "Hvor stort et flertal kræves der for at lave om på reglerne?", "lav")
    assert making.members == ("lav",)


def test_a_verb_and_a_preposition_is_no_phrase(association):
    # "stå i" is listed as "koste" (what a thing costs); here "i" governs "indkaldelsen".
    assert phrase_synonym_terms(association, "Skal et forslag om vedtægterne stå i indkaldelsen?") == {}


def test_the_phrase_said_as_in_the_material_still_comes_first(association):
    answer = ask("Hvem skal spørges, før en park bliver lavet om?", association)
    assert answer.citations[0].url == PAGE_5
    assert "Lokale grupper" in answer.answer


def test_a_phrase_stranded_with_the_question_word_names_no_topic(association):
    # "Hvad går … ud på?" asks what the work is; the phrase's synonyms ("angå", "mål", "dø") are
    # its several senses and none is the topic.
    assert phrase_synonym_terms(association, "Hvad går jeres arbejde ud på?") == {}


def test_a_phrase_whose_word_has_no_stand_in_adds_none(bundled_index):
    # "slå sig sammen" is "samle" to the thesaurus; the page says "samlet" of its recommendations,
    # and the merger of 2017 is told in other words ("blev … en del af").
    question = "Hvilken gruppe slog sig sammen med jer i 2017?"
    assert _group(bundled_index, question, "slog").members == ()
    answer = ask(question, bundled_index)
    assert answer.citations and answer.citations[0].url == OM + "#vores-historie"
