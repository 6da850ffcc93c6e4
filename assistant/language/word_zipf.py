"""wordfreq's Zipf frequency of a word, read straight from its list when the word is plain.

wordfreq.zipf_frequency tokenises every word its memo does not hold (a Unicode regular expression
and normalisation, ~20 µs), and that memo keeps only the last 1,024 words (background.py sets its
size): an English question's new words ask about their dictionary translations' and their
one-edit spellings' frequencies hundreds of times. A word of lower-case letters only (a-z, and
æ/ø/å in Danish) is its own single token, unchanged by wordfreq's normalisation, so its frequency
is its entry in wordfreq's list (or the floor), rounded as wordfreq rounds it. Any other word, or
another language, is asked of wordfreq itself. The value is the same float either way
(tests/language/test_word_zipf.py compares them for every plain word of both lists).
"""
from __future__ import annotations

import math
from string import ascii_lowercase

import wordfreq

# The letters of a word wordfreq's tokeniser and normalisation leave as it is, by language.
PLAIN_LETTERS = {"en": frozenset(ascii_lowercase), "da": frozenset(ascii_lowercase + "æøå")}
# What zipf_frequency's default minimum (Zipf 0) is as a frequency: an unlisted word's value.
_FLOOR = wordfreq.zipf_to_freq(0.0)
# A listed word's Zipf value by its frequency: wordfreq's list has one frequency per centibel
# band (a few hundred), so this holds at most that many floats.
_ZIPF_OF_FREQUENCY: dict[float, float] = {}


def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq.zipf_frequency(word, lang) with its default list and minimum."""
    letters = PLAIN_LETTERS.get(lang)
    if letters is None or not word or not letters.issuperset(word):
        return wordfreq.zipf_frequency(word, lang)
    listed = wordfreq.get_frequency_dict(lang).get(word, _FLOOR)
    found = _ZIPF_OF_FREQUENCY.get(listed)
    if found is None:
        found = _ZIPF_OF_FREQUENCY[listed] = _zipf(listed)
    return found


def _zipf(listed: float) -> float:
    """wordfreq's arithmetic for one token's listed frequency (or the floor): the reciprocal of
    the reciprocals' sum, kept at least the minimum, rounded to three significant digits, then
    on the Zipf scale rounded to hundredths (wordfreq._word_frequency and zipf_frequency)."""
    if listed == _FLOOR:
        frequency = _FLOOR  # an unlisted word: wordfreq returns the minimum as it is
    else:
        frequency = max(1.0 / (0.0 + 1.0 / listed), _FLOOR)
        frequency = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(wordfreq.freq_to_zipf(frequency), 2)
