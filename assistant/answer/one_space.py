"""A text with each run of white space made one space, read once however many readers ask.

A question's text is flattened this way by a dozen readers (its reading, the gates, the kinds it
asks for), and a passage's by the snippet and the sentence readers for each question that weighs
it: on new questions ~1,100 flattenings of ~300 texts per 100 questions, each through re's own
cache of patterns. Remembered per text (the result is a pure function of it), a repeated one costs
a dictionary lookup; the answer is re.sub(r"\\s+", " ", text)'s either way.
"""
from __future__ import annotations

import re
from functools import lru_cache

_SPACES = re.compile(r"\s+")
# Texts kept: the last questions' forms and the passages they weighed (~1 KB each at most ~1 MB).
MEMO_SIZE = 1024


@lru_cache(maxsize=MEMO_SIZE)
def one_space(text: str) -> str:
    """The text with each run of white space (any kind, line breaks too) replaced by one space."""
    return _SPACES.sub(" ", text)
