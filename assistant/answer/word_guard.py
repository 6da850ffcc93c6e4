"""A regular expression tried only on texts holding one of the words every match of it holds.

re finds a pattern's first letter by a fast scan, but a pattern that opens with \\b, a look-behind
or a case-insensitive alternation of words has no such letter: it is tried at every position of
the text, ~200-500 instructions each. Most questions and sentences hold none of its words
("januar", "kvartal"), so `in` on the lower-cased text answers them first at a small part of the
cost; the answer is the pattern's own either way. The words are read from the pattern itself.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# The parsed pattern is the only place its literal words are spelled out (3.11's own parser).
from re import _constants as op
from re import _parser

# The only characters re.IGNORECASE takes for a letter a-z, æ, ø, å that str.lower() does not turn
# into that letter (every code point tried; tests show it): "İ" and dotless "ı" for i, the long "ſ"
# for s. A text holding one is searched in full.
UNLOWERED = ("İ", "ı", "ſ")
# The characters a guard's words may hold: those the list above was found for.
GUARDABLE = frozenset(map(chr, range(128))) | frozenset("æøå")


class GuardedPattern:
    """A compiled pattern and the words (lower-case) at least one of which each match holds."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern) -> None:
        found = _words(list(_parser.parse(pattern.pattern, pattern.flags)))
        if not found or any(not GUARDABLE.issuperset(w) for w in found):
            raise ValueError(f"mønstret har ingen ord, hvert fund holder: {pattern.pattern!r}")
        self.pattern = pattern
        # A word holding another is in the text whenever it is: the shorter one is enough.
        self.words = tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))

    def may_match(self, text: str) -> bool:
        """False only when no match is possible: the text holds none of the words."""
        lowered = text.lower()
        # A plain loop, not any() over a generator: ~5,000 calls per 100 new questions, each
        # trying ~8 words, and the generator's frames cost more than the `in` tests (~25 %).
        for word in self.words:
            if word in lowered:
                return True
        return not text.isascii() and any(c in text for c in UNLOWERED)

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        # From a position too (a closing searched in a text's tail): a match's words lie after
        # `pos` (only a look-behind reads before it), so the tail's words guard it.
        return self.pattern.search(text, pos) if self.may_match(text[pos:] if pos else text) else None

    def match(self, text: str) -> re.Match | None:
        return self.pattern.match(text) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())

    def sub(self, replacement: str | Callable[[re.Match], str], text: str, count: int = 0) -> str:
        return self.pattern.sub(replacement, text, count=count) if self.may_match(text) else text


def guarded(pattern: re.Pattern) -> GuardedPattern:
    """The pattern, tried only on texts holding one of the words each of its matches holds."""
    return GuardedPattern(pattern)


def _words(items: list) -> frozenset[str] | None:
    """Words one of which every match of a parsed sequence holds (None when none is known): the
    sequence's literal runs, and the alternatives or groups it must pass through; of these, the
    set whose shortest word is longest."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for kind, value in [*items, (None, None)]:
        if kind is op.LITERAL:
            run.append(chr(value).lower())
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        inner: frozenset[str] | None = None
        if kind is op.BRANCH:
            alternatives = [_words(list(a)) for a in value[1]]
            inner = frozenset().union(*alternatives) if all(alternatives) else None
        elif kind is op.SUBPATTERN:
            inner = _words(list(value[3]))
        elif kind in (op.MAX_REPEAT, op.MIN_REPEAT, op.POSSESSIVE_REPEAT) and value[0] >= 1:
            inner = _words(list(value[2]))
        if inner:
            options.append(inner)
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)
