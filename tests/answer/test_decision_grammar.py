"""A visitor's grammar words are not what the answer must hold: "ifølge rapporten" names the publication
asked as the claim's source, "så", "helt", "gerne" only colour the question. The answer/decline decision
leaves them out where the best passage lacks them (assistant/answer/decision_grammar.py), so a question
is not declined for words no answer would say."""
from __future__ import annotations

import pytest

import assistant.answer.decision_terms as decision_terms
from assistant.answer.compose import ask, find_hits
from assistant.answer.decision_grammar import grammar_terms, grammar_words
from assistant.answer.decision_terms import weighed_query
from assistant.answer.retrieve import analyse_query


@pytest.mark.parametrize(("question", "words"), [
    ("Hvad sparer kommunerne penge på ifølge rapporten?", ("ifølge", "rapporten")),
    ("Hvad skaber ifølge foreningen den ægte rigdom?", ("ifølge", "foreningen")),
    ("hvor meget groent er der tilbage ifolge undersoegelsen", ("ifølge", "undersøgelsen")),
    ("Hvad sker der så, hvis jeg glemmer at betale?", ("så",)),
    ("kan vi saa ogsaa vaere medlem", ("så",)),
    ("Kan helt almindelige borgere blive medlem?", ("helt",)),
    ("Jeg vil gerne vide, hvornår mødet er", ("gerne",)),
    ("Hvem er medlem, helt præcist?", ("helt", "præcist")),
    ("Hvad protesterede bevægelsen imod?", ("imod",)),
    ("Sætter I projekter i gang ude i landet?", ("ude",)),
    ("Hvem startede det hele?", ("hele",)),
])
def test_the_grammar_words_of_a_question_are_found_also_typed_without_danish_letters(question, words):
    assert grammar_words(question) == words


@pytest.mark.parametrize("question", [
    # "så" as the past of "se" and as the conjunction of a purpose clause is content or its clause's.
    "Hvad så I i byerne?",
    "Hvorfor skal regnvandet i regnbede, så byerne tåler skybrud?",
    # A source a relative clause picks out is another body; "hele landet" is the adjective.
    "Har den fond, der betalte, blandet sig?",
    "Hvem vil styrke hele landet?",
])
def test_content_words_of_the_same_spelling_are_no_grammar(question):
    assert grammar_words(question) in ((), ("ifølge",))
    assert "så" not in grammar_words(question) and "hele" not in grammar_words(question)


def test_the_decision_weighs_the_question_without_the_source_it_names(association):
    question = "Hvor meget af byerne er grønt i dag ifølge rapporten?"
    query = analyse_query(association, question)
    hits = find_hits(association, query)
    grammar = grammar_terms(association.analyzer, question) & {g.term for g in query.groups}
    assert grammar == {t for w in ("ifølge", "rapporten") for t in association.analyzer.query_terms(w)}
    weighed, _ = weighed_query(association.analyzer, question, query, hits)
    assert not grammar & {g.term for g in weighed.groups} - hits[0].matched


def _without_grammar(monkeypatch):
    monkeypatch.setattr(decision_terms, "grammar_terms", lambda *args: frozenset())


def test_a_resident_asking_how_green_the_towns_are_according_to_the_report_gets_the_table(association, monkeypatch):
    question = "Hvor meget af byerne er grønt i dag ifølge rapporten?"
    answer = ask(question, association)
    assert answer.answered and "27 %" in answer.answer
    # "ifølge" and "rapporten", which the publication's table lacks, declined it.
    _without_grammar(monkeypatch)
    assert not ask(question, association).answered


def test_members_wanting_an_extra_meeting_learn_how_soon_it_must_be_held(association, monkeypatch):
    question = "Vi er nogle medlemmer, der gerne vil have et ekstraordinært møde. Hvor hurtigt skal det så holdes?"
    answer = ask(question, association)
    assert answer.answered and "fire uger" in answer.answer
    _without_grammar(monkeypatch)
    assert not ask(question, association).answered


@pytest.mark.parametrize("question", [
    "Hvad mener foreningen så om elbiler?",
    "Hvad koster en byhave så at leje ifølge rapporten?",
    "Er foreningen tilknyttet et bestemt parti ifølge reglerne?",
])
def test_a_question_the_material_lacks_is_still_declined_without_its_grammar_words(association, question):
    assert not ask(question, association).answered
