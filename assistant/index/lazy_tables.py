"""A loaded index's vocabulary, term ids and documents, decoded from their stored bytes on first use.

At 100,000 passages splitting 80,000 terms, building their dict and parsing 20,000 document records
takes about 20 ms, twice the whole load budget; a server does it in its warm-up before serving, a
one-off tool that never asks needs none of it. Each table is decoded once, whole (threads racing
on the first use build equal copies and keep one), and then behaves like the tuple, dict or list
an index built in memory has.
"""
from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property

import numpy as np


class LazyTerms(Sequence[str]):
    """The sorted vocabulary, stored as UTF-8 terms separated by newlines (`count` of them)."""

    def __init__(self, text, count: int):
        self._text, self._count = text, count

    @cached_property
    def terms(self) -> tuple[str, ...]:
        text = np.asarray(self._text).tobytes().decode("utf-8")
        terms = tuple(text.split("\n")) if text else ()
        if len(terms) != self._count:
            raise ValueError("the vocabulary does not match its count")
        return terms

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, i):
        return self.terms[i]

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms)

    def __contains__(self, term: object) -> bool:
        return term in self.term_ids

    @cached_property
    def term_ids(self) -> dict[str, int]:
        return dict(zip(self.terms, range(len(self.terms))))


class LazyTermIds(Mapping[str, int]):
    """Term -> id for a LazyTerms, built on the first lookup."""

    def __init__(self, terms: LazyTerms):
        self._terms = terms

    def __len__(self) -> int:
        return len(self._terms)

    def __getitem__(self, term: str) -> int:
        return self._terms.term_ids[term]

    def get(self, term, default=None):
        return self._terms.term_ids.get(term, default)

    def __contains__(self, term: object) -> bool:
        return term in self._terms.term_ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms.term_ids)


class LazyRecords(Sequence[dict]):
    """A list of `count` JSON records (the source documents), stored as one UTF-8 JSON array."""

    def __init__(self, text, count: int):
        self._text, self._count = text, count

    @cached_property
    def records(self) -> list[dict]:
        records = json.loads(np.asarray(self._text).tobytes().decode("utf-8"))
        if not isinstance(records, list) or len(records) != self._count:
            raise ValueError("the document list does not match its count")
        return records

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, i):
        return self.records[i]

    def __iter__(self) -> Iterator[dict]:
        return iter(self.records)
