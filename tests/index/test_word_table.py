"""A build looks up a batch's plain words in a numpy table: every word gets exactly its own term,
however many words there are, however alike, and each distinct word is analysed once."""
from __future__ import annotations

import random

import pytest

from assistant.index import word_table
from assistant.index.word_table import DROPPED, PACKED_BYTES, WordTable, packed_words, word_spans


class CountingTerms:
    """Word -> a term id of its own (stopwords dropped), counting how often each word is asked."""

    def __init__(self, stopwords=("og", "i")):
        self.asked: dict[str, int] = {}
        self.stopwords = set(stopwords)

    def __call__(self, word: str) -> int:
        self.asked[word] = self.asked.get(word, 0) + 1
        return self.expected([word])[0]

    def expected(self, words: list[str]) -> list[int]:
        """Each word's id: its place among the words asked so far."""
        order = {w: i for i, w in enumerate(self.asked, 1)}
        return [DROPPED if w in self.stopwords else order[w] for w in words]


def look_up(table: WordTable, words: list[str]) -> list[int]:
    data = " ".join(words).encode("ascii")
    starts, ends = word_spans(data)
    assert [data[s:e].decode() for s, e in zip(starts.tolist(), ends.tolist())] == words
    return table.ids(packed_words(data, starts, ends)).tolist()


def alike_words() -> list[str]:
    """Words of Foreningen Grønne Byer that differ only in their 1st, 8th, 9th, 16th, 17th or last
    packed letter, or only in length."""
    base = "generalforsamlingernesdag"[:PACKED_BYTES]
    words = [base[:n] for n in range(1, PACKED_BYTES + 1)]
    for at in (0, 7, 8, 15, 16, PACKED_BYTES - 1):
        words.append(base[:at] + "x" + base[at + 1:])
    return words + ["og", "i", "2026", "traeer"]


@pytest.fixture
def tiny_table(monkeypatch):
    """A table that starts with four slots: every lookup runs into other words and growth."""
    monkeypatch.setattr(word_table, "_FIRST_BITS", 2)


@pytest.mark.parametrize("start", ["tiny", "usual"])
def test_words_that_share_all_but_one_letter_each_get_their_own_term(start, request):
    if start == "tiny":
        request.getfixturevalue("tiny_table")
    terms = CountingTerms()
    table = WordTable(terms)
    words = alike_words()
    rng = random.Random(16)
    for _ in range(5):
        batch = rng.choices(words, k=300)
        assert look_up(table, batch) == terms.expected(batch)
    assert set(terms.asked) == set(words) and set(terms.asked.values()) == {1}


def test_thousands_of_new_words_in_one_batch_grow_the_table_and_are_analysed_once(tiny_table):
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    words = list({"".join(rng.choices(letters, k=rng.randint(1, PACKED_BYTES))) for _ in range(5000)})
    terms = CountingTerms()
    table = WordTable(terms)
    batch = words + rng.choices(words, k=5000)
    assert look_up(table, batch) == terms.expected(batch)
    assert look_up(table, words) == terms.expected(words)
    assert len(table) == len(words) and set(terms.asked.values()) == {1}


def test_a_cleared_table_analyses_its_words_again_with_the_same_terms():
    terms = CountingTerms()
    table = WordTable(terms)
    first = look_up(table, ["byer", "parker", "byer"])
    table.clear()
    assert len(table) == 0
    assert look_up(table, ["parker", "byer"]) == [first[1], first[0]]
    assert terms.asked == {"byer": 2, "parker": 2}


def test_words_are_the_runs_between_spaces_wherever_they_stand():
    data = b"  byer   og parker  i 2026 "
    starts, ends = word_spans(data)
    assert [data[s:e] for s, e in zip(starts.tolist(), ends.tolist())] == [b"byer", b"og", b"parker", b"i", b"2026"]
    assert [len(x) for x in word_spans(b"")] == [0, 0]
    assert [x.tolist() for x in word_spans(b"by")] == [[0], [2]]
