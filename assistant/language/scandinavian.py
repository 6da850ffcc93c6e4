"""Norwegian and Swedish words as the material's Danish words they are spelt like (lekeplass -> legeplads).

Written Norwegian bokmål and Swedish share most of their words with Danish and differ by regular
spelling: Danish softens p/t/k after a vowel (leke/lege, gate/gade), writes ds or nd where the
others double the consonant (plass/plads, forminske/formindske), æ/ø where Swedish has ä/ö, and
Swedish ends an infinitive in -a (anbefalla/anbefale). A word and a material word that agree once
these differences are folded away (their "skeleton") are taken for the same word, as cognates.py
does for Latin words; only the material's own words are ever returned, so a fold that joins two
unrelated words matters only when the material has the other one.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

# Spellings the languages write differently, folded to one (applied in this order).
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("aa"), "å"),
    (re.compile("[æä]"), "e"),
    (re.compile("[øö]"), "o"),
    (re.compile("å"), "a"),
    (re.compile("^hv"), "v"),      # Danish hvad, Swedish vad
    (re.compile("(?<=[gks])j"), ""),  # Norwegian gjeld, kjøre: Danish gæld, køre
    (re.compile("ck"), "k"),
    (re.compile("ph"), "f"),
    (re.compile("w"), "v"),
    (re.compile("z"), "s"),
    (re.compile("x"), "ks"),
    (re.compile("c(?=[eiy])"), "s"),
    (re.compile("c"), "k"),
    (re.compile(r"(.)\1+"), r"\1"),        # double consonants, before softening sees them
    (re.compile("(?<=[aeiouy])p"), "b"),  # Danish softening after a vowel
    (re.compile("(?<=[aeiouy])t"), "d"),
    (re.compile("(?<=[aeiouy])k"), "g"),
    (re.compile("d(?=s)|(?<=n)d"), ""),   # plads/plass, formindske/forminske, mand/mann
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile("a$"), "e"),               # Swedish infinitive -a, Danish -e
)
# Words shorter than this are matched by their vowels' spelling alone: folded consonants make a
# short word another ("jobb" and the name "Jøp" are both "job"), a long word hardly ever.
MIN_FOLDED = 5
_VOWELS = str.maketrans({"æ": "e", "ä": "e", "ø": "o", "ö": "o", "å": "a"})
# skeleton's folds, the same as _FOLDS: letters swapped one for one (the four vowel folds after
# "aa" are _VOWELS; w, z, x), and the folds that look around a letter. The swaps are done as
# str.replace, one letter at a time: on many words joined (skeletons) a scan for a letter is
# cheaper than translate's lookup of every character; no swap makes a letter another swaps.
_VOWEL_SWAPS = (("æ", "e"), ("ä", "e"), ("ø", "o"), ("ö", "o"), ("å", "a"))
_FOREIGN_SWAPS = (("w", "v"), ("z", "s"), ("x", "ks"))
# The folds that look behind a letter are written letter first, the look behind after it: re
# finds a pattern's first letter by a fast scan, but tries one that begins with a look behind at
# every position (on many words joined, ~0.15-0.5 µs a word each; the same matches).
_J_AFTER_GKS = re.compile("j(?<=[gks]j)")      # _FOLDS[5]
_SOFT_C = _FOLDS[11][0]
_SILENT_D = re.compile("d(?:(?=s)|(?<=nd))")   # _FOLDS[17]
# The three softenings at once: none makes or unmakes a vowel, so their order does not matter.
_SOFTENED = re.compile("[ptk](?<=[aeiouy][ptk])")
_SOFT = {"p": "b", "t": "d", "k": "g"}

# Danish endings a dictionary's base form takes in the material: a verb's present tense and past
# participle, its noun in -ing, a noun's plural and definite forms (anbefale -> anbefalinger).
ENDINGS = ("e", "r", "t", "de", "s", "n", "ne", "er", "en", "ene", "erne", "et", "ing", "inger",
           "ingen", "ingerne", "ning", "ninger")
# Words whose material spellings SpeltAlike.danish remembers before starting afresh.
MEMO_SIZE = 16_384
# The shortest stem the Danish endings are added to, with its final -e (varm|e).
MIN_STEM = 4


def skeleton(word: str) -> str:
    """The word with the spelling differences of the Scandinavian languages folded away: _FOLDS
    in order, with the plain-letter folds as string operations and the others skipped when their
    letter is absent (an English compound folds hundreds of candidate words per question; ~25 %
    cheaper, the same skeleton for every word: tests/language/test_language_neighbours.py)."""
    word = _swapped(word.casefold().replace("aa", "å"), _VOWEL_SWAPS)
    if word.startswith("hv"):
        word = word[1:]
    word = _inner_folds(word)
    # "a$" also matches before a final newline.
    if word.endswith("a"):
        return word[:-1] + "e"
    return word[:-2] + "e\n" if word.endswith("a\n") else word


# skeleton's fold at a word's end, for many words joined by newlines (skeletons).
_A_END = re.compile("a$", re.MULTILINE)


def skeletons(words: list[str]) -> list[str]:
    """skeleton of each of many words of letters, in one pass of each fold over the words joined by
    newlines: no fold reaches across a newline (it is no letter, and `(.)` does not match it), and
    the folds at a word's ends are anchored at each line's. An English phrase's candidate compounds
    are folded together (same skeletons: tests/language/test_language_neighbours.py)."""
    text = _swapped("\n".join(words).casefold().replace("aa", "å"), _VOWEL_SWAPS)
    # "^hv" at each line's start, as a string: re tries a pattern that begins with "^" at every position.
    text = _inner_folds(("\n" + text).replace("\nhv", "\nv")[1:])
    return _A_END.sub("e", text).split("\n")


def _inner_folds(text: str) -> str:
    # The folds between a word's start and its end, shared by skeleton and skeletons.
    if "j" in text:
        text = _J_AFTER_GKS.sub("", text)
    text = _swapped(text.replace("ck", "k").replace("ph", "f"), _FOREIGN_SWAPS)
    if "c" in text:
        text = _SOFT_C.sub("s", text).replace("c", "k")
    if len(text) >= ARRAY_FOLDS:
        return _last_folds_as_array(text)
    text = _SOFTENED.sub(_softened, _undoubled(text))
    if "d" in text:
        text = _SILENT_D.sub("", text)
    return _undoubled(text)


def _swapped(text: str, swaps: tuple[tuple[str, str], ...]) -> str:
    for letter, other in swaps:
        if letter in text:
            text = text.replace(letter, other)
    return text


def _undoubled(text: str) -> str:
    """The fold of doubled letters (_FOLDS' "(.)\\1+"): a run of one character but a newline as one,
    by str.replace per doubled character; re's substitution with a group reference ran Python
    code for every match, and a pattern that begins with a group is tried at every position."""
    for c in set(text):
        twice = c + c
        while c != "\n" and twice in text:
            text = text.replace(twice, c)
    return text


def _softened(match: re.Match[str]) -> str:
    return _SOFT[match.group()]


# _inner_folds' last four folds (doubled letters, softening, silent d, doubled letters) on a text at
# least this long are done on its code points as an array: on many words joined each fold was a
# scan of the whole text per letter (_undoubled) or Python code per match (_softened); on a short
# one the array's fixed cost is more than the scans.
ARRAY_FOLDS = 256
# Code points above Latin-1 are none of the letters these folds look at: they share the last row.
_OTHER = 256
_VOWEL = np.zeros(_OTHER + 1, dtype=bool)
_VOWEL[[ord(c) for c in "aeiouy"]] = True
_SOFTENS_TO = np.zeros(_OTHER + 1, dtype=np.uint32)
for _hard, _soft in _SOFT.items():
    _SOFTENS_TO[ord(_hard)] = ord(_soft)
del _hard, _soft
_NEWLINE, _D, _S, _N = map(ord, ("\n", "d", "s", "n"))


def _last_folds_as_array(text: str) -> str:
    """_undoubled, _SOFTENED, _SILENT_D and _undoubled again, as _inner_folds applies them, on the
    text's code points: each fold reads the text as it was before that fold, as re.sub does."""
    codes = _runs_as_one(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32))
    row = np.minimum(codes, _OTHER)
    # A p, t or k after a vowel (the vowel as the text had it) is softened to b, d or g.
    soft = _SOFTENS_TO[row[1:]]
    hard_after_vowel = (soft != 0) & _VOWEL[row[:-1]]
    codes[1:][hard_after_vowel] = soft[hard_after_vowel]
    # A d before s or after n is silent (after the softening, whose d's count too).
    is_d = codes == _D
    silent = is_d.copy()
    silent[:-1] &= codes[1:] == _S
    silent[-1] = False
    silent[1:] |= is_d[1:] & (codes[:-1] == _N)
    return _runs_as_one(codes[~silent]).tobytes().decode("utf-32-le", "surrogatepass")


def _runs_as_one(codes: np.ndarray) -> np.ndarray:
    """_undoubled on code points: a run of one code point but a newline's as one (a new array)."""
    keep = np.ones(len(codes), dtype=bool)
    keep[1:] = (codes[1:] != codes[:-1]) | (codes[1:] == _NEWLINE)
    return codes[keep]


def _light(word: str) -> str:
    """The word with only its vowels' spelling folded (for short words)."""
    return word.casefold().translate(_VOWELS)


def _base(folded: str) -> str:
    """A folded base form without its final -e, to which the Danish endings are added."""
    return folded[:-1] if folded.endswith("e") else folded


class SpeltAlike:
    """The material's words by skeleton: look a Norwegian or Swedish word up to get Danish ones."""

    def __init__(self, vocabulary: Iterable[str]):
        # (key function, its word -> material words, its stem -> the material's inflected words)
        self._tables = [(key, {}, {}) for key in (_light, skeleton)]
        self._memo: dict[str, tuple[str, ...]] = {}
        for word in sorted({w.casefold() for w in vocabulary if w.isalpha()}):
            for key, exact, inflected in self._tables:
                exact.setdefault(key(word), []).append(word)
                for ending in ENDINGS:
                    if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM - 1:
                        inflected.setdefault(_base(key(word[:-len(ending)])), []).append(word)

    def danish(self, word: str) -> list[str]:
        """The material's words spelt like the word; where none is, its inflections in the material.
        Remembered (bounded): an English compound tries hundreds of part candidates, the same ones
        question after question, and folding a word's spelling takes a dozen regex passes."""
        found = self._memo.get(word)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[word] = tuple(self._danish(word))
        return list(found)

    def danish_many(self, words: list[str]) -> list[tuple[str, ...]]:
        """danish() of each word (as tuples), the skeletons of the words not remembered folded in
        one pass (skeletons): an English phrase's candidate compounds are hundreds of new words."""
        memo = self._memo
        new = [w for w in dict.fromkeys(words) if w not in memo and len(w) >= MIN_FOLDED and w.isalpha()]
        if new:
            if len(memo) + len(new) >= MEMO_SIZE:
                memo.clear()
            _, exact, inflected = self._tables[True]
            for word, folded in zip(new, skeletons(new)):
                # _found, with its commonest case first: a skeleton none of the material's words has.
                memo[word] = tuple(self._found(folded, exact, inflected)) \
                    if folded in exact or _base(folded) in inflected else ()
        # get, not `in` and [ ]: another thread may clear the memo in between.
        return [found if (found := memo.get(w)) is not None else tuple(self.danish(w)) for w in words]

    def _danish(self, word: str) -> list[str]:
        if " " in word or not word.isalpha():
            return []
        key, exact, inflected = self._tables[len(word) >= MIN_FOLDED]
        return self._found(key(word), exact, inflected)

    @staticmethod
    def _found(folded: str, exact: dict[str, list[str]], inflected: dict[str, list[str]]) -> list[str]:
        if folded in exact or len(_base(folded)) < MIN_STEM - 1:
            return list(exact.get(folded, []))
        return list(dict.fromkeys(inflected.get(_base(folded), [])))
