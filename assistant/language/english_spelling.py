"""Misspelt English words ("goverment", "recomendations", "compnay") back to the English word meant.

The Danish corrector (spelling.py) corrects into the material's Danish words; an English question's
typo needs an English word first, which the dictionaries then translate. wordfreq's English list
(already loaded for english_forms.py) is the vocabulary: every word one edit away (a letter left
out, added, changed, or two swapped) that is a common English word is a candidate. No index of
deletions is built, so nothing is added to a worker's memory beyond a small memo.

A word of three or four letters ("waht", "yaer", "whne", "hwo") is read only as two neighbouring
letters swapped, into one of the commonest English words: any other edit of so short a word reaches
several words, a swap of its letters seldom more than one (where it does, "hwo": "who" or "how", the
word is left as typed).
"""
from __future__ import annotations

import re
from functools import lru_cache
from string import ascii_lowercase

from .english_question_slips import question_word_slip
from .word_zipf import frequency_dict, zipf_frequency

# A word this common in English (wordfreq's Zipf scale) is a real word, never a typo; a correction
# must be at least this common (typos themselves almost never reach it: "goverment" 2.2).
REAL_WORD_ZIPF = 3.0
# Shorter words are left alone: one edit turns most of them into several other words.
MIN_LENGTH = 5
# A three- or four-letter word with two neighbouring letters swapped is read as a word at least this
# common ("what" 6.6, "year" 5.8, "who" 6.2; "waht" 2.0): only the commonest words of English, so a
# rare real word spelt like a swap ("fro", "teh") is not taken for one.
SHORT_SLIP_ZIPF = 5.0
SHORT_LENGTHS = (3, 4)
# A word Danish uses this much is a Danish word in the question (a name's "fra", "Ove"), not a slip.
DANISH_WORD_ZIPF = 3.0
_SHORT_WORD = re.compile(r"(?<![\w'-])([A-Za-z]{2,4})(?![\w'-])(?=\W*(\w*))")


def _slip(word: str, candidate: str) -> bool:
    """A doubled letter written once or once written twice ("maping", "comittee"), or two letters
    swapped ("compnay"): the commonest typing slips, preferred to any other edit."""
    if sorted(word) == sorted(candidate):
        return True
    longer, shorter = (word, candidate) if len(word) > len(candidate) else (candidate, word)
    return any(longer[i] == longer[i - 1] and longer[:i] + longer[i + 1:] == shorter
               for i in range(1, len(longer)))


def _edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in ascii_lowercase}
            | {a + c + b for a, b in splits for c in ascii_lowercase})


@lru_cache(maxsize=4096)
def english_correction(word: str) -> str | None:
    """The common English word a misspelt one was meant as, or None (a real or unclear word).

    Among the words one edit away, a typing slip wins over other edits, and then the commonest.
    """
    word = word.casefold()
    if len(word) < MIN_LENGTH or not word.isalpha() or zipf_frequency(word, "en") >= REAL_WORD_ZIPF:
        return None
    # An ASCII word wordfreq does not list has frequency 0 (it is its own one token): only the
    # listed ones among the ~500 edits are weighed, and an ASCII word's edits are ASCII, so they are
    # taken by one set intersection; their values are read from the list (word_zipf.py).
    listed = frequency_dict("en")  # wordfreq's own copy (word_zipf.WORDLIST)
    edits = _edits(word) - {word}
    weighed = edits & listed.keys() if word.isascii() else [c for c in edits if c in listed or not c.isascii()]
    scored = [(_slip(word, c), z, c) for c in weighed if (z := zipf_frequency(c, "en")) >= REAL_WORD_ZIPF]
    return max(scored)[2] if scored else None


@lru_cache(maxsize=4096)
def short_word_slip(word: str) -> str | None:
    """The very common English word a three- or four-letter word was typed for with two neighbouring
    letters swapped ("waht" -> "what", "yaer" -> "year"), or None (a real word, a Danish one, unclear)."""
    lower = word.casefold()
    if (len(lower) not in SHORT_LENGTHS or not lower.isascii() or not lower.isalpha() or word.isupper()
            or zipf_frequency(lower, "en") >= REAL_WORD_ZIPF or zipf_frequency(lower, "da") >= DANISH_WORD_ZIPF):
        return None
    swaps = {lower[:i] + lower[i + 1] + lower[i] + lower[i + 2:] for i in range(len(lower) - 1)} - {lower}
    scored = [(z, c) for c in swaps if (z := zipf_frequency(c, "en")) >= SHORT_SLIP_ZIPF]
    # Two common words a swap away ("hwo": "who", "how") leave the slip unclear.
    if len(scored) != 1:
        return None
    meant = scored[0][1]
    return meant.capitalize() if word[0].isupper() else meant


def with_short_slips(text: str) -> str:
    """An English question with its short typing slips written as meant ("Whne did they start?" ->
    "When did they start?", "hw many …?" -> "how many …?"), so the question word is read too."""
    def meant(match: re.Match) -> str:
        word = match.group(1)
        return short_word_slip(word) or question_word_slip(word, match.group(2)) or word
    return _SHORT_WORD.sub(meant, text)
