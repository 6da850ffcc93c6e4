"""A freshly loaded index has its passages' words numbered before the first visitor asks.

The near-duplicate test compares passages by word shingles. The warm-up splits every passage's
text into words once (up to a budget) and keeps them as numbers; a first question's shingles are
made from those words instead of splitting the text again, and are exactly the shingles the text
gives. A passage past the budget is split when asked, as before.
"""
from __future__ import annotations

import pytest

import assistant.answer.compose as compose
from assistant.answer.compose import _shingles, ask, chunk_shingles
from assistant.answer.passage_words import (
    PROFILE_BUCKETS,
    may_be_alike,
    passage_words,
    prepare_passage_words,
    split_words,
)
from assistant.answer.warm_up import prepare_answering
from tests.support.corpus import make_document

# The same text on two pages (a near-duplicate), words with æ/ø/å, capitals, figures and a short
# passage of fewer words than a shingle.
PASSAGES = [
    ("Formål", "Foreningen Grønne Byer arbejder for flere træer i byerne. Den blev stiftet i 2019."),
    ("Formålet", "Foreningen Grønne Byer arbejder for flere træer i byerne. Den blev stiftet i 2019!"),
    ("Haver", "Vi passer haver i Aarhus, Odense og Aalborg: ÆBLER, pærer og blommer."),
    ("Kort", "Velkommen haveejer"),
]


@pytest.fixture
def gardens(index_of):
    return index_of([make_document("https://groenne-byer.example/om/", "Om Grønne Byer", PASSAGES)])


def test_the_warm_up_numbers_every_passages_words_exactly_as_the_split_gives_them(gardens):
    prepare_answering(gardens)
    table = gardens.memo["passage_words"]
    assert table.covered == gardens.n_chunks
    for i in range(gardens.n_chunks):
        assert table.words(i) == split_words(gardens.chunk(i).text)
        assert chunk_shingles(gardens, i) == _shingles(gardens.chunk(i).text)


def test_a_first_question_makes_its_shingles_from_the_table_not_from_the_text(gardens, monkeypatch):
    prepare_passage_words(gardens)
    monkeypatch.setattr(compose, "split_words", _refused)
    answer = ask("Hvornår blev Grønne Byer stiftet?", gardens)
    # The two pages saying the same are still one passage said twice: one citation.
    assert answer.answered and "2019" in answer.answer and len(answer.citations) == 1, answer


def _refused(*_args):
    raise AssertionError("a passage in the table was split into words again")


def test_passages_past_the_budget_are_split_when_asked_with_the_same_shingles(gardens):
    first = len(split_words(gardens.chunk(0).text))
    table = prepare_passage_words(gardens, max_words=first + 1)
    assert table.covered == 1 and table.n_words == first
    assert table.words(1) is None
    assert [chunk_shingles(gardens, i) for i in range(gardens.n_chunks)] == \
        [_shingles(gardens.chunk(i).text) for i in range(gardens.n_chunks)]


def test_the_printed_size_is_four_bytes_a_word_and_a_passage_bound_a_pointer_a_distinct_word_and_the_profiles():
    texts = ["Haven er åben, haven er grøn.", "Alle er velkomne i haven."]
    table = passage_words(texts)
    words = [w for text in texts for w in split_words(text)]
    assert table.n_words == len(words) == 11
    profiles = len(texts) * (2 * PROFILE_BUCKETS + 1)
    assert table.size_bytes == 4 * (len(words) + len(texts) + 1) + 8 * len(set(words)) + profiles
    assert [table.words(0), table.words(1), table.words(2)] == [
        ["haven", "er", "åben", "haven", "er", "grøn"], ["alle", "er", "velkomne", "i", "haven"], None]


# --- shingle profiles: pairs that cannot be near-duplicates are never compared -------------------

def test_two_passages_are_called_unlike_only_when_their_shingles_are(gardens):
    table = prepare_passage_words(gardens)
    ids = list(range(gardens.n_chunks))
    profiles = table.profiles(ids)
    for a in ids:
        assert profiles[a] is None or profiles[a][0] == len(chunk_shingles(gardens, a))
        for b in ids:
            alike = compose._near_duplicate(chunk_shingles(gardens, a), chunk_shingles(gardens, b))
            assert may_be_alike(profiles[a], profiles[b], compose.NEAR_DUPLICATE) or not alike
    assert may_be_alike(profiles[0], profiles[1], compose.NEAR_DUPLICATE)       # the same text twice
    assert not may_be_alike(profiles[0], profiles[2], compose.NEAR_DUPLICATE)   # unlike passages


def test_a_bound_of_shared_counts_tells_apart_sets_of_equal_size():
    # Equal sizes pass the size test; the counts by bucket show they share at most 2 of 10.
    assert not may_be_alike((10, [5, 5, 0, 0]), (10, [0, 3, 5, 2]), 0.8)
    assert may_be_alike((10, [5, 5, 0, 0]), (10, [5, 4, 1, 0]), 0.8)


def test_a_passage_too_short_for_a_shingle_or_past_the_budget_is_always_compared(gardens):
    table = prepare_passage_words(gardens, max_words=len(split_words(gardens.chunk(0).text)) + 1)
    short = next(i for i in range(gardens.n_chunks) if gardens.chunk(i).text.startswith("Velkommen"))
    assert table.profiles([0, 1])[1] is None
    assert prepare_passage_words(gardens).profiles([0, short])[1] is None
    assert may_be_alike(None, (10, [10]), compose.NEAR_DUPLICATE)


def test_unlike_candidates_are_never_shingled_and_a_copy_is_still_merged(index_of, monkeypatch):
    texts = [f"Fælleshave nummer {n} i Vestbyen har {n + 2} bede, et drivhus og en kompostbunke, "
             f"som naboerne i gade {n} passer om {['mandagen', 'tirsdagen', 'onsdagen'][n % 3]}." for n in range(5)]
    pages = [make_document(f"https://groenne-byer.example/have-{n}/", f"Have {n}", [("Haven", t)])
             for n, t in enumerate(texts)]
    copy = make_document("https://groenne-byer.example/kopi/", "Kopi", [("Haven", texts[0])])
    index = index_of([*pages, copy])
    prepare_passage_words(index)
    shingled = []
    original = compose._passage_shingles
    monkeypatch.setattr(compose, "_passage_shingles", lambda i, c: shingled.append(c) or original(i, c))
    hits = compose.find_hits(index, compose.analyse_query(index, "fælleshave bede drivhus kompostbunke"))
    assert len(hits) == 6
    kept = compose.distinct_hits(index, hits)
    assert len(kept) == 5, "the copy of a page's text is merged into the better of the two"
    copies = {hit.chunk_id for hit in hits if hit.chunk.text == texts[0]}
    assert len(copies) == 2 and set(shingled) == copies, "only the page and its copy, which may be alike, were shingled"
