"""A passage that says the visitor's word as the head of a compound or in another word class holds it.

The search expands a question word only where the material lacks it, so a passage with "grønt
opholdssted" was read as lacking the visitor's "grønt sted", and the model declined the question.
The answer decision now reads such a passage as holding the word (held_otherwise.py).
"""
from __future__ import annotations

from dataclasses import replace

from assistant.answer import ask
from assistant.answer.held_otherwise import held_otherwise, relatives, same_word, short_modifier_compounds
from assistant.answer.retrieve import TermGroup, analyse_query, search
from assistant.language.compound_heads import reversed_vocabulary
from tests.support.statutes import STATUTES_URL as STATUTES

PAGE_4 = "https://groenne-byer.example/anbefalinger-2025.pdf#page=4"


def _group(index, question, term):
    return next(g for g in analyse_query(index, question).groups if g.term == term)


def _passage(index, question, url, paragraph=None):
    return next(h for h in search(index, question)
                if h.chunk.url.startswith(url) and (paragraph is None or h.chunk.paragraph == paragraph))


def test_a_green_place_is_held_by_the_passage_that_says_green_resting_place(association):
    # Asked without a word before it, "sted" is searched as the word itself only: the decision
    # still reads page 4's "grønt opholdssted" as holding it.
    place = _group(association, "Hvor langt må der højst være fra ens hjem til et sted?", "sted")
    assert "opholdssted" in relatives(association, place)
    hit = _passage(association, "Hvor langt må der højst være fra ens hjem til et grønt sted?", PAGE_4)
    assert held_otherwise(association, hit.chunk_id, [place]) == {"sted"}
    # With the question's "grønt" before it, the search itself finds it there (phrase_heads.py).
    assert "sted" in hit.matched


def test_the_visitor_asking_how_far_to_a_green_place_is_answered_from_the_pocket_park_page(association):
    # Declined before: the model read page 4 as lacking "sted".
    answer = ask("Hvor langt må man højst have til et grønt sted?", association)
    assert answer.answered
    assert answer.citations[0].url == PAGE_4


def test_a_decision_is_held_by_the_rule_on_when_the_board_can_decide(association):
    # An English "decision" reaches the Danish "beslutning" and the verb's stem "beslut"; the rule
    # says "beslutningsdygtig", a derivation of that root the search does not expand to.
    decision = TermGroup(term="beslutning", members=("beslutning", "beslut"), weight=1.0)
    assert "beslutningsdyg" in relatives(association, decision)
    hit = _passage(association, "Hvornår er bestyrelsen beslutningsdygtig?", STATUTES, "6")
    assert "beslutning" in held_otherwise(association, hit.chunk_id, [decision])


def test_an_english_question_on_a_valid_board_decision_is_answered_from_the_quorum_rule(association):
    # Declined before, for the same reason.
    answer = ask("How many board members must show up for a valid decision?", association)
    assert answer.answered
    assert "beslutningsdygtig" in answer.answer


def test_a_compound_the_word_only_starts_is_not_the_word(association):
    # "hjemsted" (a registered seat) starts with "hjem" but is no kind of home: only a compound's
    # head is a kind of the word, so § 1 does not hold the visitor's "hjem".
    home = TermGroup(term="hjem", members=(), weight=1.0)
    hit = _passage(association, "Hvor har foreningen hjemsted?", STATUTES, "1")
    assert held_otherwise(association, hit.chunk_id, [home]) == frozenset()


def test_a_compound_the_search_read_as_another_question_word_says_only_that_one(association):
    # "hjemsted" is the visitor's "hjem" (the search found it so): it is not also the "sted" asked
    # about, so § 1 does not answer how close to a green spot a home should be.
    question = "Hvor tæt på et grønt sted skal et hjem ligge?"
    query = analyse_query(association, question)
    place = next(g for g in query.groups if g.term == "sted")
    hit = _passage(association, "Hvor har foreningen hjemsted?", STATUTES, "1")
    assert "hjemsted" in relatives(association, place)
    assert held_otherwise(association, hit.chunk_id, [place], frozenset(query.terms)) == frozenset()


def test_trees_are_held_by_the_passage_that_says_tree_and_city_trees(association):
    # The stemmer keeps "træer" whole and cuts "bytræer" to "bytræ": the lemmatiser reads "træer"
    # and "træ" as one word, and "by" (a word of its own, no particle) makes "bytræ" a kind of tree.
    trees = TermGroup(term="traeer", members=("traeer",), weight=1.0)
    assert {"trae", "bytrae"} <= set(relatives(association, trees))
    hit = _passage(association, "Hvad skal der ske med træer, der bliver fældet?", PAGE_4)
    assert held_otherwise(association, hit.chunk_id, [trees]) == {"traeer"}


def test_neighbourhoods_are_held_by_the_passage_that_says_city_neighbourhoods():
    backwards = reversed_vocabulary(["bykvart", "udkvart", "igkvart", "kvart"])
    # "ud" is a particle ("udmelde" is no kind of "melde"), "ig" no word: only "by" makes a compound.
    assert short_modifier_compounds("kvart", backwards) == ["bykvart"]


def test_a_word_and_another_its_ending_made_are_not_one_word():
    assert same_word("traeer", "trae")
    assert not same_word("grundlagt", "grundlag")


def test_a_word_the_index_holds_only_in_one_short_modifier_compound_finds_it():
    # The look-up stops early where no other term ends with the word: it must not stop where the
    # word itself is missing and its one compound stands first.
    assert short_modifier_compounds("trae", reversed_vocabulary(["bytrae", "skov"])) == ["bytrae"]
    assert short_modifier_compounds("trae", reversed_vocabulary(["trae", "bytrae", "skov"])) == ["bytrae"]
    assert short_modifier_compounds("skov", reversed_vocabulary(["trae", "bytrae", "skov"])) == []


def test_growing_vegetables_is_held_by_the_passage_on_growing_them_together(association):
    # "dyrke" is said in the publication only as the head of "fællesdyrkning": derivation ("dyrkning")
    # and compounding in one step.
    grow = _group(association, "Hvor kan vi dyrke grøntsager sammen?", "dyrk")
    # The search now looks for the word there itself (retrieve.py); the relatives say it of the word alone.
    assert "faellesdyrkning" in grow.members
    assert "faellesdyrkning" in relatives(association, replace(grow, members=()))


def test_a_compound_the_dictionary_lists_is_a_word_of_its_own(association):
    # "samles" is no "generalforsamling", though "samling" is "samle"'s derivation and ends it.
    gather = _group(association, "Hvor ofte samles bestyrelsen?", "saml")
    assert not {"generalforsamling", "forsamling"} & set(relatives(association, gather))
