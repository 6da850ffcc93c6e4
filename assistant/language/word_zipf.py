"""wordfreq's Zipf frequency of a word, read straight from its list when the word is plain.

wordfreq.zipf_frequency tokenises every word its memo does not hold (a Unicode regular expression
and normalisation, ~20 µs), and that memo keeps only the last 1,024 words (background.py sets its
size): an English question's new words ask about their dictionary translations' and their
one-edit spellings' frequencies hundreds of times. A word of lower-case letters only (a-z, and
æ/ø/å in Danish) is its own single token, unchanged by wordfreq's normalisation, so its frequency
is its entry in wordfreq's list (or the floor), rounded as wordfreq rounds it. Any other word, or
another language, is asked of wordfreq itself. The value is the same float either way
(tests/language/test_word_zipf.py compares them for every plain word of both lists).

Norwegian and Swedish are asked only of words common in Danish (gate_name.place_written_small: a
lower-case word after a preposition of place, Danish Zipf at least its PLACE_ZIPF). Those words'
two values are a small table (~6,800 words, built once per machine in the table cache from
wordfreq's lists read without its cache), so a process does not hold the two whole lists (~63 MB
as wordfreq's dictionaries) to answer for a few words; any other word is asked of wordfreq.
"""
from __future__ import annotations

import math
import unicodedata
from functools import lru_cache
from string import ascii_lowercase

import wordfreq

from . import table_cache

# The letters of a word wordfreq's tokeniser and normalisation leave as it is, by language.
PLAIN_LETTERS = {"en": frozenset(ascii_lowercase), "da": frozenset(ascii_lowercase + "æøå")}
# What zipf_frequency's default minimum (Zipf 0) is as a frequency: an unlisted word's value.
_FLOOR = wordfreq.zipf_to_freq(0.0)
# A listed word's Zipf value by its frequency: wordfreq's list has one frequency per centibel
# band (a few hundred), so this holds at most that many floats.
_ZIPF_OF_FREQUENCY: dict[float, float] = {}
# wordfreq's own lookups ask get_frequency_dict(lang, "best"), positionally, and its lru_cache keys a
# call by its arguments as given: asked as get_frequency_dict(lang), it built and held a second copy
# of each language's dictionary (~11 MB for English). Every lookup here asks with wordfreq's own key.
WORDLIST = "best"
# The neighbour languages answered from the small table, and the Danish Zipf from which a word is
# in it: gate_name.PLACE_ZIPF, below which the gate asks no neighbour (a test holds them equal).
NEIGHBOURS = ("nb", "sv")
NEIGHBOUR_DANISH_ZIPF = 4.0


def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq.zipf_frequency(word, lang) with its default list and minimum."""
    letters = PLAIN_LETTERS.get(lang)
    if letters is None or not word or not letters.issuperset(word):
        if lang in NEIGHBOURS and (known := neighbour_table().get(word)) is not None:
            return known[NEIGHBOURS.index(lang)]
        return wordfreq.zipf_frequency(word, lang)
    listed = frequency_dict(lang).get(word, _FLOOR)
    found = _ZIPF_OF_FREQUENCY.get(listed)
    if found is None:
        found = _ZIPF_OF_FREQUENCY[listed] = _zipf(listed)
    return found


def frequency_dict(lang: str) -> dict[str, float]:
    """wordfreq's word -> frequency dictionary of the language, the one its own lookups hold."""
    return wordfreq.get_frequency_dict(lang, WORDLIST)


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


@lru_cache(maxsize=1)
def neighbour_table() -> dict[str, tuple[float, ...]]:
    """Each word common in Danish (NEIGHBOUR_DANISH_ZIPF) by its Zipf values in NEIGHBOURS, as
    wordfreq.zipf_frequency gives them; read from the machine's table cache, built there once."""
    return table_cache.cached("nabosprogenes-hyppighed", _build_neighbour_table, packages=("wordfreq",),
                              parts=(NEIGHBOURS, NEIGHBOUR_DANISH_ZIPF))


def _build_neighbour_table() -> dict[str, tuple[float, ...]]:
    # Words of letters in their normal form are one token each, unchanged by wordfreq's
    # normalisation, so each value is the listed frequency's (_zipf); the lists are read past
    # wordfreq's cache (its lru_cache would keep them for the process's life).
    words = [w for w in frequency_dict("da") if w.isalpha()
             and unicodedata.normalize("NFC", w).casefold() == w and zipf_frequency(w, "da") >= NEIGHBOUR_DANISH_ZIPF]
    wanted = set(words)
    values = []
    for lang in NEIGHBOURS:
        listed: dict[str, float] = {}
        # As get_frequency_dict: band i holds the words at -i centibels, a later band's value kept.
        for index, band in enumerate(wordfreq.get_frequency_list.__wrapped__(lang)):
            frequency = wordfreq.cB_to_freq(-index)
            listed.update((w, frequency) for w in band if w in wanted)
        values.append([_zipf(listed.get(w, _FLOOR)) for w in words])
    return {w: tuple(v[i] for v in values) for i, w in enumerate(words)}
