"""A visitor's compound the material says as another compound of the same head is not "named nowhere".

"industriklynger" where the Om page says "erhvervsklynger", "enkeltperson" where it says
"privatpersoner": both words are kinds of their head, the material lacks the visitor's word, and the
thing-asked check declined the question before the model weighed the passage (sibling_compounds.py).
"""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.asked_thing import lacks_asked_thing
from assistant.answer.compose import find_hits
from assistant.answer.retrieve import TermGroup, analyse_query
from assistant.answer.sibling_compounds import sibling_terms, siblings_held

VISION = "https://balance-danmark.dk/om/#vores-vision"


def test_industry_clusters_are_the_pages_business_clusters(bundled_index):
    assert sibling_terms(bundled_index, "industriklyng") == ("erhvervsklyng",)


def test_a_single_person_is_the_pages_private_person(bundled_index):
    assert sibling_terms(bundled_index, "enkeltperson") == ("privatperson",)


def test_a_word_the_material_holds_has_no_siblings(bundled_index):
    # The search finds the word itself; its siblings would only be other kinds.
    assert sibling_terms(bundled_index, "privatperson") == ()


def test_a_linking_s_belongs_to_the_first_part_not_to_the_head(association):
    # "bogførings|år", not "bogføring|sår": the head is "år", too short to say what is asked about.
    assert sibling_terms(association, "bogfoeringsaar") == ()


def test_a_short_head_stem_finds_no_siblings(association):
    # "hav" is both "have" (garden) and "hav" (sea): "nyttehave" is no kind of "verdenshav".
    assert sibling_terms(association, "nyttehav") == ()


def test_a_question_about_industry_clusters_is_not_about_a_thing_named_nowhere(bundled_index):
    question = "Vil I hjælpe de lokale industriklynger?"
    query = analyse_query(bundled_index, question)
    hits = find_hits(bundled_index, query)
    assert hits[0].chunk.url == VISION
    assert not lacks_asked_thing(bundled_index, question, query, question, hits=hits)


def test_the_vision_passage_holds_industry_clusters_for_the_decision(bundled_index):
    group = TermGroup(term="industriklyng", members=(), weight=1.0)
    question = "Vil I hjælpe de lokale industriklynger?"
    hit = find_hits(bundled_index, analyse_query(bundled_index, question))[0]
    assert siblings_held(bundled_index, hit.chunk_id, [group]) == {"industriklyng"}
    # A name's term keeps counting as missing.
    assert siblings_held(bundled_index, hit.chunk_id, [group], names={"industriklyng"}) == frozenset()


def test_a_visitor_asking_about_industry_clusters_is_answered_from_the_vision(bundled_index):
    # Declined before: "industriklynger" was read as a thing the material never mentions.
    answer = ask("Vil I hjælpe de lokale industriklynger?", bundled_index)
    assert answer.answered
    assert answer.citations[0].url == VISION
    assert "erhvervsklynger" in answer.answer


def test_a_thing_named_nowhere_beside_a_sibling_is_still_declined(bundled_index):
    # "kontingent" is named nowhere on the Om page; "privatpersoner" does not make it so.
    assert not ask("Hvad er kontingentet for en enkeltperson?", bundled_index).answered


def test_a_name_the_material_lacks_is_no_kind_of_its_last_part(association):
    # "Balancemål" names Balance Danmark's publication; the association's "spørgsmål" is no sibling of it.
    assert not ask("hvornaar udkom Balancemaal?", association).answered
