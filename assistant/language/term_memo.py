"""An analyser's memo of terms: each word's term, and a short text's terms as it was typed.

Words repeat a lot (Zipf): the word memo saves the stopword test and the stemmer for most. The
same short texts come back too, question after question: a question's words checked one by one
for typos, thesaurus synonyms, compound parts, the words a gate looks for. Each was normalised and
split into words again before its words were looked up; now a short text asked before is one
lookup. Both memos are pure functions of the text and the analyser's settings.
"""
from __future__ import annotations

from collections.abc import Callable

# Texts this short are remembered as typed (a word, a phrase, a short question); a passage or a
# sentence is not (the warm-up analyses thousands, each once).
SHORT_TEXT = 40
# Short texts remembered before starting afresh (~150 bytes each with their terms: ~3 MB at most).
TEXT_MEMO_SIZE = 20_000


class TermMemo(dict):
    """Word -> its term ("" for a dropped word); a missing word is analysed once and remembered.

    A dict subclass, so a passage's words are looked up by `map` in C and only misses run Python.
    """

    __slots__ = ("_term_of", "_texts")

    def __init__(self, term_of: Callable[[str], str]):
        super().__init__()
        self._term_of = term_of
        self._texts: dict[str, tuple[str, ...]] = {}

    def __missing__(self, word: str) -> str:
        term = self[word] = self._term_of(word)
        return term

    def terms(self, text: str, words: Callable[[str], list[str]]) -> list[str]:
        """The terms of a text's words (`words` splits it), dropped words left out."""
        texts = self._texts
        found = texts.get(text)
        if found is None:
            found = tuple(filter(None, map(self.__getitem__, words(text))))
            if len(text) <= SHORT_TEXT:
                if len(texts) >= TEXT_MEMO_SIZE:
                    texts.clear()
                texts[text] = found
        return list(found)

    def clear(self) -> None:
        # A text's terms are its words' terms: forgotten with them.
        super().clear()
        self._texts.clear()
