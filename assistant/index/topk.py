"""Exact top-k by MaxScore pruning: frequent terms are only looked up for chunks that can still win.

The rare query terms (the largest score bounds) are scored in full; once the k-th best partial score
exceeds what all remaining terms together could add, no chunk outside those postings can enter the
top k, and the remaining terms are looked up only for the surviving candidates (binary search in
their sorted postings). Final scores are summed term by term in query order, as `Index.scores`
does, so they are bit-for-bit the same and ties fall the same way.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .bm25 import Index

# Below this many postings a sort of the concatenated postings beats a dense array over every chunk.
SPARSE_FRACTION = 8
# Float rounding in the bounds and partial sums must never prune a chunk that can still tie.
BOUND_SLACK = 1e-9


def term_max_tf(offsets: np.ndarray, post_tfs: np.ndarray) -> np.ndarray:
    """The largest count of each term in any chunk (0 for a term without postings)."""
    n_terms = len(offsets) - 1
    out = np.zeros(n_terms, dtype=np.float64)
    nonempty = np.flatnonzero(offsets[1:] > offsets[:-1])
    if len(nonempty):
        out[nonempty] = np.maximum.reduceat(post_tfs, offsets[nonempty])
    return out


def top_k(index: Index, positions: list[tuple[int, int]], k: int,
          weights: Sequence[float] | None, max_tf: np.ndarray,
          min_norm: float) -> list[tuple[int, float]]:
    """The k best chunks for the query positions [(position in query, term id)], best first.

    Every term's contribution must be positive (the caller checks), so a partial sum is a lower
    bound of the final score and bound * max weight an upper bound of a term's share.
    """
    from .bm25 import K1
    scale = np.array([index.idf[t] * (1.0 if weights is None else weights[i]) for i, t in positions])
    tf_bound = max_tf[[t for _, t in positions]]
    bounds = scale * (tf_bound * (K1 + 1) / (tf_bound + min_norm)) * (1 + BOUND_SLACK)
    by_bound = np.argsort(-bounds, kind="stable")
    n_chunks = index.n_chunks
    candidates = np.zeros(0, dtype=np.int32)
    for n_essential in range(1, len(positions) + 1):
        essential = [positions[j] for j in by_bound[:n_essential]]
        candidates, partial = _partial_scores(index, essential, weights, n_chunks)
        rest = float(bounds[by_bound[n_essential:]].sum())
        if len(candidates) < k:
            continue
        kth = np.partition(partial, len(partial) - k)[len(partial) - k]
        threshold = kth - BOUND_SLACK * max(1.0, abs(kth))
        if rest < threshold:
            candidates = candidates[partial + rest >= threshold]
            break
    scores = _exact_scores(index, positions, weights, candidates)
    if len(candidates) > k:
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        keep = scores >= kth
        candidates, scores = candidates[keep], scores[keep]
    order = np.lexsort((candidates, -scores))[:k]
    return [(int(candidates[i]), float(scores[i])) for i in order]


def _share(index: Index, t: int, i: int, weights: Sequence[float] | None,
           at: slice | np.ndarray) -> np.ndarray:
    """Term t's score share for the postings `at` (positions in the postings arrays).

    The same operations as `Index.term_weights` and `Index.scores`, element by element.
    """
    from .bm25 import K1
    tf = index.post_tfs[at].astype(np.float64)
    share = index.idf[t] * (tf * (K1 + 1) / (tf + index.norm[index.post_docs[at]]))
    return share if weights is None else weights[i] * share


def _partial_scores(index: Index, essential: list[tuple[int, int]],
                    weights: Sequence[float] | None, n_chunks: int) -> tuple[np.ndarray, np.ndarray]:
    """(chunk ids ascending, summed shares) over the chunks holding any of these terms."""
    spans = [slice(int(index.offsets[t]), int(index.offsets[t + 1])) for _, t in essential]
    shares = [_share(index, t, i, weights, span) for (i, t), span in zip(essential, spans)]
    docs = [index.post_docs[span] for span in spans]
    if len(docs) == 1:
        return docs[0], shares[0]
    total = sum(len(d) for d in docs)
    if total * SPARSE_FRACTION < n_chunks:
        chunk_ids, inverse = np.unique(np.concatenate(docs), return_inverse=True)
        return chunk_ids.astype(np.int32), np.bincount(inverse, weights=np.concatenate(shares))
    dense = np.zeros(n_chunks, dtype=np.float64)
    for d, s in zip(docs, shares):
        dense[d] += s
    chunk_ids = np.flatnonzero(dense)
    return chunk_ids.astype(np.int32), dense[chunk_ids]


def _exact_scores(index: Index, positions: list[tuple[int, int]],
                  weights: Sequence[float] | None, candidates: np.ndarray) -> np.ndarray:
    """The candidates' scores, summed term by term in query order exactly as `Index.scores` does."""
    scores = np.zeros(len(candidates), dtype=np.float64)
    for i, t in positions:
        start, end = int(index.offsets[t]), int(index.offsets[t + 1])
        at = np.searchsorted(index.post_docs[start:end], candidates)
        found = at < end - start
        found[found] = index.post_docs[start + at[found]] == candidates[found]
        scores[found] += _share(index, t, i, weights, start + at[found])
    return scores
