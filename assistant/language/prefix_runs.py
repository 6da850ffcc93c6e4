"""The words of a sorted list that begin with given letters, found by two binary searches.

Sorted, the words beginning with some letters stand together, from the letters' own place up to the
place of their successor (the last letter's next code point). Several readings look a word's
compounds or inflections up so (a first part, a root, a head read backwards); a scan that tested
`startswith` on each of the next MAX_SCAN words paid for ~64 tests where most letters begin none or
a few words. The run is the scan's own answer: the same words, in the same order. Whether any word begins
with the letters is the first place alone (`has_prefix`).
"""
from __future__ import annotations

import sys
from bisect import bisect_left
from collections.abc import Sequence
from itertools import takewhile


def has_prefix(words: Sequence[str], prefix: str) -> bool:
    """Whether a word of the sorted `words` begins with `prefix`."""
    i = bisect_left(words, prefix)
    return i < len(words) and words[i].startswith(prefix)


def prefix_end(words: Sequence[str], prefix: str, start: int, stop: int) -> int:
    """Where the words beginning with `prefix` end, from their first place `start` (bisect_left of
    the prefix) and at most up to `stop`: words[start:end] are those of words[start:stop] that begin
    with it."""
    stop = min(stop, len(words))
    if not prefix or prefix[-1] == chr(sys.maxunicode):
        # No successor: the letters are tested one word at a time.
        return start + sum(1 for _ in takewhile(lambda w: w.startswith(prefix), words[start:stop]))
    return bisect_left(words, prefix[:-1] + chr(ord(prefix[-1]) + 1), start, max(start, stop))
