"""Beginnings of a candidate compound no word of the material can start: their candidates left untried.

An English phrase's candidate compounds (every Danish word of one part, a link, and every word of the
other: english_compounds.py) are hundreds of new words per question, and nearly every one is
stemmed and folded to its Scandinavian skeleton only to be found in no form of the material
(english_memo.py keeps one if it is spelt like a material word, or if its stem begins one of the
material's stems). Both tests can be decided for all candidates of one beginning (a left part and
its link, "politisks") at once, and for most beginnings they fail:

- The skeleton of a word that starts with the beginning starts with the skeleton of the beginning
  up to its last letter that no following letter or word end can change (a letter outside
  CHANGEABLE_ENDS; skeleton's other folds look only behind a letter, or fold a run of one letter
  to one). A skeleton the material has (or its base, without a final -e) then starts with it too.
- Danish Snowball stems (and the analyser's -ede rule) only take letters off a word's end, and keep
  every letter before the last one none of their endings has (FIRM_LETTERS): the stem of a
  candidate whose right part holds one (once æ/ø/å are folded) holds the whole beginning, so one of
  the material's stems begins with the beginning.

A beginning neither can pass has only candidates that find nothing, unless the candidate is a word
of the material, one remembered, or a stopword (asked by the analyser): those are kept, and so is
a candidate shorter than MIN_FOLDED letters (looked up by its vowels alone) or one whose right part
holds no firm letter. The material's skeletons are sorted once per material, the first time a
beginning begins none of its stems (in the warm-up's English questions).
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

from .prefix_runs import has_prefix
from .scandinavian import ENDINGS, MIN_FOLDED, MIN_STEM, skeletons
from .word_runs import ascii_fold

# Lower-case letters whose analysed form is known without the analyser's normalisation: a–z, æ/ø/å
# (folded to ae/oe/aa), and accented letters it strips to their letter (NFD: a–z and one accent).
ACCENTED = "äöüéèáàóòíìúùâêîôûëïç"
LETTERS = "abcdefghijklmnopqrstuvwxyzæøå" + ACCENTED
_UNACCENTED = str.maketrans({c: unicodedata.normalize("NFD", c)[0] for c in ACCENTED})
_ACCENTED_SET = frozenset(ACCENTED)
# Letters whose skeleton a following letter or the word's end can change (scandinavian._FOLDS):
# a (aa -> å, a$ -> e), å and æ/ä (folded to a and e), e (a base drops a final e), c (ck, c before
# e/i/y), p (ph), d (silent before s) and t (softened to d after a vowel, then silent before s);
# accented letters other than ø/ö are left out too, as no fold was written with them in mind.
CHANGEABLE_ENDS = "aåæäecpdt" + ACCENTED.replace("ö", "")
# Letters no ending Snowball's Danish stemmer (or the analyser's -ede rule) takes off has: it only
# ever cuts e, r, n, d, h, t, s, i, g, l, and one of a doubled consonant at the end, whose twin
# stays. A word's stem holds every letter before the last of these.
FIRM_LETTERS = "aouybcfjkmpqvwxz"
_FIRM = frozenset(c for c in LETTERS if not set(ascii_fold(c).translate(_UNACCENTED)).isdisjoint(FIRM_LETTERS))
# Beginnings whose answer is remembered before starting afresh (~0.1 KB each: ~1.6 MB at most).
MEMO_SIZE = 16_384


def unaccented(text: str) -> str:
    """text.translate(_UNACCENTED), by str.replace of the accented letters it holds: on many words
    joined, translate's lookup of every character cost more than the stemming."""
    for letter in _ACCENTED_SET.intersection(text):
        text = text.replace(letter, _UNACCENTED[ord(letter)])
    return text


def material_skeletons(words: Iterable[str]) -> list[str]:
    """Sorted, the skeletons scandinavian.SpeltAlike looks a word of MIN_FOLDED letters up by: each
    material word's, and each base an inflected word's ending leaves (without its final -e)."""
    words = sorted({w.casefold() for w in words if w.isalpha()})
    bases = [w[:-len(e)] for w in words for e in ENDINGS if w.endswith(e) and len(w) - len(e) >= MIN_STEM - 1]
    based = [s[:-1] if s.endswith("e") else s for s in skeletons(bases)] if bases else []
    return sorted({*(skeletons(words) if words else ()), *based})


class CompoundBeginnings:
    """For one material: the candidate compounds worth trying (see the module's text)."""

    def __init__(self, words: Iterable[str], stems: Sequence[str], kept: Callable[[list[str]], bool]):
        """words: the material's words; stems: its stems, sorted; kept: whether any of some
        candidates must be tried whatever their beginning (a material word, remembered, a stopword)."""
        self._words = words
        self._stems = stems
        self._kept = kept
        self._skeletons: list[str] | None = None
        self._memo: dict[str, bool] = {}

    def prepare(self) -> list[str]:
        """The material's skeletons, sorted once (~0.2 s at 10,000 passages): asked at load
        (reading.prepare_reading), not inside the first English question whose candidate reaches them."""
        if self._skeletons is None:
            self._skeletons = material_skeletons(self._words)
        return self._skeletons

    def candidates(self, lefts: Sequence[str], rights: Sequence[str], links: Sequence[str],
                   left: str, right: str) -> list[str]:
        """english_compounds.compound_words' candidates, in its order, less those that find nothing."""
        joinable = self._heads_joinable(lefts, links)
        if all(joinable):
            return [a + link + b for a in lefts for b in rights for link in links if a != left or b != right]
        firm = [not b.strip(LETTERS) and not _FIRM.isdisjoint(b) for b in rights]
        out: list[str] = []
        left_out: list[str] = []
        n = len(links)
        for i, a in enumerate(lefts):
            heads, its_joinable = [a + link for link in links], joinable[i * n:(i + 1) * n]
            pairs = [(b, is_firm) for b, is_firm in zip(rights, firm) if a != left or b != right]
            if all(its_joinable):
                out += [head + b for b, _ in pairs for head in heads]
            elif not any(its_joinable):
                # (a shut left part shuts every link after it: the commonest case, at once)
                if len(a) + min(map(len, rights), default=0) >= MIN_FOLDED:  # every candidate long enough
                    out += [head + b for b, is_firm in pairs if not is_firm for head in heads]
                    left_out += [head + b for b, is_firm in pairs if is_firm for head in heads]
                else:
                    out += [head + b for b, is_firm in pairs for head in heads
                            if not is_firm or len(head) + len(b) < MIN_FOLDED]
                    left_out += [head + b for b, is_firm in pairs if is_firm for head in heads
                                 if len(head) + len(b) >= MIN_FOLDED]
            else:
                for b, is_firm in pairs:
                    for head, may in zip(heads, its_joinable):
                        word = head + b
                        (out if may or not is_firm or len(word) < MIN_FOLDED else left_out).append(word)
        if left_out and self._kept(left_out):
            return [a + link + b for a in lefts for b in rights for link in links if a != left or b != right]
        return out

    def _heads_joinable(self, lefts: Sequence[str], links: Sequence[str]) -> list[bool]:
        """joinable of each left part and link, in that order. A left part no word can start so
        shuts every link after it (its stem and its settled skeleton begin theirs), so only an
        open one's links are asked about."""
        lefts_open = self.joinable(lefts)
        if not any(lefts_open):
            return [False] * (len(lefts) * len(links))
        answers = iter(self.joinable([a + link for a, is_open in zip(lefts, lefts_open) if is_open
                                      for link in links]))
        return [next(answers) if is_open else False for is_open in lefts_open for _ in links]

    def joinable(self, beginnings: Sequence[str]) -> list[bool]:
        """Whether a word that starts so may be spelt like, or stemmed into, a word of the material;
        remembered, the new ones' foldings taken at once."""
        memo = self._memo
        known = {b: found for b in beginnings if (found := memo.get(b)) is not None}
        new = [b for b in dict.fromkeys(beginnings) if b not in known]
        if new:
            settled: dict[str, str] = {}
            stems, n = self._stems, len(self._stems)
            folded = unaccented(ascii_fold("\n".join(new))).split("\n")
            for beginning, fold in zip(new, folded):
                cut = beginning.rstrip(CHANGEABLE_ENDS)
                if not beginning or beginning.strip(LETTERS) or len(cut) < 2 \
                        or ((i := bisect_left(stems, fold)) < n and stems[i].startswith(fold)):
                    known[beginning] = True  # ("h" may begin "hv", which skeleton folds to "v")
                else:
                    settled[beginning] = cut
            if settled:
                material = self.prepare()
                for beginning, skeleton in zip(settled, skeletons(list(settled.values()))):
                    known[beginning] = has_prefix(material, skeleton)
            if len(memo) + len(new) > MEMO_SIZE:
                memo.clear()
            memo.update((b, known[b]) for b in new)
        return [known[b] for b in beginnings]
