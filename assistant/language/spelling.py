"""Question words the index lacks, corrected against the words the material itself uses.

symspellpy (SymSpell: precomputed deletions) finds every vocabulary word within two edits of a
word in well under a millisecond, where comparing against each word would take seconds per
question. Words are compared with æ/ø/å folded to ae/oe/aa, so "vedtaegter" meets "vedtægter" and a
typo in either spelling costs the same.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from symspellpy import SymSpell
from symspellpy.editdistance import DistanceAlgorithm, EditDistance

from .analysis import surface_words
from .background import zipf
from .lemmas import lemma_of, related
from .spelling_lookup import BucketSieve, closest

MAX_DISTANCE = 2
# SymSpell indexes deletions of each word's first letters only. 5 (not the library's 7) builds
# 300,000 words in a sixth of the time and a quarter of the memory (3.8 s and 105 MB instead of
# 24 s and 399 MB) for about the same lookup time; benchmarks/language_bench.py prints the figures.
PREFIX_LENGTH = 5
# Shorter words are left alone: "bo" and "by" are one edit apart and both right.
MIN_LENGTH = 4
# Two edits only in words this long (folded); in shorter ones two edits make another word.
MIN_LENGTH_TWO_EDITS = 8
# A word this common in general Danish (wordfreq Zipf) is a real word the material lacks, not a
# typo: "fodbold" must not become "forbold". Typos almost never reach wordfreq's list (floor 3.0).
REAL_WORD_ZIPF = 3.0
# Question words whose correction (or none) a corrector remembers.
SUGGESTION_MEMO_SIZE = 20_000


def ascii_fold(word: str) -> str:
    """æ/ø/å as ae/oe/aa, the spelling used when Danish letters are missing from the keyboard."""
    return word.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


_LOSSY_LETTERS = str.maketrans({"æ": "a", "ø": "o", "å": "a"})
_SOUND_ALIKE = (("ae", "e"), ("aa", "a"), ("oe", "o"))


def sounds_alike(folded: str) -> str:
    """A folded word as it sounds, for the confusions Danish spelling invites: æ written e
    ("vedtegter"), å and ø written a and o, and a consonant doubled or single ("bestemer")."""
    for written, sound in _SOUND_ALIKE:
        folded = folded.replace(written, sound)
    return "".join(c for i, c in enumerate(folded) if not i or c != folded[i - 1])


def keeps_real_word(word: str, correction: str, distance: int) -> bool:
    """Whether a question word is a real word of its own, not a typo of the material's word.

    The lemmatiser's dictionary (simplemma) knows "decentralisering", "modarbejder" and "forordet":
    corrected into the material's "centralisering", "medarbejder" and "forholdet" they would ask
    the opposite or something else. A known word is left alone when the correction is another
    word (not one of its forms) two edits away, or one edit away from a word everyday Danish uses
    (wordfreq); one edit from a rare dictionary form ("medlemsskab") is still a slip. A word
    typed without Danish letters ("faet" for "fået") is the material's word whatever the
    dictionary knows.
    """
    if word == correction.translate(_LOSSY_LETTERS):
        return False
    lemma = lemma_of(word)
    if lemma is None:
        return False
    other = lemma_of(correction) or correction
    # One word's forms: the same lemma, or a verb and its noun a letter or two apart ("svar",
    # "svare"); "skrumpe" is no form of "skru".
    if related(lemma, other) and abs(len(lemma) - len(other)) <= 2:
        return False
    return distance >= 2 or zipf(lemma) >= REAL_WORD_ZIPF


@dataclass(frozen=True)
class Correction:
    """A question word and the material's word it was taken for."""

    word: str        # as asked, case-folded
    correction: str  # the material's spelling
    distance: int    # edits between the two, with æ/ø/å folded
    count: int       # how often the material uses the correction


class SpellingCorrector:
    """Corrects words absent from a vocabulary into its nearest, most frequent words."""

    def __init__(self, counts: Mapping[str, int], max_distance: int = MAX_DISTANCE,
                 prefix_length: int = PREFIX_LENGTH, real_word_zipf: float = REAL_WORD_ZIPF):
        """counts: surface word (case-folded) -> occurrences in the material."""
        self.max_distance = max_distance
        self.real_word_zipf = real_word_zipf
        # Several spellings fold alike ("vedtægter", "vedtaegter"): the most used one answers.
        best: dict[str, tuple[int, str]] = {}
        for word, count in counts.items():
            if count > 0 and word.isalpha():
                key = ascii_fold(word)
                total, spelling = best.get(key, (0, word))
                if counts[spelling] < count:
                    spelling = word
                best[key] = (total + count, spelling)
        self._spelling = {key: spelling for key, (_, spelling) in best.items()}
        self._count = {key: total for key, (total, _) in best.items()}
        self._words = frozenset(w for w in counts if ascii_fold(w) in self._spelling)
        # editdistpy's C edit distance: the pure-Python default is most of a lookup's time.
        self._symspell = SymSpell(max_distance, prefix_length,
                                  distance_comparer=EditDistance(DistanceAlgorithm.DAMERAU_OSA_FAST))
        for key, (total, _) in best.items():
            if len(key) >= MIN_LENGTH:
                self._symspell.create_dictionary_entry(key, total)
        # The long buckets' words by length and last letter: a look-up skips at once those that
        # cannot be near the word, with the same suggestions (spelling_lookup.py).
        self._sieve = BucketSieve(self._symspell._deletes)
        # The same question words come back (popular questions, a conversation's history): a
        # SymSpell lookup is most of a question's reading, so its answers are kept, bounded.
        self._suggested = lru_cache(SUGGESTION_MEMO_SIZE)(self._suggest)

    def __getstate__(self) -> dict:
        # For the table cache: the memo of suggestions is the process's own, made afresh.
        return {k: v for k, v in self.__dict__.items() if k != "_suggested"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._suggested = lru_cache(SUGGESTION_MEMO_SIZE)(self._suggest)

    @classmethod
    def from_words(cls, words: Iterable[str], **options) -> SpellingCorrector:
        """From surface words as they occur in the material (repeats count as frequency)."""
        return cls(Counter(w.casefold() for w in words), **options)

    @classmethod
    def from_texts(cls, texts: Iterable[str], **options) -> SpellingCorrector:
        """From the material's texts, split into words as the analyser does."""
        return cls(Counter(w for text in texts for w in surface_words(text)), **options)

    def __len__(self) -> int:
        return len(self._spelling)

    @property
    def vocabulary(self) -> frozenset[str]:
        """The material's surface words (letters only): also what english.to_danish maps into."""
        return self._words

    def __contains__(self, word: str) -> bool:
        return ascii_fold(word.casefold()) in self._spelling

    def suggest(self, word: str) -> Correction | None:
        """The material's word a question word was meant as, or None when it is known or unclear.

        Only words the material lacks are corrected; among the nearest candidates the one the
        material uses most wins. A word everyday Danish knows is never taken for a typo. A word
        the material writes with æ/ø/å (or ae/oe/aa) comes back in its spelling, at distance 0.
        """
        return self._suggested(word.strip().casefold())

    def _suggest(self, word: str) -> Correction | None:
        key = ascii_fold(word)
        if word in self._words:
            return None
        if key in self._spelling:
            spelling = self._spelling[key]
            return Correction(word=word, correction=spelling, distance=0, count=self._count[key])
        if len(key) < MIN_LENGTH or not key.isalpha():
            return None
        if zipf(word) >= self.real_word_zipf:
            return None
        allowed = self.max_distance if len(key) >= MIN_LENGTH_TWO_EDITS else 1
        found = closest(self._symspell, self._sieve, key, allowed)
        if not found:
            return None
        # CLOSEST gives the nearest ones, most frequent first; one that sounds like the word
        # ("maelder" -> "melder", not the commoner "gaelder") is the one meant. Otherwise a tie
        # between the two most frequent is a guess.
        alike = [f for f in found if sounds_alike(f.term) == sounds_alike(key)]
        if len(alike) == 1:
            best = alike[0]
        else:
            best = found[0]
            if len(found) > 1 and found[1].count == best.count:
                return None
        correction = self._spelling[best.term]
        if keeps_real_word(word, correction, best.distance):
            return None
        return Correction(word=word, correction=correction, distance=best.distance, count=best.count)

    def correct(self, word: str) -> str:
        """The corrected word, or the word itself (case-folded) when there is nothing to correct."""
        found = self.suggest(word)
        return found.correction if found else word.strip().casefold()
