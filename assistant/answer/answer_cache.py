"""Whole answers remembered per loaded index: a question asked again is answered without the work.

Visitors ask the same things (the widget's suggestions, the questions of the week), and an answer
is a function of the cleaned question, the cleaned earlier questions and the index alone (asking
again gives the same text and citations; tests/answer/test_answers_unchanged.py checks it on the
question files, and `python -m tests.support.answer_snapshot --served` on every question). The
cache belongs to one Index object: when the server starts serving a new index, the first lookup
with it empties the cache, so no answer from an older index is ever handed out. A hit is a copy
of the remembered answer with a fresh id, so feedback still points at one logged answer.
"""
from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from .result import Answer

# Answers kept per process: a few MB (an answer with its citations is a few kB), more than the
# distinct questions a site gets in a busy hour.
DEFAULT_ANSWERS = 1024

AnswerKey = tuple[str, tuple[str, ...]]


class AnswerCache:
    """A bounded, least-recently-used map from (question, earlier questions) to the answer one
    index gave; `size` 0 turns it off."""

    def __init__(self, size: int = DEFAULT_ANSWERS):
        self.size = size
        self._answers: OrderedDict[AnswerKey, Answer] = OrderedDict()
        # The index the answers came from; held (not its id) so a new index can never look the same.
        self._index: object = None
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def answer(self, index: object, key: AnswerKey, compute: Callable[[], Answer]) -> Answer:
        """The remembered answer to `key` from `index` under a new id, or compute() remembered."""
        if self.size <= 0:
            return compute()
        with self._lock:
            if index is not self._index:
                self._answers.clear()
                self._index = index
            kept = self._answers.get(key)
            if kept is not None:
                self._answers.move_to_end(key)
                self.hits += 1
        if kept is not None:
            return replace(kept, id=uuid.uuid4().hex)
        # Computed outside the lock: two threads may work out the same new answer at once, and both
        # get the same text; the lock only guards the map.
        answer = compute()
        with self._lock:
            self.misses += 1
            if index is self._index:
                self._answers[key] = answer
                self._answers.move_to_end(key)
                while len(self._answers) > self.size:
                    self._answers.popitem(last=False)
        return answer

    def __len__(self) -> int:
        return len(self._answers)
