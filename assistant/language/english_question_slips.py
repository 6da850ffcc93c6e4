"""English question words typed with a letter left out or two letters swapped ("hw", "wht", "whn",
"wher", "wat", "hwo"): read as the question word meant.

english_spelling.short_word_slip reads a three- or four-letter word with two letters swapped as the one
very common English word it reaches; a question word typed fast more often loses a letter ("wht",
"whn", "hw"), which one edit of any kind makes into several common words ("wht": "what", "wit", "whit").
The question words are a closed class of grammar, and a slip is read only into them, and only as the
commonest slips, a letter left out or two neighbours swapped (a letter changed reaches too many: "wht"
is "who" or "why" too): a word that is hardly English or Danish (wordfreq; "hw" 3.2 and "wat" 3.4 are
the slips' own frequency, "who" 6.2), at most four letters, that such a slip makes into exactly one
question word. Where it reaches two ("hwo": "who" and "how"), the next word tells: an adjective or
adverb ("hwo many", "hwo long") follows "how"; anything else leaves the word as typed.
"""
from __future__ import annotations

from functools import lru_cache

from . import wordnet
from .word_zipf import zipf_frequency

# "whose" and "whom" are left out: "whos" is "who's" typed without its apostrophe, not a slip of "whose".
QUESTION_WORDS = ("what", "who", "when", "where", "which", "why", "how")
# A typed word this common in English or Danish (wordfreq's Zipf scale) is a word of its own ("wo" 3.7,
# "ho" 4.2, "tho" 4.4); below it, a common slip's own count ("hw" 3.2, "wat" 3.4).
REAL_WORD_ZIPF = 3.5
LONGEST = 4


def _slip(typed: str, word: str) -> bool:
    """Whether the word typed with one letter left out or two neighbours swapped is typed."""
    if len(typed) == len(word) - 1:
        return any(word[:i] + word[i + 1:] == typed for i in range(len(word)))
    return len(typed) == len(word) and typed != word and any(
        word[:i] + word[i + 1] + word[i] + word[i + 2:] == typed for i in range(len(word) - 1))


@lru_cache(maxsize=1024)
def question_words_meant(word: str) -> tuple[str, ...]:
    """The question words a typed word is a slip of; () for a real English or Danish word."""
    lower = word.casefold()
    if (not 2 <= len(lower) <= LONGEST or not lower.isascii() or not lower.isalpha() or word.isupper()
            or zipf_frequency(lower, "en") >= REAL_WORD_ZIPF or zipf_frequency(lower, "da") >= REAL_WORD_ZIPF):
        return ()
    return tuple(w for w in QUESTION_WORDS if _slip(lower, w))


def _describes(word: str | None) -> bool:
    """Whether the word is mostly an adjective or adverb in WordNet ("many", "long", "often")."""
    synonyms = wordnet.load()
    if not word or synonyms is None:
        return False
    lower = word.casefold()
    described = synonyms.sense_count(lower, "adj") + synonyms.sense_count(lower, "adv")
    return described > synonyms.sense_count(lower, "verb") + synonyms.sense_count(lower, "noun")


def question_word_slip(word: str, following: str | None = None) -> str | None:
    """The question word a slip was typed for, in the typed word's case, or None."""
    meant = question_words_meant(word)
    if set(meant) == {"who", "how"}:
        meant = ("how",) if _describes(following) else ()
    if len(meant) != 1:
        return None
    return meant[0].capitalize() if word[0].isupper() else meant[0]
