"""Index terms related to a query term the index lacks: compound parts, compound extensions, near spellings.

Each takes the index's sorted vocabulary (or its set of known terms) and returns terms of it, so a
question word finds the material's own words: "udligning" finds "udligningsordning".
"""
from __future__ import annotations

import bisect

# Compound splitting: parts must be at least this long to be words rather than suffixes or noise.
MIN_COMPOUND_PART = 4
MAX_COMPOUND_EXTENSIONS = 3
# Vocabulary entries looked at per prefix, so a short term with thousands of continuations stays fast.
MAX_COMPOUND_SCAN = 200
_LINKING = ("s", "e")
# Near spellings: a term of 6+ letters absent from the index may match one that differs in at most
# its last 3 letters (and in length by at most 3); a few neighbours either side in sorted order.
MIN_NEAR_SPELLING = 6
NEAR_SPELLING_SLACK = 3
NEAR_SPELLING_WINDOW = 3
MAX_NEAR_SPELLINGS = 2


# Danish inflectional endings the stemmer leaves on some words ("betalt", "vedtaget" stay whole
# while "betaler" becomes "betal"): the participles -t/-et/-te/-ede, the present -er, the infinitive
# -e and the verbal nouns -ing/-else. Each has a test in tests/language/test_language_inflections.py.
INFLECTIONS = ("e", "er", "t", "et", "te", "ede", "ing", "else")


def inflected_forms(term: str, known) -> list[str]:
    """Index terms that are the term with a Danish inflectional ending the stemmer kept."""
    if len(term) < MIN_COMPOUND_PART or not term.isalpha():
        return []
    return [term + ending for ending in INFLECTIONS if term + ending in known]


def base_forms(term: str, known) -> list[str]:
    """Index terms that are the term without a Danish inflectional ending the stemmer kept.

    The reverse of inflected_forms: "varmt" (the stemmer keeps an adjective's -t) finds "varm",
    "godt" finds "god".
    """
    if not term.isalpha():
        return []
    return [term[:-len(ending)] for ending in INFLECTIONS
            if term.endswith(ending) and len(term) - len(ending) >= MIN_COMPOUND_PART - 1
            and term[:-len(ending)] in known]


def compound_parts(term: str, known, min_part: int = MIN_COMPOUND_PART) -> list[str]:
    """Known parts of a compound: both sides of a split the index knows, else its longest known side.

    A linking -s- or -e- between the parts is allowed ("udlignings|ordning"); every side is at least
    `min_part` letters, so endings and single syllables are never taken for words.
    """
    best = ""
    for i in range(len(term) - min_part, min_part - 1, -1):
        left, head = term[:i], term[i:]
        if left not in known and left[-1] in _LINKING and len(left) > min_part:
            left = left[:-1]
        if left in known and head in known:
            return [left, head]
        for side in (left, head):
            if side in known and len(side) > len(best):
                best = side
    return [best] if best else []


def compound_extensions(term: str, vocabulary, known, min_part: int = MIN_COMPOUND_PART,
                        limit: int = MAX_COMPOUND_EXTENSIONS) -> list[str]:
    """Index terms that start with the term and go on (after a linking -s-/-e-) with 4+ more letters.

    Where some remainders are index terms, only those count: "regn" goes on to "regnvand" (rain +
    water), not to "regnskab", which only starts with the same letters. The remainder need not be
    one when none is, as in a small corpus "udligningsordning" may occur while "ordning" does not.
    """
    if len(term) < min_part:
        return []
    with_word: list[str] = []
    others: list[str] = []
    start = bisect.bisect_left(vocabulary, term)
    for candidate in vocabulary[start:start + MAX_COMPOUND_SCAN]:
        if not candidate.startswith(term):
            break
        rest = candidate[len(term):]
        if rest[:1] in _LINKING and len(rest) > min_part and rest not in known:
            rest = rest[1:]
        if len(rest) >= min_part:
            (with_word if rest in known else others).append(candidate)
    return (with_word or others)[:limit]


def near_spellings(term: str, vocabulary) -> list[str]:
    """Index terms that differ from the term only in its last few letters (typos, unusual endings)."""
    if len(term) < MIN_NEAR_SPELLING:
        return []
    start = bisect.bisect_left(vocabulary, term)
    best: list[str] = []
    best_shared = max(MIN_NEAR_SPELLING - 1, len(term) - NEAR_SPELLING_SLACK)  # the least accepted
    # In sorted order the terms sharing the longest prefix with `term` sit next to where it would go.
    for candidate in vocabulary[max(0, start - NEAR_SPELLING_WINDOW):start + NEAR_SPELLING_WINDOW]:
        if abs(len(candidate) - len(term)) > NEAR_SPELLING_SLACK:
            continue
        shared = _shared_prefix(term, candidate)
        if shared > best_shared or (shared == best_shared and not best):
            best, best_shared = [candidate], shared
        elif shared == best_shared:
            best.append(candidate)
    return best[:MAX_NEAR_SPELLINGS]


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n
