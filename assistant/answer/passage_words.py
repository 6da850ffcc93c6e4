"""Passages' words as the near-duplicate test reads them, numbered once at the warm-up, and their shingle profiles.

A passage's word shingles (compose.distinct_hits) start from a regex pass over its case-folded
text: 20-50 µs for each of the ~5 candidates a first question touches, the largest per-passage
cost left in it. The warm-up splits the passages once, in the index's order up to a budget of
words, and keeps each word as a number (4 bytes); a first question's shingles are then made from
the passage's words looked up by number, whose strings (and their hashes) already exist.

The warm-up also counts each passage's distinct shingles into buckets by a hash of their word
numbers (its profile). Two sets share in each bucket at most the smaller count and hold together at
least the larger, so the sums of the smaller and of the larger counts bound the Jaccard similarity
from above: a pair whose bound is under the near-duplicate threshold is not compared at all (no
pair of a question's candidates was a near-duplicate on 16,091 pairs of 995 dev questions).
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence

import numpy as np

from ..index.bm25 import Index

# Words the table holds at most, 4 bytes each (4 MiB): 10,000-16,000 passages of 60-100 words.
MAX_WORDS = 1 << 20
_WORD = re.compile(r"\w+")
# Buckets of a passage's shingle profile: 16 counts (2 bytes each while every count fits). With 16,
# no pair of the 995 dev questions' candidates needed its shingles compared; with 8, 172 pairs.
PROFILE_BUCKETS = 16
# A shingle's three word numbers packed into one 64-bit number, 21 bits each.
_NUMBER_BITS = 21
_SPREAD = np.uint64(0x9E3779B97F4A7C15)   # Fibonacci hashing: the top bits pick the bucket
# A passage's number of distinct shingles and their counts by bucket.
Profile = tuple[int, list[int]]


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
        self._profiles, profiled = shingle_profiles(numbers, starts, len(words))
        self._profiled = profiled.tobytes()     # read one passage at a time: bytes index fastest

    def words(self, chunk_id: int) -> list[str] | None:
        """Passage `chunk_id`'s words (split_words of its text); None when the table lacks it."""
        if chunk_id >= self.covered:
            return None
        return list(map(self._words.__getitem__,
                        self._numbers[self._starts[chunk_id]:self._starts[chunk_id + 1]]))

    def profiles(self, chunk_ids: Sequence[int]) -> list[Profile | None]:
        """Each passage's shingle profile: its number of distinct shingles and their counts by
        bucket; None for a passage the table has no profile of (past the budget, or too short)."""
        known = [c < self.covered and self._profiled[c] for c in chunk_ids]
        rows = self._profiles[[c if k else 0 for c, k in zip(chunk_ids, known)]].tolist()
        return [(sum(row), row) if k else None for row, k in zip(rows, known)]

    @property
    def n_words(self) -> int:
        return len(self._numbers)

    @property
    def size_bytes(self) -> int:
        """The arrays' bytes and a pointer a distinct word (the strings are not counted)."""
        return 4 * (len(self._numbers) + len(self._starts)) + 8 * len(self._words) + \
            self._profiles.nbytes + len(self._profiled)


def may_be_alike(a: Profile | None, b: Profile | None, threshold: float) -> bool:
    """Whether two passages' shingles may be at least `threshold` alike (Jaccard), by their
    profiles: False only when an upper bound of their similarity is below it."""
    if a is None or b is None:
        return True
    (size_a, counts_a), (size_b, counts_b) = a, b
    # The smaller set over the larger is a bound too, and needs no counts.
    if min(size_a, size_b) / max(size_a, size_b) < threshold:
        return False
    shared = sum(map(min, counts_a, counts_b))
    return shared / (size_a + size_b - shared) >= threshold


def shingle_profiles(numbers: array, starts: array, n_distinct: int) -> tuple[np.ndarray, np.ndarray]:
    """Per passage, its distinct three-word shingles counted by bucket, and whether it has a profile
    (three words or more: a shorter passage is one shingle of fewer words, always compared)."""
    n = len(starts) - 1
    bounds = np.frombuffer(starts, dtype=f"u{starts.itemsize}").astype(np.int64)
    profiled = np.diff(bounds) >= 3
    if len(numbers) < 3 or n_distinct >= 1 << _NUMBER_BITS:
        return np.zeros((n, PROFILE_BUCKETS), dtype=np.uint16), np.zeros(n, dtype=bool)
    words = np.frombuffer(numbers, dtype=f"u{numbers.itemsize}").astype(np.uint64)
    passage = np.repeat(np.arange(n), np.diff(bounds))
    within = passage[:-2] == passage[2:]
    bits = np.uint64(_NUMBER_BITS)
    packed = ((words[:-2] << bits << bits) | (words[1:-1] << bits) | words[2:])[within]
    passage = passage[:-2][within]
    order = np.lexsort((packed, passage))
    packed, passage = packed[order], passage[order]
    new = np.ones(len(packed), dtype=bool)
    new[1:] = (packed[1:] != packed[:-1]) | (passage[1:] != passage[:-1])
    bucket = ((packed[new] * _SPREAD) >> np.uint64(64 - (PROFILE_BUCKETS.bit_length() - 1))).astype(np.int64)
    counts = np.bincount(passage[new] * PROFILE_BUCKETS + bucket, minlength=n * PROFILE_BUCKETS)
    counts = counts.reshape(n, PROFILE_BUCKETS)
    return counts.astype(np.uint16 if counts.max(initial=0) < 1 << 16 else np.uint32), profiled


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
