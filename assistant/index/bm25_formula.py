"""rank_bm25's formula: its settings, its idf rule and its length norm, as BM25Okapi computes them.

Apart from the index (bm25.py) so the numbers every score rests on are in one small place; the
index and its file (storage.py) derive their tables with these, and the parity tests compare the
scores with rank_bm25's own.
"""
from __future__ import annotations

import math

import numpy as np

# BM25Okapi's formula exactly (the parity test compares with rank_bm25.BM25Okapi(k1=K1, b=B,
# epsilon=EPSILON)); k1 = 1.2 instead of its default 1.5 and title words counted twice were the best
# settings on NorQuAD's training questions (benchmarks/norquad_retrieval.py, docs/benchmarks.md).
K1 = 1.2
B = 0.75
EPSILON = 0.25


def length_norm(doc_len: np.ndarray) -> np.ndarray:
    """k1*(1 - b + b*dl/avgdl) per chunk, as rank_bm25 computes it."""
    lengths = np.asarray(doc_len, dtype=np.int64)
    n_docs = len(lengths)
    avgdl = float(lengths.sum()) / n_docs if n_docs else 0.0
    # Same operation order as rank_bm25 so the floats agree.
    return K1 * (1 - B + B * lengths.astype(np.float64) / avgdl) if avgdl else np.ones(n_docs)


def bm25_idf(doc_freq: np.ndarray, n_docs: int, epsilon: float = EPSILON) -> np.ndarray:
    """rank_bm25's idf: log((N - n + .5) / (n + .5)); negative values become epsilon * mean idf."""
    idf = np.array([math.log(n_docs - n + 0.5) - math.log(n + 0.5) for n in doc_freq.tolist()],
                   dtype=np.float64)
    if len(idf):
        average_idf = float(idf.sum()) / len(idf)
        idf[idf < 0] = epsilon * average_idf
    return idf
