"""Each passage's document number, read once per index from the start of the passages' records.

A passage's record is stored as JSON that begins with its document's number (`{"d":12,…`, bm25.py's
`_record_json`), so the numbers are read from those few bytes without decoding a passage. Asking
whether a document holds a term then takes one numpy comparison over the term's postings, where
decoding each posting's passage until one of the document turned up read all of them for a term the
document lacks (document_self.used_in_document).
"""
from __future__ import annotations

import numpy as np

from .bm25 import Index

_PREFIX = b'{"d":'
_MEMO = "chunk_documents"
# Passages whose records are read together: a few MB of text at a time, within a loaded index's
# budget of unpacked text (bounded_blocks.py).
_BATCH = 2048


def document_numbers(index: Index) -> np.ndarray:
    """Every passage's document number (int32, one per passage), read on first use and kept."""
    found = index.memo.get(_MEMO)
    if found is None:
        found = index.memo.setdefault(_MEMO, _read(index))
    return found


def _read(index: Index) -> np.ndarray:
    n = index.n_chunks
    numbers = np.empty(n, dtype=np.int32)
    width = len(str(max(len(index.documents) - 1, 0)))
    offsets = np.asarray(index.chunk_offsets, dtype=np.int64)
    steps = np.arange(len(_PREFIX) + width + 1, dtype=np.int64)
    for first in range(0, n, _BATCH):
        last = min(first + _BATCH, n)
        base = int(offsets[first])
        text = np.asarray(index.chunk_blob[base:int(offsets[last])], dtype=np.uint8)
        starts = offsets[first:last] - base
        # The record's first bytes; a short record's reach past its end is cut to the batch.
        heads = text[np.minimum(starts[:, None] + steps, len(text) - 1)]
        if not (heads[:, :len(_PREFIX)] == np.frombuffer(_PREFIX, dtype=np.uint8)).all():
            return _decoded(index)
        numbers[first:last] = _digits(heads[:, len(_PREFIX):])
    return numbers


def _digits(heads: np.ndarray) -> np.ndarray:
    """The number each row begins with (its digits up to the first other byte)."""
    digits = heads.astype(np.int64) - ord("0")
    going = np.logical_and.accumulate((digits >= 0) & (digits <= 9), axis=1)
    value = np.zeros(len(heads), dtype=np.int64)
    for k in range(heads.shape[1]):
        value = np.where(going[:, k], value * 10 + digits[:, k], value)
    return value


def _decoded(index: Index) -> np.ndarray:
    """The numbers from decoded passages: a record written otherwise (never by this code's build)."""
    urls = {doc["url"]: d for d, doc in enumerate(index.documents)}
    return np.fromiter((urls[index.chunk(i).doc_url] for i in range(index.n_chunks)), dtype=np.int32,
                       count=index.n_chunks)
