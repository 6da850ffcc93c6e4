"""The search's compiled scoring loop: a few terms' postings summed into the k best chunks.

Part of the compiled loops (kernel.py exports it; the built module is named after both sources).
"""
from __future__ import annotations

import numpy as np

BAD = -1


def sum_top_k(docs, tfs, lengths, idfs, weights, norm, k1, k):
    """The k best (chunk ids, scores) over the postings of a few terms: `docs` and `tfs` hold each
    term's chunk ids and counts, concatenated in query order (`lengths`: how many each term has;
    `idfs`, `weights`: its idf and weight, 0 for none). Best first, ties in chunk order; one chunk
    id BAD if a posting names a chunk the index does not have.

    A share is computed as rank_bm25 computes it and a chunk's shares are added in query order,
    from 0.0, as `Index.scores` adds them: the sums are bit for bit the same. The chunks are summed
    in a small hash table, not an array over every chunk (whose first touch costs page faults and
    which threads could not share).
    """
    slots = 16
    while slots < 2 * len(docs):
        slots *= 2
    keys = np.full(slots, -1, dtype=np.int64)
    sums = np.zeros(slots, dtype=np.float64)
    order = np.empty(len(docs), dtype=np.int64)  # slots in the order their chunks came
    n_chunks = 0
    at = 0
    for term in range(len(lengths)):
        idf, weight = idfs[term], weights[term]
        for i in range(at, at + lengths[term]):
            d = np.int64(docs[i])
            if d < 0 or d >= len(norm):  # compiled code reads where it is told: no chunk there
                return np.full(1, BAD, dtype=np.int64), np.zeros(1, dtype=np.float64)
            tf = np.float64(tfs[i])
            share = idf * (tf * (k1 + 1) / (tf + norm[d]))
            if weight != 0.0:
                share = weight * share
            slot = (d * 0x9E3779B1) & (slots - 1)
            while keys[slot] != d and keys[slot] != -1:
                slot = (slot + 1) & (slots - 1)
            if keys[slot] == -1:
                keys[slot] = d
                order[n_chunks] = slot
                n_chunks += 1
            sums[slot] += share
        at += lengths[term]
    n = min(k, n_chunks)
    best_ids = np.empty(n, dtype=np.int64)
    best_scores = np.empty(n, dtype=np.float64)
    filled = 0
    for j in range(n_chunks):
        d, s = keys[order[j]], sums[order[j]]
        # Insertion into the best so far, kept sorted: k is small (10 for a question).
        if filled == n:
            if s < best_scores[n - 1] or (s == best_scores[n - 1] and d > best_ids[n - 1]):
                continue
            pos = n - 1
        else:
            pos = filled
            filled += 1
        while pos > 0 and (best_scores[pos - 1] < s or (best_scores[pos - 1] == s and best_ids[pos - 1] > d)):
            best_scores[pos], best_ids[pos] = best_scores[pos - 1], best_ids[pos - 1]
            pos -= 1
        best_scores[pos], best_ids[pos] = s, d
    return best_ids, best_scores

