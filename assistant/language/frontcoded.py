"""A word's value in simplemma's front-coded table, found by reading the keys of its block alone.

simplemma's StreamMap finds a word by scanning its block record by record through a generator
(frontcode._iter_records) that makes every record's key and value; a lookup reads ~23 records (~13
µs). Only the keys are needed to find the word, and the value of the one found: this loop reads the
same records, makes each key, and notes where each value is (its key and trim, or its literal bytes,
or "the one before"), making only the found record's value. Same answers and the same errors on a
damaged table (tests/language/test_language_lemmas.py compares it with simplemma's scan).
"""
from __future__ import annotations

from simplemma.strategies.dictionaries.frontcode import _CORRUPT_STREAM_MSG, _LITERAL_VALUE, _SAME_AS_PREV, _read_varint


def find_in_block(data: bytes, pos: int, prev_key: bytes, prev_value: bytes, target: bytes) -> bytes | None:
    """The stored value of `target` in a front-coded table from a block's start (its position and
    seed), or None: simplemma's scan (StreamMap._lookup over frontcode._iter_records), one loop
    without a generator, each record's key read and its value only where the key is found. A
    record's value is its key less `trim` bytes plus its own bytes, the literal bytes, or the one
    before it (SAME_AS_PREV): where each was is kept, so the value is made once, at the end."""
    n = len(data)
    # The value as (key, trim, start, end): trim None is the seed itself.
    value_key, value_trim, value_start, value_end = prev_value, None, 0, 0
    key = prev_key
    try:
        # The three lengths of a record are varints, nearly always one byte: read inline, and with
        # simplemma's _read_varint only for a longer one, so the common record costs no call.
        while pos < n:
            byte = data[pos]
            if byte < 0x80:
                shared, pos = byte, pos + 1
            else:
                shared, pos = _read_varint(data, pos)
            byte = data[pos]
            if byte < 0x80:
                suflen, pos = byte, pos + 1
            else:
                suflen, pos = _read_varint(data, pos)
            end = pos + suflen
            if end > n:
                raise ValueError(_CORRUPT_STREAM_MSG)
            key = key[:shared] + data[pos:end]
            pos = end
            trim = data[pos]
            pos += 1
            if trim != _SAME_AS_PREV:
                byte = data[pos]
                if byte < 0x80:
                    vlen, pos = byte, pos + 1
                else:
                    vlen, pos = _read_varint(data, pos)
                end = pos + vlen
                if end > n:
                    raise ValueError(_CORRUPT_STREAM_MSG)
                value_key, value_trim, value_start, value_end = key, trim, pos, end
                pos = end
            if key >= target:
                if key != target:
                    return None
                if value_trim is None:
                    return value_key
                if value_trim == _LITERAL_VALUE:
                    return data[value_start:value_end]
                return value_key[:len(value_key) - value_trim] + data[value_start:value_end]
    except IndexError:
        raise ValueError(_CORRUPT_STREAM_MSG) from None
    return None
