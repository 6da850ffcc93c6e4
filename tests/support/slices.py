"""Sorted word lists that record the copies taken of them: what a lookup read of the list, for tests that
a reading touches only the run of words it needs."""
from __future__ import annotations


class CountedSlices(list):
    """A word list that counts the copies taken of it."""

    def __init__(self, *args):
        super().__init__(*args)
        self.copies = 0

    def __getitem__(self, item):
        if isinstance(item, slice):
            self.copies += 1
        return super().__getitem__(item)


class MeasuredSlices(CountedSlices):
    """A word list that also keeps the length of each copy taken of it."""

    def __init__(self, *args):
        super().__init__(*args)
        self.copied: list[int] = []

    def __getitem__(self, item):
        found = super().__getitem__(item)
        if isinstance(item, slice):
            self.copied.append(len(found))
        return found
