"""Snippets: the short source text shown under a citation (widget, Slack) and under a search hit."""
from __future__ import annotations

from collections.abc import Sequence

from .one_space import one_space

SNIPPET_CHARS = 280
# Stands where the quoted words were: the reader has just read them in the answer.
ELIDED = "[…]"
CUT = "…"
# Less context than this (a bare "Stk. 2.") tells the reader nothing the answer did not.
MIN_CONTEXT_WORDS = 3


def flatten(text: str) -> str:
    return one_space(text).strip()


def _head(text: str, limit: int) -> str:
    """The start of `text`, cut between words to at most `limit` characters."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + f" {CUT}"


def _tail(text: str, limit: int) -> str:
    """The end of `text`, cut between words to at most `limit` characters."""
    if len(text) <= limit:
        return text
    return f"{CUT} " + text[len(text) - limit:].split(" ", 1)[-1]


def clip(text: str, limit: int = SNIPPET_CHARS) -> str:
    """A passage as one line of at most `limit` characters (a search hit has no quoted words)."""
    return _head(flatten(text), limit)


def context_snippet(passage: str, quoted: Sequence[str], limit: int = SNIPPET_CHARS) -> str:
    """What the passage says around the sentences the answer quotes, with those sentences elided.

    The answer already shows the quoted sentences; what a reader needs from the source is the
    context: the sentences just before and after. The quoted ones (and anything between them)
    become one "[…]". A passage that is (nearly) all quote has no context to show (""). Quotes not found
    in the passage (the source changed) give its start.
    """
    flat = flatten(passage)
    spans = [(at, at + len(q)) for q in map(flatten, quoted) if q and (at := flat.find(q)) >= 0]
    if not spans:
        return clip(flat, limit)
    before = flat[:min(a for a, _ in spans)].rstrip()
    after = flat[max(b for _, b in spans):].lstrip()
    if len((before + " " + after).split()) < MIN_CONTEXT_WORDS:
        return ""
    room = max(0, limit - len(ELIDED) - 2)
    # Share the room; a side that needs less leaves the rest to the other.
    before_room = max(room // 2, room - len(after))
    after_room = max(room // 2, room - len(before))
    parts = [_tail(before, before_room) if before else "", ELIDED, _head(after, after_room) if after else ""]
    return " ".join(p for p in parts if p)
