"""Term occurrences into postings: the build's word -> term id memos and one numpy sort at the end.

A build streams batches of chunks through `batch_ids_of` into one buffer of 4-byte term ids and
turns the buffer into postings with `postings`. A passage of plain ASCII words (most Danish text,
once æ, ø and å are folded) is looked up with the batch's other such passages in numpy
(word_table.py); any other text word by word, each word with one dictionary lookup.
"""
from __future__ import annotations

import struct
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from ..language.analysis import Analyzer
from ..language.word_runs import ASCII_NON_WORD_TO_SPACE
from .word_table import DROPPED, PACKED_BYTES, WordTable, packed_words, word_spans

# Distinct words a build remembers the term ids of before starting afresh.
WORD_MEMO_SIZE = 500_000
# Postings are compacted this many at a time, so the step needs no second full-size array.
COMPACT_BLOCK = 1 << 20
# How a term id is stored in the occurrence buffer.
_ID = struct.Struct("<i")
_ID_DTYPE = np.dtype("<i4")
ID_SIZE = _ID.size
# Labels (a document's title, a section's heading) a build remembers the ids of: its chunks share them.
LABEL_MEMO_SIZE = 256

BatchIds = Callable[[Sequence[Sequence[str]]], list[bytes]]


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


def batch_ids_of(analyzer: Analyzer, term_of: defaultdict[str, int]) -> BatchIds:
    """A batch of chunks' texts (each chunk's weighted labels, then its passage) -> each chunk's
    term ids, as `text_ids_of` gives them for its texts one after the other.

    A document's chunks share its title and a section's chunks their heading: each label is
    analysed once. The passages go through `passage_ids_of`.
    """
    text_ids = text_ids_of(analyzer, term_of)
    label_ids = lru_cache(maxsize=LABEL_MEMO_SIZE)(text_ids)
    passages = passage_ids_of(analyzer, term_of, text_ids) if isinstance(analyzer, Analyzer) \
        else lambda texts: list(map(text_ids, texts))

    def ids(batch: Sequence[Sequence[str]]) -> list[bytes]:
        bodies = passages([texts[-1] for texts in batch])
        return [b"".join(map(label_ids, texts[:-1])) + body for texts, body in zip(batch, bodies)]
    return ids


def passage_ids_of(analyzer: Analyzer, term_of: defaultdict[str, int],
                   text_ids: Callable[[str], bytes]) -> Callable[[list[str]], list[bytes]]:
    """Passages -> each one's term ids: those of plain ASCII words (`Analyzer.plain_words`) looked
    up together in a WordTable, the others by `text_ids`.

    A Python lookup per word (a string object, a hash, a join) was most of a build: the table takes
    all of a batch's words in a few numpy calls over its bytes, and only a word it has not seen
    goes through the analyser. Words longer than the table packs are looked up one by one.
    """
    def term_id(word: str) -> int:
        term = analyzer.document_term(word)
        return term_of[term] if term else DROPPED

    table = WordTable(term_id)
    long_words = _LongWords(term_id)

    def ids(texts: list[str]) -> list[bytes]:
        if len(table) > WORD_MEMO_SIZE:
            table.clear()
        if len(long_words) > WORD_MEMO_SIZE:
            long_words.clear()
        out: list[bytes] = [b""] * len(texts)
        plain_at, plain = [], []
        for i, (text, words) in enumerate(zip(texts, analyzer.plain_words(texts))):
            if words is None:
                out[i] = text_ids(text)
            else:
                plain_at.append(i)
                plain.append(words)
        if plain:
            for i, found in zip(plain_at, _plain_ids(plain, table, long_words)):
                out[i] = found
        return out
    return ids


class _LongWords(dict):
    """Word -> term id for words too long to pack, each analysed once."""

    __slots__ = ("_term_id",)

    def __init__(self, term_id: Callable[[str], int]):
        super().__init__()
        self._term_id = term_id

    def __missing__(self, word: str) -> int:
        value = self[word] = self._term_id(word)
        return value


def _plain_ids(texts: list[str], table: WordTable, long_words: _LongWords) -> list[bytes]:
    """The term ids of each text's words, the texts being plain ASCII (`Analyzer.plain_words`)."""
    # One space between texts keeps their words apart; letters and digits stay, the rest is space.
    data = " ".join(texts).encode("ascii").translate(ASCII_NON_WORD_TO_SPACE)
    starts, ends = word_spans(data)
    ids = np.empty(len(starts), dtype=np.int32)
    long = ends - starts > PACKED_BYTES
    short = ~long
    ids[short] = table.ids(packed_words(data, starts[short], ends[short]))
    for i in np.flatnonzero(long).tolist():
        ids[i] = long_words[data[starts[i]:ends[i]].decode("ascii")]
    # The text each word belongs to, from where each text starts in `data`.
    text_starts = np.cumsum([0] + [len(text) + 1 for text in texts[:-1]])
    owner = np.searchsorted(text_starts, starts, side="right") - 1
    kept = ids != DROPPED
    joined = ids[kept].astype(_ID_DTYPE).tobytes()
    bounds = (np.cumsum(np.bincount(owner[kept], minlength=len(texts))) * ID_SIZE).tolist()
    return [joined[start:end] for start, end in zip([0] + bounds, bounds)]


def _chunk_of_each(lengths: np.ndarray, total: int) -> np.ndarray:
    """The chunk of each of `total` occurrences, chunk by chunk: a 1 where a chunk's occurrences
    start, summed up (np.repeat of the chunk numbers copies value by value: 0.2-1.3 s at 100,000
    chunks against ~0.04 s)."""
    marks = np.zeros(total, dtype=np.int32)
    starts = np.cumsum(lengths[:-1], dtype=np.int64)
    np.add.at(marks, starts[starts < total], 1)  # a chunk without terms starts where the next does
    return np.cumsum(marks, out=marks)


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
    keys += _chunk_of_each(lengths, len(keys))
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
