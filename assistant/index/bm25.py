"""The BM25 index in memory: build from chunks, score queries from postings (rank_bm25's formula).

Scores equal rank_bm25's `BM25Okapi.get_scores` (same k1, b, epsilon and idf rule), but a query only
touches the postings of its own terms instead of looping over every chunk in Python.
"""
from __future__ import annotations

import itertools
import json
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from json.encoder import encode_basestring as quote
from pathlib import Path

import numpy as np

from ..documents import Chunk, StatuteRecord, now_iso
from ..language.analysis import Analyzer
from . import topk
from .bm25_formula import EPSILON, K1, B, bm25_idf, length_norm
from .occurrences import ID_SIZE, postings
from .parallel_analysis import analysed
from .postings_cache import Postings, PostingsCache

# 2: term frequencies as small integers instead of float64 weights (1 still loads).
# 3: postings and passages in compressed blocks read on first use, each term's largest count stored.
# 4: a frequent term's chunk ids as a bit per chunk (no running sum to decode) and its counts plain.
# 5: text in 16 KiB blocks deflated with a preset dictionary of its own common words.
# 6: counts in runs of ones a compiled loop unpacks (block_codecs.py), chunk lengths in two bytes.
INDEX_FORMAT_VERSION = 6
READABLE_FORMAT_VERSIONS = (1, 2, 3, 4, 5, 6)
INDEX_MAGIC = "balance-assistenten-bm25"
# Title and heading words count in matching: they are added to every chunk's terms this often. A
# heading names its section's subject in words the text leaves out ("Økonomi og opfølgning"): twice;
# a § title once, as retrieve.boost_statute_titles weighs it too (docs/benchmarks.md, runde nitten).
TITLE_WEIGHT = 2
HEADING_WEIGHTS = (2, 1)   # (a section's or page's heading, a statute chunk's § title)

_CHUNK_KEYS = ("heading", "anchor", "text", "paragraph", "stk", "page")
# A statute chunk's StatuteRecord is stored under this key, after the others.
_STATUTE_KEY = "extra"
# Decoded passages a loaded index keeps (an answer reads each of its 8 candidates ~12 times).
CHUNK_CACHE_SIZE = 4096


def chunk_terms(chunk: Chunk, analyzer: Analyzer) -> list[str]:
    """The terms a chunk is indexed under: its text plus weighted title and heading words."""
    terms = [t for label in weighted_labels(chunk) for t in analyzer.document_terms(label)]
    return terms + analyzer.document_terms(chunk.text)


def weighted_labels(chunk: Chunk) -> list[str]:
    """The chunk's title and heading, each repeated as often as its words count."""
    heading = [chunk.heading] if chunk.heading and chunk.heading != chunk.title else []
    return [chunk.title] * TITLE_WEIGHT + heading * HEADING_WEIGHTS[bool(chunk.paragraph)]


@dataclass
class Index:
    """An in-memory BM25 index; `chunk(i)` decodes passage metadata only when asked."""

    vocabulary: tuple[str, ...]
    offsets: np.ndarray          # int64, len(vocabulary) + 1: postings of term t are [offsets[t], offsets[t+1])
    post_docs: np.ndarray        # int32 chunk ids, ascending within a term
    post_tfs: np.ndarray         # uint8 (uint16 if any count is larger): the term's count in the chunk
    idf: np.ndarray              # float64 per term
    doc_len: np.ndarray          # int32 terms per chunk
    chunk_blob: np.ndarray       # uint8: UTF-8 JSON of every chunk, concatenated
    chunk_offsets: np.ndarray    # int64, n_chunks + 1
    documents: list[dict]        # url, title, published, content_type per source document
    meta: dict
    analyzer: Analyzer
    path: Path | None = None
    term_ids: dict[str, int] = field(default_factory=dict, repr=False)
    # Derived data later stages keep per loaded index (e.g. analysed sentences); never saved.
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    # Per chunk k1*(1 - b + b*dl/avgdl): BM25's length norm, derived from doc_len, never saved.
    norm: np.ndarray = field(init=False, repr=False, compare=False)
    postings_cache: PostingsCache = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.term_ids:
            self.term_ids = dict(zip(self.vocabulary, range(len(self.vocabulary))))
        self.norm = length_norm(self.doc_len)
        self.postings_cache = PostingsCache()

    def postings(self, t: int) -> Postings:
        """Term t's chunk ids, counts and idf; after the first time one dict lookup (postings_cache.py)."""
        found = self.postings_cache.get(t)
        if found is None:
            start, end = self.offsets.item(t), self.offsets.item(t + 1)
            found = self.postings_cache.put(t, Postings(
                self.post_docs[start:end], self.post_tfs[start:end], self.idf.item(t)))
        return found

    def idf_of(self, t: int) -> float:
        """Term t's idf, without reading its postings."""
        found = self.postings_cache.get(t)
        # item: a loaded table's value without the slice machinery (blocks.py), a plain one's alike.
        return self.idf.item(t) if found is None else found.idf

    def term_weights(self, t: int) -> np.ndarray:
        """tf*(k1+1) / (tf + norm) of term t's postings, in rank_bm25's operation order.

        Computed per query from the small stored counts: storing these float64 weights made the
        file and every worker's copy 2.3x larger, for a gain of a few microseconds per term.
        """
        docs, tfs, _ = self.postings(t)
        tf = tfs.astype(np.float64)
        return tf * (K1 + 1) / (tf + self.norm[docs])

    @property
    def n_chunks(self) -> int:
        return int(len(self.doc_len))

    def chunk(self, i: int) -> Chunk:
        """Passage i with its document's url and title (the most recently used ones kept decoded)."""
        decoded = self.memo.get("chunks")
        if decoded is None:
            # lru_cache is bounded and thread-safe; Chunk is frozen, so sharing one is safe.
            decoded = self.memo.setdefault("chunks", lru_cache(CHUNK_CACHE_SIZE)(self._decode_chunk))
        return decoded(int(i))

    def _decode_chunk(self, i: int) -> Chunk:
        start, stop = int(self.chunk_offsets[i]), int(self.chunk_offsets[i + 1])
        # A loaded index's text gives blocks back (bounded_blocks.py): copy under its lock.
        read = getattr(self.chunk_blob, "read_bytes", None)
        raw = json.loads(read(start, stop) if read else self.chunk_blob[start:stop].tobytes())
        doc = self.documents[raw["d"]]
        values = {"heading": "", "anchor": "", "text": ""}
        values.update((key, raw[key]) for key in _CHUNK_KEYS if key in raw)
        if _STATUTE_KEY in raw:
            values["statute"] = StatuteRecord.from_record(raw[_STATUTE_KEY])
        anchor = values["anchor"]
        url = doc["url"] + ("#" + anchor if anchor else "")
        return Chunk(doc_url=doc["url"], title=doc["title"], url=url,
                     published=doc.get("published"), **values)

    def scores(self, terms: Iterable[str],
               weights: Sequence[float] | None = None) -> np.ndarray:
        """BM25Okapi scores of every chunk for these query terms (duplicates count, as in rank_bm25).

        `weights` (one per term) scale each term's share; a conversation's earlier topic counts
        less than the new question's own words. Without weights the scores are rank_bm25's.
        """
        scores = np.zeros(self.n_chunks, dtype=np.float64)
        for i, term in enumerate(terms):
            t = self.term_ids.get(term)
            if t is None:
                continue
            posting = self.postings(t)
            share = posting.idf * self.term_weights(t)
            scores[posting.docs] += share if weights is None else weights[i] * share
        return scores

    def top(self, terms: Sequence[str], k: int,
            weights: Sequence[float] | None = None) -> list[tuple[int, float]]:
        """The k best chunks that contain a query term, best first; ties keep chunk order."""
        positions = [(i, t) for i, t in enumerate(map(self.term_ids.get, terms)) if t is not None]
        if k <= 0 or not positions:
            return []
        # Pruning needs every share positive (then a partial sum bounds the final score) and pays
        # off only on larger indexes.
        if self.n_chunks >= topk.PRUNE_FROM_CHUNKS:
            idfs = [self.idf_of(t) for _, t in positions]
            if all(idf > 0 for idf in idfs) and (weights is None or all(weights[i] > 0 for i, _ in positions)):
                return topk.top_k(self, positions, idfs, k, weights, *self._score_bounds(), K1)
        scores = self.scores(terms, weights)
        # A total of exactly zero means the passage holds none of the terms (or no evidence).
        candidates = np.flatnonzero(scores)
        if len(candidates) > k:
            values = scores[candidates]
            kth = np.partition(values, len(values) - k)[len(values) - k]
            candidates = candidates[values >= kth]
        order = np.lexsort((candidates, -scores[candidates]))[:k]
        return [(int(candidates[i]), float(scores[candidates[i]])) for i in order]

    def _score_bounds(self) -> tuple[np.ndarray, float]:
        """Each term's largest count and the smallest length norm, computed on first use, not at load."""
        bounds = self.memo.get("score_bounds")
        if bounds is None:
            min_norm = float(self.norm.min()) if len(self.norm) else 1.0
            bounds = self.memo.setdefault("score_bounds",
                                          (topk.term_max_tf(self.offsets, self.post_tfs), min_norm))
        return bounds

    def doc_freq(self, term: str) -> int:
        t = self.term_ids.get(term)
        return 0 if t is None else int(self.offsets[t + 1] - self.offsets[t])


def build_index(chunks: Iterable[Chunk], analyzer: Analyzer,
                progress: Callable[[int], None] | None = None) -> Index:
    """Analyse and index chunks; `progress(n)` is called with the number of chunks done so far.

    One streaming pass keeps only compact buffers: every term occurrence as a 4-byte id, each
    passage's JSON appended to one byte buffer. Counting and sorting happen once, in numpy, at the end.
    """
    # Term ids in order of first appearance; a defaultdict keeps the lookup loop in C.
    term_of: defaultdict[str, int] = defaultdict(itertools.count().__next__)
    occurrences = bytearray()
    doc_len = array("i")
    documents: list[dict] = []
    doc_index: dict[str, int] = {}
    blob = bytearray()
    record_ends = array("q")
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for n, (chunk, ids) in enumerate(analysed(chunks, analyzer, term_of, weighted_labels)):
        occurrences += ids
        doc_len.append(len(ids) // ID_SIZE)
        d = doc_index.get(chunk.doc_url)
        if d is None:
            d = doc_index[chunk.doc_url] = len(documents)
            documents.append({"url": chunk.doc_url, "title": chunk.title, "published": chunk.published})
        blob += _record_json(d, chunk, encode).encode("utf-8")
        record_ends.append(len(blob))
        if progress and (n + 1) % 500 == 0:
            progress(n + 1)
    if progress:
        progress(len(doc_len))
    return _assemble(term_of, occurrences, doc_len, documents, blob, record_ends, analyzer)


def _record_json(d: int, chunk: Chunk, encode: Callable[[dict], str]) -> str:
    """A passage's record as compact JSON: its document's number, then its non-empty fields. Strings
    (quoted as the encoder quotes them) and integers are written here: the encoder's text in a third
    of the time (~5 us a record through it); anything else goes through the encoder."""
    values = [(key, value) for key in _CHUNK_KEYS if (value := getattr(chunk, key))]
    if chunk.statute or any(type(value) not in (str, int) for _, value in values):
        record = {"d": d, **dict(values)}
        if chunk.statute and (statute := chunk.statute.to_record()):
            record[_STATUTE_KEY] = statute
        return encode(record)
    fields = "".join(f',"{key}":{quote(value) if type(value) is str else value}' for key, value in values)
    return f'{{"d":{d}{fields}}}'


def _assemble(term_of: dict[str, int], occurrences: bytearray, doc_len: array, documents: list[dict],
              blob: bytearray, record_ends: array, analyzer: Analyzer) -> Index:
    """Turn every chunk's term occurrences into sorted-vocabulary postings (chunk ids, counts)."""
    vocabulary = sorted(term_of)
    # term_of lists ids 0, 1, 2… in insertion order, so this maps an old id to its sorted position.
    position = {t: i for i, t in enumerate(vocabulary)}
    rank = np.fromiter((position[t] for t in term_of), np.int64, len(term_of))
    del position
    lengths = np.frombuffer(doc_len, dtype=np.int32) if len(doc_len) else np.zeros(0, np.int32)
    n_docs = len(lengths)
    offsets, post_docs, tf = postings(rank, occurrences, lengths, len(vocabulary))
    chunk_offsets = np.zeros(n_docs + 1, dtype=np.int64)
    if n_docs:
        chunk_offsets[1:] = np.frombuffer(record_ends, dtype=np.int64)
    avgdl = float(lengths.sum(dtype=np.int64)) / n_docs if n_docs else 0.0
    meta = {
        "analyzer": analyzer.signature(),
        "k1": K1, "b": B, "epsilon": EPSILON,
        "title_weight": TITLE_WEIGHT, "heading_weight": HEADING_WEIGHTS,
        "built_at": now_iso(),
        "chunks": n_docs,
        "documents": len(documents),
        "vocabulary": len(vocabulary),
        "avgdl": avgdl,
    }
    return Index(vocabulary=tuple(vocabulary), offsets=offsets, post_docs=post_docs,
                 post_tfs=tf, idf=bm25_idf(np.diff(offsets), n_docs), doc_len=lengths.copy(),
                 chunk_blob=_read_only(np.frombuffer(blob, dtype=np.uint8)), chunk_offsets=chunk_offsets,
                 documents=documents, meta=meta, analyzer=analyzer)


def _read_only(arr: np.ndarray) -> np.ndarray:
    # A view of the build's buffer: nobody may change a passage in place (as with a loaded file).
    arr.flags.writeable = False
    return arr
