"""Passages' words as the near-duplicate test reads them, numbered once at the warm-up.

A passage's word shingles (compose.distinct_hits) start from a regex pass over its case-folded
text: 20-50 µs for each of the ~5 candidates a first question touches, the largest per-passage
cost left in it. The warm-up splits the passages once, in the index's order up to a budget of
words, and keeps each word as a number (4 bytes); a first question's shingles are then made from
the passage's words looked up by number, whose strings (and their hashes) already exist.
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Iterable

from ..index.bm25 import Index

# Words the table holds at most, 4 bytes each (4 MiB): 10,000-16,000 passages of 60-100 words.
MAX_WORDS = 1 << 20
_WORD = re.compile(r"\w+")


def split_words(text: str) -> list[str]:
    """The case-folded words of a passage, as its shingles are made of."""
    return _WORD.findall(text.casefold())


class PassageWords:
    """Passages 0 … covered-1: each one's words in text order, as numbers into one word list."""

    def __init__(self, words: list[str], numbers: array, starts: array):
        self._words = words
        self._numbers = numbers     # every passage's word numbers, one passage after the other
        self._starts = starts       # per passage: where its numbers start; then the end
        self.covered = len(starts) - 1

    def words(self, chunk_id: int) -> list[str] | None:
        """Passage `chunk_id`'s words (split_words of its text); None when the table lacks it."""
        if chunk_id >= self.covered:
            return None
        return list(map(self._words.__getitem__,
                        self._numbers[self._starts[chunk_id]:self._starts[chunk_id + 1]]))

    @property
    def n_words(self) -> int:
        return len(self._numbers)

    @property
    def size_bytes(self) -> int:
        """The arrays' bytes and a pointer a distinct word (the strings are not counted)."""
        return 4 * (len(self._numbers) + len(self._starts)) + 8 * len(self._words)


def passage_words(texts: Iterable[str], max_words: int = MAX_WORDS) -> PassageWords:
    """The table of the passages' texts (in index order from passage 0), filled until the next
    passage would pass `max_words` words."""
    number: dict[str, int] = {}
    numbers = array("I")
    starts = array("I", [0])
    for text in texts:
        words = split_words(text)
        if len(numbers) + len(words) > max_words:
            break
        # A new word gets the next number: setdefault reads len(number) before it adds the word.
        numbers.extend([number.setdefault(w, len(number)) for w in words])
        starts.append(len(numbers))
    return PassageWords(list(number), numbers, starts)


def prepare_passage_words(index: Index, max_words: int = MAX_WORDS) -> PassageWords:
    """Number the index's passages' words now (kept in its memo), so a first question need not split them."""
    table = index.memo["passage_words"] = passage_words(
        (index.chunk(i).text for i in range(index.n_chunks)), max_words)
    return table
