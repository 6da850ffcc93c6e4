"""Decoding stored blocks: one block, or a run of neighbouring blocks in one pass.

A frequent term's postings span dozens of blocks; a few numpy calls per block cost more than the
decoding itself, so a run read with one pread is checked block by block (a checksum each) and then
decoded by one set of numpy calls over all of it. Encoding and the formats are in blocks.py.
"""
from __future__ import annotations

import struct
import zlib

import numpy as np
import xxhash

# delta-narrow's gap widths (see blocks.py): one or two bytes.
NARROW = {1: np.dtype("u1"), 2: np.dtype("<u2")}

# What a block that does not decode raises inside numpy, zlib and struct.
_UNDECODABLE = (zlib.error, struct.error, ValueError, KeyError)


def decode_checked(raw, b: int, codec: str, dtype: np.dtype, expected: int) -> np.ndarray:
    try:
        values = _decode_block(raw, codec, dtype, expected)
    except _UNDECODABLE as exc:
        raise ValueError(f"blok {b} kan ikke pakkes ud") from exc
    if len(values) != expected:
        raise ValueError(f"blok {b} har en forkert længde")
    return values


def _decode_block(raw: bytes, codec: str, dtype: np.dtype, expected: int) -> np.ndarray:
    if codec == "raw":
        return np.frombuffer(raw, dtype=dtype)
    if codec != "delta-narrow":
        values = np.frombuffer(zlib.decompress(raw), dtype=dtype)
        return np.cumsum(values, dtype=dtype) if codec == "delta-zlib" else values
    width, n_wide = struct.unpack_from("<BI", raw)
    start = struct.calcsize("<BI")
    # numpy sums int64 about twice as fast as int32; the caller stores the result in `dtype`.
    gaps = np.frombuffer(raw, dtype=NARROW[width], count=expected, offset=start).astype(np.int64)
    wide = gaps == 256 ** width - 1
    if start + width * expected + 4 * n_wide != len(raw) or np.count_nonzero(wide) != n_wide:
        raise ValueError("wrong length")
    gaps[wide] = np.frombuffer(raw, dtype="<i4", offset=start + width * expected)
    return gaps.cumsum()


def load_run(raw: bytes, ends: list[int], digests: list[int] | None, first: int, codec: str,
             dtype: np.dtype, counts: list[int]) -> np.ndarray:
    """The values of neighbouring blocks first, first+1, … read as one run of bytes `raw`.

    `ends` are the blocks' end offsets relative to the run's start and `counts` their number of
    values. Each block is checked against its checksum, then the run is decoded by one set of numpy
    calls over all of it: a frequent term's postings span dozens of blocks, and a numpy call per
    block cost more than the decoding itself. ValueError (Danish) names the first bad block.
    """
    view, parts, begin = memoryview(raw), [], 0
    for n, end in enumerate(ends):
        part = view[begin:end]
        if len(part) != end - begin:
            raise ValueError("filen er afkortet")
        if digests is not None and xxhash.xxh3_64_intdigest(part) != digests[n]:
            raise ValueError(f"blok {first + n} er ændret (kontrolsum)")
        parts.append(part)
        begin = end
    if len(parts) == 1:  # a rare term's postings: the single-block path has fewer numpy calls
        return decode_checked(parts[0], first, codec, dtype, counts[0])
    try:
        return _decode_run(parts, codec, dtype, counts)
    except _UNDECODABLE:
        pass
    # Something in the run does not decode: block by block names which.
    for n, part in enumerate(parts):
        decode_checked(part, first + n, codec, dtype, counts[n])
    raise ValueError(f"blok {first}-{first + len(parts) - 1} kan ikke pakkes ud")


def _decode_run(parts: list[memoryview], codec: str, dtype: np.dtype, counts: list[int]) -> np.ndarray:
    total = sum(counts)
    if codec == "raw":
        data = b"".join(parts)
    elif codec != "delta-narrow":
        inflated = [zlib.decompress(part) for part in parts]
        if [len(block) for block in inflated] != [n * dtype.itemsize for n in counts]:
            raise ValueError("wrong length")
        data = b"".join(inflated)
    else:
        return _restart_cumsum(_narrow_gaps(parts, counts), counts)
    values = np.frombuffer(data, dtype=dtype)
    if len(values) != total:
        raise ValueError("wrong length")
    if codec == "delta-zlib":
        return _restart_cumsum(values.astype(np.int64), counts)
    return values


def _narrow_gaps(parts: list[memoryview], counts: list[int]) -> np.ndarray:
    """The gaps of a run of delta-narrow blocks, escapes replaced by their int32 values."""
    head = struct.calcsize("<BI")
    widths, n_wides = zip(*(struct.unpack_from("<BI", part) for part in parts))
    if any(len(part) != head + w * n + 4 * k for part, w, n, k in zip(parts, widths, counts, n_wides)):
        raise ValueError("wrong length")
    gaps = np.empty(sum(counts), dtype=np.int64)
    if len(set(widths)) == 1:  # the usual run: one width, one escape value
        escape = 256 ** widths[0] - 1
        gaps[:] = np.frombuffer(b"".join(part[head:head + widths[0] * n] for part, n in zip(parts, counts)),
                                dtype=NARROW[widths[0]])
    else:
        escape = np.repeat(np.array([256 ** w - 1 for w in widths], dtype=np.int64), counts)
        for width in set(widths):
            gaps[escape == 256 ** width - 1] = np.frombuffer(b"".join(
                part[head:head + width * n] for part, w, n in zip(parts, widths, counts) if w == width),
                dtype=NARROW[width])
    wide = np.flatnonzero(gaps == escape)
    if sum(n_wides) != len(wide) or (len(wide) and not np.array_equal(
            np.bincount(np.searchsorted(np.cumsum(counts), wide, side="right"), minlength=len(counts)),
            n_wides)):
        raise ValueError("wrong length")
    if len(wide):
        gaps[wide] = np.frombuffer(b"".join(part[head + w * n:] for part, w, n in zip(parts, widths, counts)),
                                   dtype="<i4")
    return gaps


def _restart_cumsum(gaps: np.ndarray, counts: list[int]) -> np.ndarray:
    """Running sums of the gaps, starting over at each block (a block's first gap is its first value):
    each block's first gap is lowered by the previous block's total, then one running sum."""
    if len(counts) > 1:
        starts = np.cumsum(counts[:-1])
        totals = np.add.reduceat(gaps, np.concatenate(([0], starts)))
        gaps[starts] -= totals[:-1]
    return gaps.cumsum()
