"""Passages' analysed sentences kept compactly from the warm-up: a first question slices, not analyses.

Analysing a passage's sentences (the split, then each word's normalisation and stem) was the
largest part of a first question's extra time: 30-160 µs for each of the 7-8 passages it touched,
while a warm question found them in the per-passage memo. The table holds every sentence as its
place in the passage's text and its terms as small numbers (4 bytes a term), so rebuilding a
passage's sentences from it is a few slices. Filled in the index's own order up to a budget of
terms: at 10,000 passages all of them.
"""
from __future__ import annotations

from array import array
from collections.abc import Iterable

# Terms the table holds at most, 4 bytes each (4 MiB): 10,000-16,000 passages of 60-90 terms.
MAX_TERMS = 1 << 20

Sentences = tuple[tuple[str, tuple[str, ...]], ...]


class SentenceTable:
    """Passages 0 … covered-1: each sentence's start and end in the passage text and its terms."""

    def __init__(self) -> None:
        self._words: list[str] = []           # term number -> term
        self._number: dict[str, int] = {}
        self._terms = array("I")             # every sentence's term numbers, one after the other
        self._starts = array("I")            # per sentence: its first and last character + 1
        self._ends = array("I")
        self._first_term = array("I", [0])   # per sentence: where its terms start in _terms
        self._first_sentence = array("I", [0])   # per passage: its first sentence
        self.covered = 0

    def add(self, text: str, sentences: Sentences) -> bool:
        """Keep the next passage's sentences (each a piece of its text, in order); False, and
        nothing kept, when one is not found in the text where the previous ended."""
        at = 0
        places = []
        for sentence, _terms in sentences:
            start = text.find(sentence, at)
            if start < 0:
                return False
            at = start + len(sentence)
            places.append((start, at))
        number = self._number
        for (start, end), (_sentence, terms) in zip(places, sentences):
            for term in terms:
                if term not in number:
                    number[term] = len(self._words)
                    self._words.append(term)
            self._terms.extend(map(number.__getitem__, terms))
            self._starts.append(start)
            self._ends.append(end)
            self._first_term.append(len(self._terms))
        self._first_sentence.append(len(self._starts))
        self.covered += 1
        return True

    def sentences(self, chunk_id: int, text: str) -> Sentences | None:
        """Passage `chunk_id`'s sentences as analysed at the warm-up (text: its text); None when the
        table does not hold it."""
        if chunk_id >= self.covered:
            return None
        first, last = self._first_sentence[chunk_id], self._first_sentence[chunk_id + 1]
        bounds = self._first_term[first:last + 1].tolist()
        base = bounds[0]
        # The passage's terms looked up in one pass, then cut per sentence (a pass per sentence
        # cost a first question ~30 % more).
        held = list(map(self._words.__getitem__, self._terms[base:bounds[-1]]))
        return tuple([(text[start:end], tuple(held[a - base:b - base])) for start, end, a, b in
                      zip(self._starts[first:last], self._ends[first:last], bounds, bounds[1:])])

    @property
    def n_terms(self) -> int:
        return len(self._terms)

    @property
    def size_bytes(self) -> int:
        """The arrays' bytes (the term strings are the analyser's own, shared)."""
        return sum(a.itemsize * len(a) for a in (self._terms, self._starts, self._ends,
                                                  self._first_term, self._first_sentence)) \
            + 8 * len(self._words)


def sentence_table(passages: Iterable[tuple[str, Sentences]], max_terms: int = MAX_TERMS) -> SentenceTable:
    """The table of the passages (text and analysed sentences, in index order from passage 0),
    filled until the next passage would pass `max_terms` terms or could not be placed."""
    table = SentenceTable()
    for text, sentences in passages:
        if table.n_terms + sum(len(terms) for _, terms in sentences) > max_terms or \
                not table.add(text, sentences):
            break
    return table
