"""SymSpell's closest look-up, with a long bucket's words sifted in one numpy step first.

A SymSpell look-up walks the dictionary words stored under each deletion of the word's first letters
(its buckets), one Python loop step per word. A word of a common beginning ("landsraadet": "lands",
"land", "lan", …) walks ~12,000 of them in the material's table to compare ~1,200: 4–8 ms, most of a
new question's SymSpell time. Nearly all are left at the loop's first tests, which only need a
word's length and last letter. Those two are kept for every long bucket, in one array, and a
bucket's words that cannot pass those tests are left out before the loop; the loop then runs as
symspellpy's does, every test made again, in the bucket's order. So the suggestions are
symspellpy's own, in its order (tests/language/test_spelling_lookup.py compares them word for
word); only the words no test could let through are not visited.

The loop in `closest` is adapted from symspellpy 6.10.1 (SymSpell.lookup; MIT licence, copyright
(c) 2025 mmb L, Python port, and (c) 2021 Wolf Garbe, original C#), and it reads the package's
internal tables: the version is pinned in requirements.txt.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from symspellpy import SymSpell
from symspellpy.suggest_item import SuggestItem

# Buckets at least this long are sifted; a shorter one is walked as it is (the numpy step costs
# about as much as walking ~30 words). 64: ~1,700 buckets, ~310,000 words of the 29,700 words'
# table at 10,000 passages (two bytes each).
BIG_BUCKET = 64
# A word's length and last letter share one 16-bit code: length << 8 | (last letter & 0xFF). The low
# byte of two equal letters is equal, so sifting by it keeps every word the full test would keep.
_LAST = 0xFF
_LONGEST = 0xFF


# Words coded at a time while the sieve is built: the lists and arrays on the way stay small (at
# 100,000 passages the material's long buckets hold millions of words, and memory taken once for
# the build stays with the process).
_BATCH = 65_536


def _codes(words: list[str]) -> np.ndarray:
    """Each word's length and last letter as one code (every word has a last letter)."""
    lengths = np.fromiter(map(len, words), dtype=np.uint16, count=len(words))
    lasts = np.frombuffer("".join([w[-1] for w in words]).encode("utf-32-le"), dtype=np.uint32)
    return lengths << 8 | (lasts & _LAST).astype(np.uint16)


class BucketSieve:
    """The long buckets of a SymSpell table, each word as its length and last letter."""

    def __init__(self, deletes: Mapping[str, Sequence[str]], min_size: int = BIG_BUCKET):
        spans: dict[str, tuple[int, int]] = {}
        parts: list[np.ndarray] = []
        batch: list[str] = []
        size = 0
        for key, bucket in deletes.items():
            # A bucket with a word too long for the code is walked whole (it does not occur).
            if len(bucket) >= min_size and max(map(len, bucket)) <= _LONGEST:
                spans[key] = (size, size + len(bucket))
                size += len(bucket)
                batch += bucket
                if len(batch) >= _BATCH:
                    parts.append(_codes(batch))
                    batch = []
        parts.append(_codes(batch))
        self._spans = spans
        self._codes = np.concatenate(parts)

    def __len__(self) -> int:
        return len(self._spans)

    def sifted(self, key: str, bucket: Sequence[str], phrase: str, most: int,
               least: int, last_letter_fixed: bool) -> Sequence[str]:
        """The bucket's words, in order, less those symspellpy's loop would pass over at once:
        lengths more than `most` from the phrase's or below `least` (the bucket's deletion), and,
        where `last_letter_fixed` (the loop's test of a shared ending), a word both it and the
        phrase are over two letters longer than the prefix with another last letter."""
        span = self._spans.get(key)
        phrase_len = len(phrase)
        if span is None or phrase_len > _LONGEST:
            return bucket
        codes = self._codes[span[0]:span[1]]
        lengths = codes >> 8
        keep = (lengths >= max(least, phrase_len - most)) & (lengths <= phrase_len + most)
        if last_letter_fixed:
            # min(phrase, word) - prefix > 1 with another last letter: the ending test skips it.
            other_end = (codes & _LAST) != (ord(phrase[-1]) & _LAST)
            keep &= ~(other_end & (np.minimum(lengths, phrase_len) > last_letter_fixed))
        return [bucket[i] for i in np.flatnonzero(keep).tolist()]


def closest(symspell: SymSpell, sieve: BucketSieve, phrase: str, max_edit_distance: int) -> list[SuggestItem]:
    """`symspell.lookup(phrase, Verbosity.CLOSEST, max_edit_distance)` (no unknown word, casing or
    ignored token), its long buckets sifted first (see the module's text). The loop below is
    symspellpy 6.10's, the branches for the other verbosities left out."""
    if max_edit_distance > symspell._max_dictionary_edit_distance:
        raise ValueError("distance too large")
    suggestions: list[SuggestItem] = []
    phrase_len = len(phrase)
    if phrase_len - max_edit_distance > symspell._max_length:
        return suggestions
    words = symspell._words
    if phrase in words:
        return [SuggestItem(phrase, 0, words[phrase])]
    if max_edit_distance == 0:
        return suggestions
    prefix_length = symspell._prefix_length
    deletes = symspell._deletes
    compare = symspell.distance_comparer.compare
    considered_deletes: set[str] = set()
    considered_suggestions: set[str] = {phrase}
    max_edit_distance_2 = max_edit_distance
    candidate_pointer = 0
    candidates: list[str] = []
    phrase_prefix_len = phrase_len
    if phrase_prefix_len > prefix_length:
        phrase_prefix_len = prefix_length
        candidates.append(phrase[:phrase_prefix_len])
    else:
        candidates.append(phrase)
    while candidate_pointer < len(candidates):
        candidate = candidates[candidate_pointer]
        candidate_pointer += 1
        candidate_len = len(candidate)
        len_diff = phrase_prefix_len - candidate_len
        if len_diff > max_edit_distance_2:
            break
        if candidate in deletes:
            # The ending test below applies to every word of the bucket when the deletion is the
            # prefix less max_edit_distance letters: over `prefix_length + 1` letters, the last must agree.
            fixed = prefix_length + 1 if candidate_len and prefix_length - max_edit_distance == candidate_len else 0
            dict_suggestions = sieve.sifted(candidate, deletes[candidate], phrase, max_edit_distance_2,
                                            candidate_len, fixed)
            for suggestion in dict_suggestions:
                if suggestion == phrase:
                    continue
                suggestion_len = len(suggestion)
                if (abs(suggestion_len - phrase_len) > max_edit_distance_2
                        or suggestion_len < candidate_len
                        or (suggestion_len == candidate_len and suggestion != candidate)):
                    continue
                suggestion_prefix_len = min(suggestion_len, prefix_length)
                if (suggestion_prefix_len > phrase_prefix_len
                        and suggestion_prefix_len - candidate_len > max_edit_distance_2):
                    continue
                distance = 0
                min_distance = 0
                if candidate_len == 0:
                    distance = max(phrase_len, suggestion_len)
                    if distance > max_edit_distance_2 or suggestion in considered_suggestions:
                        continue
                elif suggestion_len == 1:
                    distance = phrase_len if phrase.index(suggestion[0]) < 0 else phrase_len - 1
                    if distance > max_edit_distance_2 or suggestion in considered_suggestions:
                        continue
                else:
                    if prefix_length - max_edit_distance == candidate_len:
                        min_distance = min(phrase_len, suggestion_len) - prefix_length
                    else:
                        min_distance = 0
                    if (prefix_length - max_edit_distance == candidate_len
                            and (min_distance > 1
                                 and phrase[phrase_len + 1 - min_distance:]
                                 != suggestion[suggestion_len + 1 - min_distance:])
                            or (min_distance > 0
                                and phrase[phrase_len - min_distance] != suggestion[suggestion_len - min_distance]
                                and (phrase[phrase_len - min_distance - 1]
                                     != suggestion[suggestion_len - min_distance]
                                     or phrase[phrase_len - min_distance]
                                     != suggestion[suggestion_len - min_distance - 1]))):
                        continue
                    if suggestion in considered_suggestions:
                        continue
                    considered_suggestions.add(suggestion)
                    distance = compare(phrase, suggestion, max_edit_distance_2)
                    if distance < 0:
                        continue
                if distance <= max_edit_distance_2:
                    item = SuggestItem(suggestion, distance, words[suggestion])
                    if suggestions and distance < max_edit_distance_2:
                        suggestions = []
                    max_edit_distance_2 = distance
                    suggestions.append(item)
        if len_diff < max_edit_distance and candidate_len <= prefix_length:
            if len_diff >= max_edit_distance_2:
                continue
            for i in range(candidate_len):
                delete = candidate[:i] + candidate[i + 1:]
                if delete not in considered_deletes:
                    considered_deletes.add(delete)
                    candidates.append(delete)
    if len(suggestions) > 1:
        suggestions.sort()
    return suggestions
