"""Values worked out once per index and key, kept in the index's own memo.

Several readings of a question word (its relatives, its sibling compounds, its parts written apart)
are asked once for every passage a question weighs and depend only on the word and the material.
They are kept with the index, so that a new index starts afresh, and the memo is emptied whole at a
bound: a long-running service meets ever new words. (The statutes' derivations keep their own: the
statutes package comes before the index.)
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


def kept(memo: dict[str, Any], name: str, key: Hashable, compute: Callable[[], T], size: int) -> T:
    """The value kept under `key` in `memo[name]`, computed on a miss; the named memo is emptied when
    it holds `size` values."""
    values = memo.setdefault(name, {})
    found = values.get(key)
    if found is None:
        if len(values) >= size:
            values.clear()
        found = values[key] = compute()
    return found
