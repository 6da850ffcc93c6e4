"""A visitor's word the material says by a kind of it, by its two parts apart, or by its root.

"reglerne" where the statutes say "vedtægterne", "oplysningerne" where the publication says
"kortdata", "storbyerne" where the Om page says "de store byer", "rigdom" where it says "rigere":
the material lacks the visitor's word, so the thing-asked check read it as named nowhere and
declined before the model weighed the passage, and the model read the passage as lacking it
(held_as_kind.py).
"""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.held_as_kind import apart_parts, dom_roots, held_as_kind, kind_ways, narrower_terms

LOCAL_UNITS = "https://groenne-byer.example/om/vedtaegter/#paragraf-3a-lokalforeninger"
METHOD_PAGE = "https://groenne-byer.example/anbefalinger-2025.pdf#page=2"


def test_the_statutes_are_a_kind_of_rules(association):
    # The thesaurus lists "vedtægt" among the narrower terms of "regel".
    assert ("vedtaeg",) in kind_ways(association, "regl", {"regel"})


def test_map_data_is_a_kind_of_information(association):
    # "data" is a narrower term of "oplysning"; the publication says it only in the compound "kortdata".
    assert narrower_terms(association, ["oplysning"]) == ["kortdata"]


def test_a_class_with_a_thousand_kinds_names_no_kind(bundled_index):
    # Every agent noun is a kind of "mand": the Om page's "politikere" says nothing of "manden".
    assert narrower_terms(bundled_index, ["mand"]) == []


def test_a_kind_on_the_same_stem_as_another_word_is_not_that_word(association):
    # "mynde" (a dog) and the statutes' "myndighed" share the stem "mynd".
    assert narrower_terms(association, ["hund"]) == []


def test_wealth_is_the_adjective_rich():
    assert dom_roots("rigdom", {"rig", "danmark"}) == ["rig"]
    # "for" is a grammar word, not the adjective of "fordom".
    assert dom_roots("fordom", {"for"}) == []
    assert dom_roots("rigdom", {"danmark"}) == []


def test_a_big_city_is_the_pages_big_towns(bundled_index):
    assert ("stor", "byer") in apart_parts("storby", bundled_index.term_ids)
    # A head the compound look-ups reach (four letters or more) is left to them.
    assert apart_parts("medlemskort", bundled_index.term_ids) == []


def test_the_parts_written_apart_must_stand_together(bundled_index):
    # The struggle passage says "de fire store byer"; the one on exports has "mellemstore byer" and
    # "store" nowhere beside "byer".
    def passage(words):
        return next(i for i in range(bundled_index.n_chunks) if words in bundled_index.chunk(i).text)
    question = "Hvad med folk uden for storbyerne?"
    assert held_as_kind(bundled_index, passage("de fire store byer"), ["storby"], question) == {"storby"}
    assert held_as_kind(bundled_index, passage("mellemstore byer"), ["storby"], question) == frozenset()


def test_a_member_asking_about_a_local_groups_own_rules_is_answered_from_3a(association):
    # Declined before: "regler" was read as a thing the statutes never mention.
    answer = ask("Må en lokalforening have sine egne regler og stadig være medlem?", association)
    assert answer.answered
    assert answer.citations[0].url == LOCAL_UNITS
    assert "egne vedtægter" in answer.answer


def test_a_visitor_asking_when_the_information_was_gathered_is_told(association):
    answer = ask("Hvornår indsamlede I oplysningerne til undersøgelsen?", association)
    assert answer.answered
    assert answer.citations[0].url == METHOD_PAGE
    assert "september 2024" in answer.answer


def test_a_thing_named_nowhere_beside_the_rules_is_still_declined(association):
    # The statutes are rules, but they say nothing of dogs.
    assert not ask("Hvad siger reglerne om hunde i parkerne?", association).answered
