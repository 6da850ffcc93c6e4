"""An everyday word the page never uses does not sink a passage that holds all the rest of the question.

A visitor asked "Hvilken forening gik sammen med jer, da I fik nyt navn?". The history passage says
"… ændrede navn til Balance Danmark. Samtidig tilsluttede foreningen Staten i hele Danmark sig …": it
holds every word of the question but "nyt", which the page uses nowhere, and the model declined. The
word now counts as held by that passage (anchored_everyday.py), but only there: where the passage
lacks another word too, where the material uses the word elsewhere, where the nearest rival holds the
question's most telling word, or where the question asks for a detail the word may be, nothing changes.
"""
from __future__ import annotations

from types import SimpleNamespace

from assistant.answer import ask
from assistant.answer.anchored_everyday import anchored_everyday, asks_a_detail, nearest_rival
from assistant.answer.fact_kinds import asked_types
from assistant.answer.retrieve import analyse_query
from assistant.language.background import term_rarity

HISTORY = "https://balance-danmark.dk/om/#vores-historie"
QUESTION = "Hvilken forening gik sammen med jer, da I fik nyt navn?"


def _parts(index, question):
    query = analyse_query(index, question)
    general = {g.term: term_rarity(index.analyzer, question).get(g.term, 1.0) for g in query.groups}
    return query, general


def _counted(index, question, lacking, rival=frozenset(), asked=None):
    query, general = _parts(index, question)
    matched = {g.term for g in query.groups} - set(lacking)
    return anchored_everyday(index, question, query.groups, matched, rival, general,
                             asked_types(asked or question))


def test_the_visitor_asking_which_association_joined_at_the_new_name_is_answered_from_the_history(bundled_index):
    # Declined before: the passage lacked "nyt", a word of speech the page never uses.
    answer = ask(QUESTION, bundled_index)
    assert answer.answered
    assert answer.citations[0].url == HISTORY


def test_an_everyday_word_the_page_never_uses_counts_when_the_passage_holds_the_rest(bundled_index):
    assert "nyt" not in bundled_index.term_ids
    assert _counted(bundled_index, QUESTION, {"nyt"}) == {"nyt"}


def test_it_does_not_count_when_the_passage_lacks_a_word_the_question_is_about_too(bundled_index):
    assert _counted(bundled_index, QUESTION, {"nyt", "forening"}) == frozenset()


def test_a_word_the_material_uses_elsewhere_keeps_telling(bundled_index):
    # "navn" stands in the history passage: a passage without it says something else.
    assert _counted(bundled_index, QUESTION, {"navn"}) == frozenset()


def test_it_does_not_count_when_the_nearest_rival_holds_the_most_telling_word_too(bundled_index):
    query, general = _parts(bundled_index, QUESTION)
    telling = max(query.groups, key=lambda g: (general[g.term], g.weight)).term
    assert _counted(bundled_index, QUESTION, {"nyt"}, rival={telling}) == frozenset()


def test_a_question_for_a_time_a_count_a_measure_or_a_person_in_a_role_keeps_its_everyday_words(association):
    assert asks_a_detail(asked_types("Hvornår fik I nyt navn?"))
    assert asks_a_detail(asked_types("Hvor mange nye medlemmer har I?"))
    assert asks_a_detail(asked_types("Hvem er den nye formand?"))
    assert not asks_a_detail(asked_types(QUESTION))
    # The page measures the heat in dense streets without trees, not in small towns.
    assert not ask("What was the temperature difference in the small towns?", association).answered


def test_a_rare_word_the_material_lacks_still_declines(bundled_index):
    assert not ask("Hvilken forening gik sammen med jer, da I fik risalamande?", bundled_index).answered


def _hit(url, *terms):
    return SimpleNamespace(chunk=SimpleNamespace(url=url), matched=frozenset(terms))


def test_another_passage_of_the_same_long_section_is_no_rival():
    # The history section is indexed as overlapping passages: both hold "hed" of "Hvad hed I dengang?".
    hits = [_hit(HISTORY, "hed"), _hit(HISTORY, "hed"), _hit("https://balance-danmark.dk/om/#vores-vision", "navn")]
    assert nearest_rival(hits, 0) == {"navn"}
    assert nearest_rival(hits[:2], 0) == frozenset()
    # For a passage below the best, the best is its rival.
    assert nearest_rival(hits, 2) == {"hed"}
