"""Stored blocks' codecs: encoding one block, decoding one block or a run of neighbours in one pass.

A frequent term's postings span dozens of blocks; a few numpy calls per block cost more than the
decoding itself, so a run read with one pread is checked block by block (a checksum each) and then
decoded in one pass over all of it: chunk ids by a compiled loop (kernel.py), the other codecs by
one set of numpy or zlib calls. Reading and checking on first use is blocks.py's.
"""
from __future__ import annotations

import itertools
import re
import struct
import zlib
from collections.abc import Sequence

import numpy as np
import xxhash

from .kernel_loader import kernel
from .narrow_gaps import NARROW_FORMS, narrow_form, restart_cumsum

# delta-narrow's forms (see blocks.py): gaps in one byte, twelve bits or two bytes after the number
# of wide gaps (narrow_gaps.py); or DENSE: the first chunk id and a bit per chunk id from it on.
DENSE, DENSE_HEAD = 0, "<BiI"
# counts' forms: PLAIN, the values as they are; DEFLATED (zlib); or RUNS, unpacked by a compiled
# loop (kernel.py) instead of inflated: inflating a block cost ~20-45 us of a rare term's first use,
# the loop a few. RUNS is a byte per count other than 1: its high bits the number of ones before it
# (LONG_RUN: that many ones and no count), its low bits the count minus VALUE_OFFSET (VALUE_ESCAPE:
# the count follows in two bytes, little-endian); the ones after the last such byte are not stored.
PLAIN, DEFLATED, RUNS = 1, 2, 3
RUN_SHIFT, VALUE_MASK = 3, 7
LONG_RUN, VALUE_ESCAPE, VALUE_OFFSET = 31, 7, 2

# What a block that does not decode raises inside numpy, zlib and struct.
_UNDECODABLE = (zlib.error, struct.error, ValueError, KeyError, IndexError)


# raw: the bytes as they are (small counts: nothing to decode on first use);
# zlib: deflate (passages, tables; text with a preset dictionary, see file_format.py);
# delta-zlib: gaps between values, deflated (ascending offsets);
# delta-narrow: gaps between chunk ids in one byte, twelve bits or two bytes each (whichever
# makes the block smaller), the largest value marking a gap stored as int32 after them (a new term's first id, a
# rare term's long gap) - decoded by a few numpy calls, several times faster than inflating, so a
# question's first touch of its postings stays cheap; a block of one frequent term's ids is a bit
# per chunk id instead when that is smaller (more than one id in 8-16), which decodes without a
# running sum;
# counts: runs of ones (RUNS, unpacked by a compiled loop), or the bytes as they are where that is
# smaller; files of format 5 and older hold them deflated.
# The forms of delta-narrow and counts blocks are laid out in block_codecs.py.
CODECS = ("raw", "zlib", "delta-zlib", "delta-narrow", "counts")

# zlib's default level 6 for the tables and counts: at 100,000 passages their 12 MB deflate in
# 0.15 s CPU (0.03 s at level 1) and take 0.3 MB less (the counts 0.74 instead of 0.98 MB); both
# inflate as fast. The text, 97 MB, has a level of its own below.
ZLIB_LEVEL = 6
# Text (the passages, the document list) is deflated with a preset dictionary of its own most common
# words: a 16 KiB block then starts with the words it will repeat already in zlib's window, so
# small blocks (cheap to unpack for one passage) compress better than 64 KiB ones did without it.
# Measured at 100,000 passages (CPU time to deflate 97 MB): 32.8 MB at level 1 in 64 KiB blocks
# (0.8 s); with the dictionary in 16 KiB blocks 29.1 MB at level 4 (1.4 s), 27.6 MB at level 5
# (2.2 s), 25.6 MB at level 6 (4.8 s); a block unpacks in 60 instead of 200 us. Level 5, in
# threads (blocks.py), keeps writing about as fast as before; zlib's window is 32 KiB.
DICTIONARY_BYTES = 32 * 1024
TEXT_ZLIB_LEVEL = 5
# The dictionary is trained on this many evenly spaced pieces of the text, each this long.
_SAMPLES, _SAMPLE_BYTES = 64, 32 * 1024
_WORD = re.compile(rb"[^\s\"]+[\s\"]")

def train_dictionary(text) -> bytes:
    """A preset dictionary for deflating `text` (bytes-like): its most common words, by the bytes
    they take, the most frequent last (nearest to a block's start, so cheapest to refer to)."""
    view = memoryview(text).cast("B")
    step = max(_SAMPLE_BYTES, len(view) // _SAMPLES)
    sample = b"".join(view[at:at + _SAMPLE_BYTES] for at in range(0, len(view), step))
    counts: dict[bytes, int] = {}
    for word in _WORD.findall(sample):
        counts[word] = counts.get(word, 0) + 1
    chosen, size = [], 0
    for word, n in sorted(counts.items(), key=lambda item: -item[1] * len(item[0])):
        if n > 1 and size + len(word) <= DICTIONARY_BYTES:
            chosen.append((n, word))
            size += len(word)
    return b"".join(word for _, word in sorted(chosen))


def encode_block(part: np.ndarray, codec: str, zdict: bytes | None = None) -> bytes:
    """One block of values in `codec`, in its smallest form (zlib with the preset dictionary `zdict`)."""
    if codec == "raw":
        return part.tobytes()
    if codec == "zlib":
        if zdict:
            deflate = zlib.compressobj(TEXT_ZLIB_LEVEL, zdict=zdict)
            return deflate.compress(part.tobytes()) + deflate.flush()
        return zlib.compress(part.tobytes(), ZLIB_LEVEL)
    if codec == "counts":
        return _encode_counts(part)
    # Gaps between ascending values; at a new term the chunk id starts over (a negative gap).
    gaps = np.diff(part.astype(np.int64), prepend=0)
    if codec == "delta-zlib":
        return zlib.compress(gaps.astype(part.dtype).tobytes(), ZLIB_LEVEL)
    forms = [narrow_form(gaps, form) for form in NARROW_FORMS]
    if len(part) and bool(np.all(gaps[1:] > 0)):  # strictly ascending: a bit per id says it all
        first = int(part[0])
        bits = np.zeros(int(part[-1]) - first + 1, dtype=bool)
        bits[part - first] = True
        forms.append(struct.pack(DENSE_HEAD, DENSE, first, len(bits)) + np.packbits(bits).tobytes())
    return min(forms, key=len)


def _encode_counts(part: np.ndarray) -> bytes:
    packed = np.empty(1 + 4 * len(part), dtype=np.uint8)
    runs = packed[:kernel().pack_counts(np.ascontiguousarray(part, dtype=np.uint16), packed)].tobytes()
    plain = bytes([PLAIN]) + part.tobytes()
    # A frequent term's blocks of counts (few are 1) are smaller, and as quick to read, plain.
    return runs if len(runs) <= len(plain) else plain


def decode_checked(raw, b: int, codec: str, dtype: np.dtype, expected: int,
                   zdict: bytes | None = None) -> np.ndarray:
    """The `expected` values of block b alone; ValueError (Danish) if they do not decode."""
    out = np.empty(expected, dtype=dtype)
    try:
        if codec == "delta-narrow":
            _unpack_ids(raw, [len(raw)], [expected], out)
        else:
            _decode_run([memoryview(raw)], codec, [expected], out, zdict)
    except _UNDECODABLE as exc:
        raise ValueError(f"blok {b} kan ikke pakkes ud") from exc
    return out


def load_run(raw: bytes, ends: list[int], digests: list[int] | None, first: int, codec: str,
             dtype: np.dtype, counts: list[int], out: np.ndarray | None = None,
             zdict: bytes | None = None) -> np.ndarray:
    """The values of neighbouring blocks first, first+1, … read as one run of bytes `raw`, written
    into `out` (a new array if None) and returned.

    `ends` are the blocks' end offsets relative to the run's start and `counts` their number of
    values. Each block is checked against its checksum, then the run is decoded by one set of numpy
    calls over all of it: a frequent term's postings span dozens of blocks, and a numpy call per
    block cost more than the decoding itself. Decoding straight into `out` spares the fresh
    temporaries whose first touch (page faults) cost as much as the arithmetic on a first question.
    ValueError (Danish) names the first bad block; `out` is then partly written and must not count.
    `zdict` is the preset dictionary of zlib blocks that have one.
    """
    parts = checked_parts(raw, ends, digests, first)
    out = np.empty(sum(counts), dtype=dtype) if out is None else out
    if codec == "delta-narrow":
        try:
            _unpack_ids(raw, ends, counts, out)
            return out
        except ValueError:
            raise ValueError(f"blok {first}-{first + len(parts) - 1} kan ikke pakkes ud") from None
    try:
        _decode_run(parts, codec, counts, out, zdict)
        return out
    except _UNDECODABLE:
        pass
    # Something in the run does not decode: block by block names which.
    for n, part in enumerate(parts):
        decode_checked(part, first + n, codec, dtype, counts[n], zdict)
    raise ValueError(f"blok {first}-{first + len(parts) - 1} kan ikke pakkes ud")


def checked_parts(raw: bytes, ends: list[int], digests: list[int] | None, first: int) -> list[memoryview]:
    """The blocks first, first+1, … in `raw`, each checked against its checksum (unless `digests`
    is None); ValueError (Danish) names the first bad one."""
    view, parts, begin = memoryview(raw), [], 0
    for n, end in enumerate(ends):
        part = view[begin:end]
        if len(part) != end - begin:
            raise ValueError("filen er afkortet")
        if digests is not None and xxhash.xxh3_64_intdigest(part) != digests[n]:
            raise ValueError(f"blok {first + n} er ændret (kontrolsum)")
        parts.append(part)
        begin = end
    return parts


def _unpack_ids(raw, ends: list[int], counts: list[int], out: np.ndarray) -> None:
    """Chunk ids of neighbouring delta-narrow blocks, their bytes `raw`, into `out` (int32)."""
    # Compiled code trusts its arguments' types: ids of another width (a header naming another
    # dtype) must not reach it.
    if out.dtype != np.int32 or not out.flags.c_contiguous or len(out) != sum(counts):
        raise ValueError("wrong type")
    if kernel().unpack_ids(np.frombuffer(raw, dtype=np.uint8), np.array(ends, dtype=np.int64),
                           np.array(counts, dtype=np.int64), out) != 0:
        raise ValueError("wrong length")


def _decode_run(parts: list[memoryview], codec: str, counts: list[int], out: np.ndarray,
                zdict: bytes | None = None) -> None:
    if codec in _FORMS:
        if len(parts) == 1:  # a rare term's postings: no grouping
            _FORMS[codec][parts[0][0]](parts, counts, out)
            return
        # Each block names its form in its first byte; neighbours of one form decode together.
        at = 0
        for form, group in itertools.groupby(zip(parts, counts), key=lambda pc: pc[0][0]):
            group_parts, group_counts = zip(*group)
            size = sum(group_counts)
            _FORMS[codec][form](group_parts, group_counts, out[at:at + size])
            at += size
        return
    data = b"".join(parts) if codec == "raw" else b"".join(_inflate(parts, counts, out.dtype, zdict))
    values = np.frombuffer(data, dtype=out.dtype)
    if len(values) != len(out):
        raise ValueError("wrong length")
    if codec == "delta-zlib":
        out[:] = restart_cumsum(values.astype(np.int64), counts)
    else:
        out[:] = values


def _inflate(parts: Sequence[memoryview], counts: Sequence[int], dtype: np.dtype,
             zdict: bytes | None = None) -> list[bytes]:
    inflated = [_inflate_one(part, zdict) for part in parts] if zdict else [zlib.decompress(part) for part in parts]
    if [len(block) for block in inflated] != [n * dtype.itemsize for n in counts]:
        raise ValueError("wrong length")
    return inflated


def _inflate_one(part: memoryview, zdict: bytes) -> bytes:
    inflate = zlib.decompressobj(zdict=zdict)
    data = inflate.decompress(part)
    # A whole stream and nothing after it, as zlib.decompress demands of the others.
    if not inflate.eof or inflate.unused_data:
        raise ValueError("incomplete block")
    return data


def _deflated_into(parts: Sequence[memoryview], counts: Sequence[int], out: np.ndarray) -> None:
    """Counts deflated, after the form byte."""
    out[:] = np.frombuffer(b"".join(_inflate([part[1:] for part in parts], counts, out.dtype)), dtype=out.dtype)


def _plain_into(parts: Sequence[memoryview], counts: Sequence[int], out: np.ndarray) -> None:
    """Counts stored as they are, after the form byte."""
    values = np.frombuffer(b"".join(part[1:] for part in parts), dtype=out.dtype)
    if len(values) != len(out):
        raise ValueError("wrong length")
    out[:] = values


def _runs_into(parts: Sequence[memoryview], counts: Sequence[int], out: np.ndarray) -> None:
    """Counts in the RUNS form, form byte included, unpacked by the compiled loop."""
    # Compiled code trusts its arguments' types: only the two widths it is built for reach it.
    unpack = _UNPACK_COUNTS.get(out.dtype)
    if unpack is None or not out.flags.c_contiguous or len(out) != sum(counts):
        raise ValueError("wrong type")
    # A rare term's one block is most first uses: a handful of plain calls, numpy's cost per call
    # (cumsum over a list took longer than unpacking) kept out of it.
    raw = parts[0] if len(parts) == 1 else b"".join(parts)
    ends = np.fromiter(itertools.accumulate(map(len, parts)), dtype=np.int64, count=len(parts))
    if getattr(kernel(), unpack[0])(np.frombuffer(raw, dtype=np.uint8), ends,
                                    np.fromiter(counts, dtype=np.int64, count=len(counts)), out, unpack[1]) != 0:
        raise ValueError("wrong length")


# The compiled loop for each width counts are stored in, and the largest count that width holds.
_UNPACK_COUNTS = {np.dtype(np.uint8): ("unpack_counts_u1", 0xFF), np.dtype(np.uint16): ("unpack_counts_u2", 0xFFFF)}


# The forms a counts block can take, by its first byte (blocks.py writes them; format 5 and older
# files hold DEFLATED blocks, which are still read).
_FORMS = {
    "counts": {PLAIN: _plain_into, DEFLATED: _deflated_into, RUNS: _runs_into},
}


def load_block(read, base: int, ends: np.ndarray, digests: np.ndarray | None, b: int,
               codec: str, dtype: np.dtype, expected: int, zdict: bytes | None = None) -> np.ndarray:
    """The `expected` values of block b, read with read(offset, size) from blocks starting at `base`
    and checked against its checksum (unless `digests` is None); ValueError (Danish) if it is short,
    changed or does not decode. `zdict`: the array's preset dictionary, if it has one."""
    begin = int(ends[b - 1]) if b else 0
    size = int(ends[b]) - begin
    raw = read(base + begin, size)
    if len(raw) != size:
        raise ValueError("filen er afkortet")
    if digests is not None and xxhash.xxh3_64_intdigest(raw) != int(digests[b]):
        raise ValueError(f"blok {b} er ændret (kontrolsum)")
    return decode_checked(raw, b, codec, dtype, expected, zdict)
