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


class _DecodedOnFirstUse(Sequence):
    """A sequence of `count` items stored as one UTF-8 text, decoded whole on first use."""

    what = "the table"   # named in the error when the stored items do not match their count

    def __init__(self, text, count: int):
        self._text, self._count = text, count

    def _decode(self, text: str) -> Sequence:
        raise NotImplementedError

    @cached_property
    def items(self) -> Sequence:
        items = self._decode(np.asarray(self._text).tobytes().decode("utf-8"))
        if len(items) != self._count:
            raise ValueError(f"{self.what} does not match its count")
        return items

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self) -> Iterator:
        return iter(self.items)


class LazyTerms(_DecodedOnFirstUse):
    """The sorted vocabulary, stored as UTF-8 terms separated by newlines (`count` of them)."""

    what = "the vocabulary"

    def _decode(self, text: str) -> tuple[str, ...]:
        return tuple(text.split("\n")) if text else ()

    def __contains__(self, term: object) -> bool:
        return term in self.term_ids

    @cached_property
    def term_ids(self) -> dict[str, int]:
        return dict(zip(self.items, range(len(self.items))))


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


class LazyRecords(_DecodedOnFirstUse):
    """A list of `count` JSON records (the source documents), stored as one UTF-8 JSON array."""

    what = "the document list"

    def _decode(self, text: str) -> list[dict]:
        records = json.loads(text)
        if not isinstance(records, list):
            raise ValueError("the document list is not a list")
        return records


def decoded_tables(index) -> None:
    """Put the decoded tuple, dict and list in the place of an index's lazy tables, for a server
    that decodes them before serving anyway (preload.py). A lazy table answers each lookup through
    a Python method: a question's hundreds of `term in index.term_ids` and the bisections of the
    vocabulary (compound and spelling neighbours, a dozen reads each) cost a call apiece, where
    the plain ones answer in C. The decoded objects are the ones the lazy tables already hold."""
    if isinstance(index.vocabulary, LazyTerms):
        vocabulary = index.vocabulary
        index.vocabulary, index.term_ids = vocabulary.items, vocabulary.term_ids
    if isinstance(index.documents, LazyRecords):
        index.documents = index.documents.items
