"""The passages of one document: they stand together in the index, in the document's order."""
from __future__ import annotations

from ..index.bm25 import Index


def document_span(index: Index, chunk_id: int, reach: int | None = None) -> range:
    """The chunk ids of the passage's document around it, at most `reach` passages each way (all
    of them without a reach)."""
    url = index.chunk(chunk_id).doc_url
    low = 0 if reach is None else max(0, chunk_id - reach)
    high = index.n_chunks - 1 if reach is None else min(index.n_chunks - 1, chunk_id + reach)
    first, last = chunk_id, chunk_id
    while first > low and index.chunk(first - 1).doc_url == url:
        first -= 1
    while last < high and index.chunk(last + 1).doc_url == url:
        last += 1
    return range(first, last + 1)
