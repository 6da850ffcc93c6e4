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
from assistant.answer.passage_words import passage_words, prepare_passage_words, split_words
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


def test_the_printed_size_is_four_bytes_a_word_and_a_passage_bound_and_a_pointer_a_distinct_word():
    texts = ["Haven er åben, haven er grøn.", "Alle er velkomne i haven."]
    table = passage_words(texts)
    words = [w for text in texts for w in split_words(text)]
    assert table.n_words == len(words) == 11
    assert table.size_bytes == 4 * (len(words) + len(texts) + 1) + 8 * len(set(words))
    assert [table.words(0), table.words(1), table.words(2)] == [
        ["haven", "er", "åben", "haven", "er", "grøn"], ["alle", "er", "velkomne", "i", "haven"], None]
