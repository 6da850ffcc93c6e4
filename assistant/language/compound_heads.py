"""Danish compounds by their head: a question's "projekter" finds the material's "udviklingsprojekter".

A Danish compound is a kind of its last part ("udviklingsprojekt" is a "projekt", "medlemskontingent"
a "kontingent"), so a question word the material lacks on its own may still stand in the material
as the head of its compounds. The analyser already splits the question's compounds and extends a
word into compounds it starts; this is the other direction, found with the index vocabulary read
backwards (one sorted list per index, built once), so a lookup is a binary search.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from .prefix_runs import prefix_end

# The head must be a real word, not an ending: at least this many letters, and so must be what
# stands before it ("i" + "gang" is no compound).
MIN_HEAD = 5
# A head the material also has on its own is a word for sure, so it may be shorter: "park" in
# "lommeparker" (answer/head_compounds.py).
MIN_KNOWN_HEAD = 4
MIN_MODIFIER = 4
# A common head ("plan") heads many compounds; the most telling few are enough.
MAX_HEADS = 6
MAX_SCAN = 400


def reversed_vocabulary(vocabulary: Sequence[str]) -> list[str]:
    """The vocabulary's terms spelt backwards, sorted: compounds sharing a head sit together."""
    return sorted(term[::-1] for term in vocabulary)


def backwards_vocabulary(index) -> list[str]:
    """An index's vocabulary read backwards, built once and kept in the index's memo."""
    found = index.memo.get("backwards_vocabulary")
    if found is None:
        found = index.memo["backwards_vocabulary"] = reversed_vocabulary(index.vocabulary)
    return found


def compounds_with_head(term: str, backwards: Sequence[str], min_head: int = MIN_HEAD) -> list[str]:
    """Index terms that end with the term after a modifier of MIN_MODIFIER+ letters, shortest first."""
    if len(term) < min_head or not term.isalpha():
        return []
    key = term[::-1]
    start = bisect.bisect_left(backwards, key)
    if start == len(backwards) or not backwards[start].startswith(key):
        return []  # most words end no index term: no copy of the next MAX_SCAN terms
    # The terms beginning with the key: a second search, not one startswith per term (up to MAX_SCAN, ~0.3 ms).
    stop = prefix_end(backwards, key, start, start + MAX_SCAN)
    run, shortest = backwards[start:stop], len(key) + MIN_MODIFIER
    lengths = sorted(n for n in map(len, run) if n >= shortest)
    if not lengths:
        return []
    # Only terms as short as the MAX_HEADS-th shortest can be kept: the others are not turned round.
    longest = lengths[min(MAX_HEADS, len(lengths)) - 1]
    return sorted((c[::-1] for c in run if shortest <= len(c) <= longest), key=lambda t: (len(t), t))[:MAX_HEADS]
