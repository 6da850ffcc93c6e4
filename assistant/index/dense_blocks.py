"""Finding chunk ids in a frequent term's dense blocks without unpacking them.

A block of one frequent term's chunk ids is stored as a bit per chunk id (block_codecs.py). When
the term only has to be looked up for a few candidate chunks (top-k pruning's non-essential
terms), testing their bits and counting the bits before them gives their positions in the
postings directly: about a byte of work per 8 chunk ids instead of writing 100,000 ids into fresh
memory (whose page faults alone cost more than tantivy's whole query on a first question).
"""
from __future__ import annotations

import struct
from typing import NamedTuple

import numpy as np

from .block_codecs import DENSE_HEAD

_HEAD = struct.calcsize(DENSE_HEAD)
# A chunk id's bit in its byte, and the bits of the ids before it in that byte (packbits' order).
_BIT = np.array([0x80 >> i for i in range(8)], dtype=np.uint8)
_HIGHER = np.array([(0xFF00 >> i) & 0xFF for i in range(8)], dtype=np.uint8)


class DenseBlocks(NamedTuple):
    """Some dense blocks of one array, ascending; their bits concatenated, whole bytes each."""
    numbers: np.ndarray      # int64: the blocks' numbers in the array
    lows: np.ndarray         # int64: each block's first chunk id
    highs: np.ndarray        # int64: one past each block's last bit
    byte_starts: np.ndarray  # int64: where each block's bits start in `bits`
    positions: np.ndarray    # int64: each block's first position in the array
    bits: np.ndarray         # uint8, packed (first chunk id = most significant bit)
    ones_before: np.ndarray  # int32: set bits in `bits` before each byte, len(bits) + 1

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in self)


def parse(parts: list[memoryview], numbers: list[int], block_items: int, counts: list[int]) -> DenseBlocks:
    """The dense blocks `parts` (checked by the caller) with these block numbers.

    ValueError if a block is not what it says (its bits do not hold its count of values).
    """
    firsts, n_bits = zip(*(struct.unpack_from(DENSE_HEAD, part)[1:] for part in parts))
    sizes = [len(part) - _HEAD for part in parts]
    if any(size != -(-n // 8) for size, n in zip(sizes, n_bits)):
        raise ValueError("wrong length")
    bits = np.frombuffer(b"".join(part[_HEAD:] for part in parts), dtype=np.uint8)
    ones_before = np.zeros(len(bits) + 1, dtype=np.int32)
    np.cumsum(np.bitwise_count(bits), out=ones_before[1:])
    byte_starts = np.cumsum([0] + sizes, dtype=np.int64)
    if not np.array_equal(np.diff(ones_before[byte_starts]), counts):
        raise ValueError("wrong length")
    lows = np.array(firsts, dtype=np.int64)
    numbers = np.array(numbers, dtype=np.int64)
    return DenseBlocks(numbers, lows, lows + np.array(n_bits, dtype=np.int64), byte_starts[:-1],
                       numbers * block_items, bits, ones_before)


def find(dense: DenseBlocks, block: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Array positions of the chunk ids `wanted`, each in dense block number `block` (an index
    into `dense`), or -1 where the id is not there."""
    offset = wanted - dense.lows[block]
    inside = (offset >= 0) & (wanted < dense.highs[block])
    at = np.where(inside, dense.byte_starts[block] + (offset >> 3), 0)
    byte = dense.bits[at]
    bit = offset & 7
    present = inside & (byte & _BIT[bit] != 0)
    # Set bits before this one: whole bytes before it in its block, then the byte's higher bits.
    rank = dense.ones_before[at] - dense.ones_before[dense.byte_starts[block]] \
        + np.bitwise_count(byte & _HIGHER[bit])
    return np.where(present, dense.positions[block] + rank, -1)


def find_sorted(values: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(where each of the ascending `wanted` is or would go in the ascending `values`, which are there)."""
    at = np.searchsorted(values, wanted)
    found = at < len(values)
    found[found] = values[at[found]] == wanted[found]
    return at, found
