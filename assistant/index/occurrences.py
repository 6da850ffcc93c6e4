"""Term occurrences into postings: the build's word -> term id memo and one numpy sort at the end.

A build streams passages through `text_ids_of` into one buffer of 4-byte term ids (Python touches
each word once, with one dictionary lookup) and turns the buffer into postings with `postings`.
"""
from __future__ import annotations

import struct
from collections import defaultdict
from collections.abc import Callable

import numpy as np

from ..language.analysis import Analyzer

# Distinct words a build remembers the term ids of before starting afresh.
WORD_MEMO_SIZE = 500_000
# Postings are compacted this many at a time, so the step needs no second full-size array.
COMPACT_BLOCK = 1 << 20
# How a term id is stored in the occurrence buffer.
_ID = struct.Struct("<i")
_ID_DTYPE = np.dtype("<i4")
ID_SIZE = _ID.size


class _WordIds(dict):
    """Word -> its term's id as 4 little-endian bytes (b"": the word is dropped), each distinct
    word analysed once.

    Bytes, so a text's ids are one C-level `b"".join` and a dropped word simply adds nothing.
    """

    __slots__ = ("_term", "_term_of")

    def __init__(self, term: Callable[[str], str | None], term_of: defaultdict[str, int]):
        super().__init__()
        self._term, self._term_of = term, term_of

    def __missing__(self, word: str) -> bytes:
        term = self._term(word)
        value = self[word] = b"" if term is None else _ID.pack(self._term_of[term])
        return value


def text_ids_of(analyzer: Analyzer, term_of: defaultdict[str, int]) -> Callable[[str], bytes]:
    """A text -> the term id of each of its terms, in order, as 4-byte little-endian integers.

    The Danish analyser hands over its words, and each distinct word's term id is remembered: one
    dictionary lookup per word instead of a stopword test, a stem lookup and a term id lookup.
    Another analyser's terms are taken as its words.
    """
    if isinstance(analyzer, Analyzer):
        words = analyzer.words
        memo = _WordIds(lambda word: analyzer.document_term(word) or None, term_of)
    else:
        words = analyzer.document_terms
        memo = _WordIds(lambda term: term, term_of)

    def ids(text: str) -> bytes:
        if len(memo) > WORD_MEMO_SIZE:
            memo.clear()
        return b"".join(map(memo.__getitem__, words(text)))
    return ids


def postings(rank: np.ndarray, occurrences: bytearray, lengths: np.ndarray,
             n_terms: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Offsets per term, chunk ids and counts from every occurrence's term id, in chunk order.

    Each occurrence becomes one int64 key, term rank * chunks + chunk: sorted, equal keys are one
    posting and their run length its count, and postings come out grouped by term with chunk ids
    ascending. The key array is compacted and decoded in place to keep the peak memory low.
    """
    n_docs = len(lengths)
    keys = rank[np.frombuffer(occurrences, dtype=_ID_DTYPE)] if occurrences else np.zeros(0, np.int64)
    occurrences.clear()  # the ids are in `keys` now; give their buffer back
    keys *= n_docs
    keys += np.repeat(np.arange(n_docs, dtype=np.int32), lengths)
    keys.sort()
    # A posting ends where the next key differs (or the keys end).
    last = np.ones(len(keys), dtype=bool)
    np.not_equal(keys[1:], keys[:-1], out=last[:-1])
    ends = np.flatnonzero(last)
    del last
    counts = np.empty(len(ends), dtype=np.int32)
    if len(ends):
        counts[0] = ends[0] + 1
        np.subtract(ends[1:], ends[:-1], out=counts[1:], casting="unsafe")
    top = int(counts.max()) if len(counts) else 0
    tf = counts.astype(np.uint8 if top <= 0xFF else np.uint16 if top <= 0xFFFF else np.int32)
    del counts
    # keys[i] = keys[ends[i]] block by block: ends[i] >= i, so no key is overwritten before it is read.
    for start in range(0, len(ends), COMPACT_BLOCK):
        block = ends[start:start + COMPACT_BLOCK]
        keys[start:start + len(block)] = keys[block]
    unique = keys[:len(ends)]
    del ends
    # Term t's postings are the keys in [t * n_docs, (t + 1) * n_docs).
    offsets = np.searchsorted(unique, np.arange(n_terms + 1, dtype=np.int64) * n_docs).astype(np.int64)
    post_docs = np.remainder(unique, n_docs, out=unique).astype(np.int32) if n_docs else \
        np.zeros(0, np.int32)
    return offsets, post_docs, tf
