"""The thesaurus's broader terms are held compactly by every process, with the same headwords.

A visitor's "jeres forening" is matched to the organisation a page defines itself as through the
headwords that list both words (thesaurus_kin.broader: "forening" → "gruppe", "samling", …). The
table of ~51,600 words is built in every process at start; its headwords are held as tuples, a third
of frozensets' memory, and broader still answers a frozenset of the same headwords.
"""
from __future__ import annotations

import tracemalloc

from assistant.language import thesaurus_kin
from assistant.language.thesaurus import load
from assistant.language.thesaurus_kin import broader, kindred


def test_every_words_broader_terms_are_the_headwords_listing_it():
    expected: dict[str, set[str]] = {}
    for head, narrower in load().narrow.items():
        for word in narrower:
            expected.setdefault(word, set()).add(head)
    assert len(expected) > 50_000
    assert all(broader(word) == frozenset(heads) for word, heads in expected.items())
    assert broader("ikke-et-ord") == frozenset() and "gruppe" in broader("Forening")


def test_the_organisation_and_the_association_are_still_kin():
    assert kindred("forening", "organisation") and not kindred("forening", "kartoffel")


def test_the_table_is_held_in_a_few_megabytes():
    load()
    thesaurus_kin._broader_table.cache_clear()
    tracemalloc.start()
    try:
        thesaurus_kin._broader_table()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    # Frozensets held ~14.6 MB beyond the thesaurus's own words, tuples ~6.
    assert held < 9_000_000
