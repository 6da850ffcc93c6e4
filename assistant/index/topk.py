"""Exact top-k by MaxScore pruning: frequent terms are only looked up for chunks that can still win.

The rare query terms (the largest score bounds) are scored in full; once the k-th best partial score
exceeds what all remaining terms together could add, no chunk outside those postings can enter the
top k, and the remaining terms are looked up only for the surviving candidates (binary search in
their sorted postings). Final scores are summed term by term in query order, as `Index.scores`
does, so they are bit-for-bit the same and ties fall the same way.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..errors import IndexFormatError
from .dense_blocks import find_sorted
from .first_use import gathered
from .kernel_loader import kernel

if TYPE_CHECKING:
    from .bm25 import Index

# Indexes of at least this many chunks are searched by top_k (when every share is positive). Once
# 20,000: scoring every chunk was as fast at 10,000. Since a question's few postings are summed by
# the compiled loop (_sum_all), top_k is ahead at every size measured, 9 to 10,000 chunks, on the
# realistic questions and index_bench's (docs/benchmarks.md, round twenty), with the same top k.
PRUNE_FROM_CHUNKS = 0
# Below this many postings a sort of the concatenated postings beats a dense array over every chunk.
SPARSE_FRACTION = 16
# Up to this many postings in all, a question's terms are scored at once without bounds.
FEW_POSTINGS = 4096
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


def top_k(index: Index, positions: list[tuple[int, int]], idfs: list[float], k: int,
          weights: Sequence[float] | None, max_tf: np.ndarray,
          min_norm: float, k1: float) -> list[tuple[int, float]]:
    """The k best chunks for the query positions [(position in query, term id)] (their terms'
    idfs alongside), best first.

    Every term's contribution must be positive (the caller checks), so a partial sum is a lower
    bound of the final score and bound * max weight an upper bound of a term's share.
    """
    spans = [_span(index.offsets, t) for _, t in positions]
    if sum(end - start for start, end in spans) <= FEW_POSTINGS:
        return _sum_all(index, positions, idfs, k, weights, k1, spans)
    candidates, scores = _max_score(index, positions, idfs, k, weights, max_tf, min_norm, k1)
    if len(candidates) > k:
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        keep = scores >= kth
        candidates, scores = candidates[keep], scores[keep]
    order = np.lexsort((candidates, -scores))[:k]
    return [(int(candidates[i]), float(scores[i])) for i in order]


def _max_score(index: Index, positions: list[tuple[int, int]], idfs: list[float], k: int,
               weights: Sequence[float] | None, max_tf: np.ndarray,
               min_norm: float, k1: float) -> tuple[np.ndarray, np.ndarray]:
    """(chunk ids, scores) of candidates that hold every chunk of the top k, by MaxScore."""
    # A query has a handful of terms: plain floats are faster here than numpy's per-call cost.
    # Only the terms scored in full read their postings; the others are looked up per candidate.
    bounds = [idfs[j] * (1.0 if weights is None else float(weights[i]))
              * _weight_bound(float(max_tf[t]), min_norm, k1) for j, (i, t) in enumerate(positions)]
    by_bound = sorted(range(len(positions)), key=lambda j: -bounds[j])
    rest_after = [sum(bounds[j] for j in by_bound[n + 1:]) for n in range(len(by_bound))]
    shares: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    # A lower bound of the k-th best final score: any k chunks' partial sums are below their totals.
    floor = 0.0
    unchecked: list[int] = []
    for j, rest in zip(by_bound, rest_after):
        i, t = positions[j]
        docs, tfs, idf = index.postings(t)
        shares[j] = (docs, _share(index.norm, docs, tfs, idf, None if weights is None else weights[i], k1))
        # A term whose own bound does not exceed the rest cannot lift the floor above it (yet).
        unchecked.append(j)
        ready = [u for u in unchecked if bounds[u] > rest]
        if ready:
            unchecked = [u for u in unchecked if bounds[u] <= rest]
            floor = max([floor] + [_kth_largest(shares[u][1], k) for u in ready])
            if rest < floor - BOUND_SLACK * floor:
                break
    # In query order, so the sums are added in the same order as `Index.scores` adds them.
    candidates, scores = _union_sums([shares[j] for j in sorted(shares)], index.n_chunks)
    if len(shares) < len(positions):
        floor = max(floor, _kth_largest(scores, k))
        keep = scores + rest >= floor - BOUND_SLACK * floor
        candidates = candidates[keep]
        scores = _exact_scores(index, positions, weights, idfs, shares, candidates, k1)
    return candidates, scores


def _span(offsets: np.ndarray, t: int) -> tuple[int, int]:
    """Where term t's postings start and end, without reading them (`item` of a loaded index's
    offsets is a third of the time of a slice, and the read after this one needs them again)."""
    return offsets.item(t), offsets.item(t + 1)


def _sum_all(index: Index, positions: list[tuple[int, int]], idfs: list[float], k: int,
             weights: Sequence[float] | None, k1: float, spans: list[tuple[int, int]]) -> list[tuple[int, float]]:
    """The k best chunks holding a term, every term scored in one compiled pass (kernel.py), the
    terms' postings read in one pass too on first use (first_use.py).

    For rare terms the bounds save nothing and their bookkeeping costs more than the scoring; the
    shares are computed and added in query order as `Index.scores` does: bit for bit the same sums.
    """
    docs, tfs, lengths = gathered(index, [t for _, t in positions], idfs, spans)
    # The loop is compiled for the two widths counts are stored in (uint16 where one exceeds 255);
    # compiled code trusts its arguments' types, so every array is made exactly what it expects.
    if tfs.dtype == np.uint8:
        sum_top_k = kernel().sum_top_k_u1
    else:
        sum_top_k, tfs = kernel().sum_top_k_u2, tfs.astype(np.uint16)
    ids, scores = sum_top_k(
        docs, tfs, np.array(lengths, dtype=np.int64), np.array(idfs, dtype=np.float64),
        np.zeros(len(positions)) if weights is None else np.array([weights[i] for i, _ in positions], dtype=np.float64),
        np.ascontiguousarray(index.norm, dtype=np.float64), float(k1), int(k))
    if len(ids) and ids[0] < 0:
        raise IndexFormatError(f"Indeksfilen {index.path} er beskadiget: et ord peger på et afsnit, "
                               "den ikke har.")
    return list(zip(ids.tolist(), scores.tolist()))


def _weight_bound(max_tf: float, min_norm: float, k1: float) -> float:
    """The largest tf*(k1+1)/(tf+norm) a term can reach, with room for float rounding."""
    return max_tf * (k1 + 1) / (max_tf + min_norm) * (1 + BOUND_SLACK)


def _is_small(postings: Iterable[tuple[np.ndarray, np.ndarray]], n_chunks: int) -> bool:
    """Whether these postings are few enough to merge by sorting rather than in an array per chunk."""
    return sum(len(d) for d, _ in postings) * SPARSE_FRACTION < n_chunks


def _kth_largest(values: np.ndarray, k: int) -> float:
    """The k-th largest value, or 0 when there are fewer than k."""
    return float(np.partition(values, len(values) - k)[len(values) - k]) if len(values) >= k else 0.0


def _share(norm: np.ndarray, docs: np.ndarray, tfs: np.ndarray, idf: float,
           weight: float | None, k1: float) -> np.ndarray:
    """A term's score share in the chunks `docs` where it occurs `tfs` times.

    The same operations as `Index.term_weights` and `Index.scores`, element by element.
    """
    tf = tfs.astype(np.float64)
    share = idf * (tf * (k1 + 1) / (tf + norm[docs]))
    return share if weight is None else weight * share


def _union_sums(postings: list[tuple[np.ndarray, np.ndarray]],
                n_chunks: int) -> tuple[np.ndarray, np.ndarray]:
    """(chunk ids ascending, summed shares) over the chunks in any of these (chunk ids, shares)."""
    if len(postings) == 1:
        return postings[0]
    if _is_small(postings, n_chunks):
        chunk_ids, inverse = np.unique(np.concatenate([d for d, _ in postings]), return_inverse=True)
        return chunk_ids, np.bincount(inverse, weights=np.concatenate([s for _, s in postings]))
    dense = np.zeros(n_chunks, dtype=np.float64)
    for d, s in postings:
        dense[d] += s
    chunk_ids = np.flatnonzero(dense)
    return chunk_ids.astype(np.int32), dense[chunk_ids]


def _exact_scores(index: Index, positions: list[tuple[int, int]], weights: Sequence[float] | None,
                  idfs: list[float], shares: dict[int, tuple[np.ndarray, np.ndarray]],
                  candidates: np.ndarray, k1: float) -> np.ndarray:
    """The candidates' scores, summed term by term in query order exactly as `Index.scores` does.

    `shares` holds the terms already scored in full (by query position); the others are looked up
    for the candidates only.
    """
    scores = np.zeros(len(candidates), dtype=np.float64)
    for j, (i, t) in enumerate(positions):
        if j in shares:
            at, found = find_sorted(shares[j][0], candidates)
            scores[found] += shares[j][1][at[found]]
        else:
            found, tfs = _lookup(index, t, candidates)
            scores[found] += _share(index.norm, candidates[found], tfs, idfs[j],
                                    None if weights is None else weights[i], k1)
    return scores


def _lookup(index: Index, t: int, chunk_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(which of the ascending `chunk_ids` hold term t, as a mask; the term's counts in those).

    A frequent term of a loaded index is looked up in its blocks without unpacking its postings
    (BlockedArray.find); otherwise by binary search in its postings.
    """
    found = index.postings_cache.get(t)
    per = getattr(index.post_docs, "block_items", 0)
    if found is None and per:
        start, end = index.offsets[t:t + 2].tolist()
        # A dense block holds a term's ids at 1 in 8 chunks or closer, and one of its own needs a
        # term spanning three blocks or more.
        if end - start >= max(2 * per, index.n_chunks // 16):
            at = index.post_docs.find(start, end, chunk_ids)
            if at is not None:
                there = at >= 0
                gather = getattr(index.post_tfs, "gather", None)
                return there, gather(at[there]) if gather else index.post_tfs[at[there]]
    docs, tfs, _ = found or index.postings(t)
    at, there = find_sorted(docs, chunk_ids)
    return there, tfs[at[there]]
