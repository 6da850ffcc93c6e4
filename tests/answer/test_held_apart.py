"""A visitor's word the material says by its two parts written apart, or by its root.

"storbyerne" where the Om page says "de fire store byer", "rigdom" where it says "et rigere
Danmark": the material lacks the visitor's word, so the thing-asked check read it as named nowhere
and declined before the model weighed the passage, and the model read the passage as lacking it
(held_apart.py).
"""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.held_apart import apart_parts, dom_roots, held_anywhere, held_apart

STRUGGLE = "https://balance-danmark.dk/om/#vores-kamp"


def _passage(index, words: str) -> int:
    return next(i for i in range(index.n_chunks) if words in index.chunk(i).text)


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
    # no "store" beside "byer".
    assert held_apart(bundled_index, _passage(bundled_index, "de fire store byer"), ["storby"]) == {"storby"}
    assert held_apart(bundled_index, _passage(bundled_index, "mellemstore byer"), ["storby"]) == frozenset()


def test_the_material_names_big_cities_and_wealth_but_no_villages(bundled_index):
    assert held_anywhere(bundled_index, ["storby", "rigdom", "landsby"]) == {"storby", "rigdom"}
    # A name's term keeps its veto.
    assert held_anywhere(bundled_index, ["storby"], names={"storby"}) == frozenset()


def test_a_visitor_asking_about_people_outside_the_big_cities_is_answered_from_the_struggle(bundled_index):
    # Declined before: "storbyerne" was read as a thing the material never mentions.
    answer = ask("Hvad vil I gøre for folk uden for storbyerne?", bundled_index)
    assert answer.answered
    assert answer.citations[0].url == STRUGGLE


def test_a_thing_named_nowhere_beside_the_big_cities_is_still_declined(bundled_index):
    # The page says nothing of a metro.
    assert not ask("Hvornår får storbyerne en ny metro?", bundled_index).answered
