"""A visitor's fixed phrase ("bakke op om", "handle om", "holde til") is its meaning, not its words.

The page says "støtte op om"; the visitor asks why they should "bakke op om" the fight, and the
decision read the passage as lacking "bakke" (a hill, to the thesaurus's one-word entry). A visitor
asking where the association "holder til", or what the analyses "handler om", asks of words the
passage holds ("foreningen", "analyser"), and the phrase only says how they relate; the passage was
read as lacking the verb, and the model declined. The decision now reads the question's
verb-and-particle phrases as mythes-da lists them (held_otherwise.held_in_phrases).
"""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.held_otherwise import held_in_phrases
from assistant.answer.ranked_passages import TermGroup
from assistant.answer.retrieve import analyse_query, search

OM = "https://balance-danmark.dk/om/"


def _lacking(index, question, hit):
    return [g for g in analyse_query(index, question).groups if g.term not in hit.matched]


def test_backing_a_cause_is_held_by_the_passage_that_says_support_it(bundled_index):
    question = "Hvorfor skulle jeg bakke op om jeres kamp?"
    hit = next(h for h in search(bundled_index, question) if h.chunk.url.endswith("#vores-kamp"))
    # The search finds the phrase's synonym (phrase_stand_ins.py): the passage says "støtte op om".
    assert "bak" in hit.matched and not _lacking(bundled_index, question, hit)
    # The decision reads the phrase too, for the word as its own senses give it ("bakke": a hill).
    alone = TermGroup(term="bak", members=("bank", "hoej"), weight=1.0, scale=0.5)
    assert held_in_phrases(bundled_index, hit.chunk_id, question, [alone]) == {"bak"}


def test_the_visitor_asking_why_to_back_the_fight_is_answered_from_the_fight(bundled_index):
    # Declined before: "bakke" was read as a word the passage lacks.
    answer = ask("Hej, jeg bor selv i en storby. Hvorfor skulle jeg bakke op om jeres kamp? Tak for svar",
                 bundled_index)
    assert answer.answered
    assert answer.citations[0].url == OM + "#vores-kamp"


def test_the_visitor_asking_what_the_analyses_are_about_is_answered_from_the_page(bundled_index):
    # Declined before: the passage holds "analyser", and "handler … om" only asks what they are about.
    answer = ask("Hvad handler jeres analyser om?", bundled_index)
    assert answer.answered
    # What the analyses are about is their subjects: the sentence that enumerates them answers.
    assert "analyser om udviklingstendenser" in answer.answer


def test_the_visitor_asking_where_the_association_is_based_is_answered_from_its_seat(association):
    # Declined before. (The sentence chosen is the name's, stk. 1; the seat is stk. 2 of the same §.)
    answer = ask("Hvor holder foreningen til?", association)
    assert answer.answered
    assert answer.citations[0].paragraph == "1"


def test_a_phrase_does_not_excuse_a_word_the_passage_lacks(bundled_index):
    # "podcast" is named nowhere: the phrase's verb counts as held only beside the other words.
    question = "Hvad handler jeres podcast om?"
    hit = search(bundled_index, question)[0]
    groups = analyse_query(bundled_index, question).groups
    assert {g.term for g in groups} == {"handl", "podcast"}
    assert held_in_phrases(bundled_index, hit.chunk_id, question, groups, groups) == frozenset()
    assert not ask(question, bundled_index).answered


def test_a_verb_without_its_particle_is_no_phrase(bundled_index):
    question = "Hvad handler jeres analyser om?"
    hit = search(bundled_index, question)[0]
    lacking = [g for g in _lacking(bundled_index, question, hit) if g.term == "handl"]
    held = [g for g in analyse_query(bundled_index, question).groups if g.term != "handl"]
    assert held_in_phrases(bundled_index, hit.chunk_id, question, lacking, held) == {"handl"}
    assert held_in_phrases(bundled_index, hit.chunk_id, "Hvem handler med jer?", lacking, held) == frozenset()



def test_a_thesaurus_stand_in_for_a_word_the_material_lacks_is_not_the_question_s_own_word(bundled_index):
    # The page never says "undersøgelser"; the search looks for its thesaurus stand-ins, one of
    # them "se" ("Se hele listen her"). That passage does not hold what the question asks about.
    question = "Hvad handler jeres undersøgelser om?"
    groups = {g.term: g for g in analyse_query(bundled_index, question).groups}
    assert groups["undersoeg"].scale < 1.0 and "se" in groups["undersoeg"].members
    hit = next(h for h in search(bundled_index, question) if h.chunk.url.endswith("#vores-medlemmer"))
    assert held_in_phrases(bundled_index, hit.chunk_id, question, [groups["handl"]], [groups["undersoeg"]]) \
        == frozenset()
