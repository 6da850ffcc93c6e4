"""English mapped to Danish, remembered per material: a question's words once, a word or phrase once.

An English question's words were translated three times per question (to read it, to find the
things it asks about, to check that a passage holds them), and every pair of its words was tried
as a Danish compound each time: hundreds of candidate compounds, each stemmed and folded. The
translator below keeps, per material, the last questions' translations and every word's and
phrase's lookup (both bounded, started afresh when full, like the mapper's own word memo): the
words of a question are translated once, and a word asked before costs one dictionary lookup.
Everything it remembers is a pure function of the words and the material, so the answers are
the same (tests/language/test_english_memo.py; tests/answer/test_answers_unchanged.py).
"""
from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable, Sequence

import Stemmer

from .analysis import DANISH_STOPWORDS, Analyzer
from .compound_beginnings import _UNACCENTED, LETTERS, CompoundBeginnings
from .compound_beginnings import ACCENTED as ACCENTED  # the accented letters, for readers
from .compound_beginnings import unaccented as _unaccented
from .english import SOURCES, EnglishToDanish, Translation
from .word_runs import ascii_fold

# Questions' word lists whose translations are kept: a question's readers ask within milliseconds,
# several threads answer at once, and a follow-up's earlier questions are translated again.
TRANSLATIONS_MEMO_SIZE = 256
# English words and phrases whose lookups are kept (~0.3 KB each with their key: ~2.5 MB at most).
LOOKUP_MEMO_SIZE = 8192
# Candidate compounds known to find nothing (~0.1 KB each with its set slot: ~3 MB at most). Of an
# English question's ~160 candidates nearly none is the material's, and ~40 % were tried before by
# another word or question with the same parts ("happen" in "happened" and "happens").
REJECTED_MEMO_SIZE = 32_768
# Candidate compounds are stemmed many at once by a stemmer of their own (one per thread, as
# PyStemmer's instances keep state) without PyStemmer's cache: they are new words, and the cache's
# upkeep cost more than the stemming (~1.2 µs a word of ~1.6).
_CANDIDATES = threading.local()


class RememberingEnglishToDanish(EnglishToDanish):
    """EnglishToDanish that remembers its translations and lookups (see the module's text)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._translations: dict[tuple[str, ...], tuple[Translation, ...]] = {}
        self._lookups: dict[tuple, Translation | None] = {}
        self._rejected: set[str] = set()
        # A compound's parts' dictionary words (and an adjective's nouns' words, from WordNet), by
        # English form: every pair of an English question's words asks for both parts' words, so a
        # word is asked once per phrase it is in, and again in the next question.
        plain_part_words = self._part_words
        part_words: dict[str, tuple[str, ...]] = {}

        def remembered_part_words(form: str) -> tuple[str, ...]:
            found = part_words.get(form)
            if found is None:
                found = _bounded(part_words, LOOKUP_MEMO_SIZE)[form] = tuple(plain_part_words(form))
            return found

        self._part_words = remembered_part_words
        # The analyser's stopwords of passages, æ/ø/å folded too (those it gives no term), known
        # when the material is loaded, not in a visitor's first English question (_stems_of).
        self._dropped = frozenset(w for s in DANISH_STOPWORDS for w in (s, ascii_fold(s))
                                  if not self.analyzer.document_term(w))
        # An English phrase's candidate compounds whose beginning no material word can start are not
        # looked up; one the material holds, one remembered or a stopword is (compound_beginnings.py).
        # Only for the analyser whose stems _plain_stems takes (Snowball's Danish on folded words).
        memo, material, dropped = self._in_material_memo, self.words, self._dropped
        self._beginnings: CompoundBeginnings | None = None
        if _plain(self.analyzer):
            self._beginnings = CompoundBeginnings(self.words, self._stems, lambda words: not (
                material.isdisjoint(words) and memo.keys().isdisjoint(words) and dropped.isdisjoint(words)))
            self._compound_words = self._beginnings.candidates

    def prepare(self) -> None:
        """Build now what a first English question would otherwise build: the material's skeletons
        that candidate compounds are tried against (~0.2 s at 10,000 passages, benchmarks.md)."""
        if self._beginnings is not None:
            self._beginnings.prepare()

    def translate(self, words: Sequence[str]) -> list[Translation]:
        key = tuple(words)
        found = self._translations.get(key)
        if found is None:
            found = tuple(super().translate(words))
            _bounded(self._translations, TRANSLATIONS_MEMO_SIZE)[key] = found
        return list(found)

    def lookup(self, english: str, forms: Sequence[str],
               sources: Sequence[str] = SOURCES, use: str = "") -> Translation | None:
        key = (english, tuple(forms), tuple(sources), use)
        memo = self._lookups
        if key in memo:
            return memo[key]
        found = super().lookup(english, forms, sources, use)
        _bounded(memo, LOOKUP_MEMO_SIZE)[key] = found
        return found

    def _found(self, candidates: Iterable[str]) -> tuple[str, ...]:
        # Nine in ten calls on new questions ask about no word (a source holds none of the form).
        return super()._found(candidates) if candidates else ()

    def _alike_found(self, candidates: Iterable[str]) -> tuple[str, ...]:
        # An English phrase's candidate compounds (every Danish word of one part joined to every
        # one of the other's) are hundreds of words, nearly all new and nearly none the material's:
        # those neither spelt like a material word nor possibly in it add nothing and are left out
        # before the full lookup, their skeletons folded in one pass (~2 µs each instead of ~20).
        # Their stems are taken in one call of the stemmer (_may_be_in_material_many).
        # A candidate found to be neither before is left out at once: both tests are pure functions
        # of the word and the material, so it would be left out again.
        rejected = self._rejected
        candidates = [c for c in candidates if c not in rejected]
        spelt = self._neighbours.spelt_many(candidates)
        possible = self._may_be_in_material_many(candidates)
        kept: list[str] = []
        nothing: list[str] = []
        for candidate, alike, may in zip(candidates, spelt, possible):
            (kept if alike or may else nothing).append(candidate)
        if len(rejected) + len(nothing) > REJECTED_MEMO_SIZE:
            rejected.clear()
        rejected.update(nothing)
        return super()._alike_found(kept)

    def _may_be_in_material(self, danish: str) -> bool:
        """False only where in_material gives None: the word is not the material's, and no stem of
        the material begins with its stem (neither its own stem nor its inflected forms' is there)."""
        known = self._in_material_memo.get(danish, False)
        if known is not False:
            return known is not None
        if danish in self.words:
            return True
        stem = self._stem(danish) if " " not in danish else None
        return bool(stem) and self._begins_a_stem(stem)

    def _begins_a_stem(self, stem: str) -> bool:
        """Whether some stem of the material begins with this one (the sorted stems, bisected)."""
        stems = self._stems
        i = bisect_left(stems, stem)
        return i < len(stems) and stems[i].startswith(stem)

    def _may_be_in_material_many(self, candidates: Sequence[str]) -> list[bool]:
        """_may_be_in_material of each candidate, their stems taken at once (_stems_of)."""
        memo, material = self._in_material_memo, self.words
        # The commonest case at once: no candidate remembered, none the material's, none a phrase.
        if material.isdisjoint(candidates) and memo.keys().isdisjoint(candidates) \
                and " " not in "".join(candidates):
            # _begins_a_stem, written out: one method call less for each of ~100 candidates.
            stems, n = self._stems, len(self._stems)
            return [bool(stem) and (i := bisect_left(stems, stem)) < n and stems[i].startswith(stem)
                    for stem in self._stems_of(candidates)]
        out: list[bool] = []
        unknown: list[int] = []
        for candidate in candidates:
            known = memo.get(candidate, False)
            if known is not False:
                out.append(known is not None)
            else:
                if candidate not in material and " " not in candidate:
                    unknown.append(len(out))
                out.append(candidate in material)
        for i, stem in zip(unknown, self._stems_of([candidates[i] for i in unknown])):
            if stem:
                out[i] = self._begins_a_stem(stem)
        return out

    def _stems_of(self, words: Sequence[str]) -> list[str | None]:
        """_stem of each word; the words _stem takes without the analyser's normalisation are
        stemmed in one call (the rest one by one, as _stem does)."""
        analyzer = self.analyzer
        out: list[str | None] = []
        plain: list[int] = []
        forms: list[str] = []
        if not (analyzer.stem and analyzer.stopwords):
            return [self._stem(w) for w in words]
        stemmer = getattr(_CANDIDATES, "stemmer", None) or _new_stemmer()
        danish = _plain(analyzer)
        # The commonest case at once: every word of lower-case letters (ASCII, or Danish and
        # accented ones to fold), checked and folded as one string.
        joined = "".join(words)
        if all(words) and not joined.strip(LETTERS):
            if joined.isascii():
                return self._plain_stems(words, stemmer)
            if danish:
                return self._plain_stems(_unaccented(ascii_fold("\n".join(words))).split("\n"), stemmer)
        for word in words:
            if word.isascii() and word.isalpha() and word.islower():
                form = word
            elif danish and word and not word.strip(LETTERS):
                form = ascii_fold(word).translate(_UNACCENTED)
            else:
                out.append(self._stem(word))
                continue
            plain.append(len(out))
            forms.append(form)
            out.append(None)
        dropped = self._dropped
        for i, form, stem in zip(plain, forms, stemmer.stemWords(forms)):
            # The analyser drops stopwords and takes -ede's -ed off too (analysis._past_tense): for
            # those words its own answer is asked.
            if form in dropped or (stem.endswith("ed") and form.endswith(("ede", "edes"))):
                out[i] = analyzer.document_term(form) or None
            else:
                out[i] = stem or None
        return out

    def _plain_stems(self, forms: Sequence[str], stemmer: Stemmer.Stemmer) -> list[str | None]:
        """_stems_of words whose analysed forms are these lower-case ASCII words (nearly every
        candidate compound); only the few a stopword or -ede concerns are looked at one by one."""
        stems = stemmer.stemWords(forms)
        out: list[str | None] = [stem or None for stem in stems]
        dropped = self._dropped
        asked = [i for i, form in enumerate(forms) if form in dropped] if not dropped.isdisjoint(forms) else []
        if "ed\n" in "\n".join(stems) + "\n":
            asked += [i for i, stem in enumerate(stems) if stem.endswith("ed") and forms[i].endswith(("ede", "edes"))]
        for i in sorted(set(asked)):  # in the words' order, as _stems_of's loop asks
            # As _stems_of's loop: the analyser drops stopwords and takes -ede's -ed off too.
            out[i] = self.analyzer.document_term(forms[i]) or None
        return out

    def _stem(self, word: str) -> str | None:
        # A lower-case ASCII word is its own single analysed word (no normalisation, case folding
        # or splitting changes it), so its term is the word's term: most candidate compounds are
        # such words, seen once, and their terms need not fill the analyser's memo either.
        if word.isascii() and word.isalpha() and word.islower():
            return self.analyzer.document_term(word) or None
        # So is a lower-case word of Danish letters once æ/ø/å are folded and accents stripped, as
        # the analyser does (NFC and NFKC leave these letters as they are): a compound of Danish or
        # Swedish parts ("grønvand", "stadsförlora"), a quarter of them with ä or ö.
        analyzer = self.analyzer
        if not word.strip(LETTERS) and analyzer.ascii_fold and analyzer.strip_accents \
                and analyzer.unicode_form in ("NFC", "NFKC"):
            return analyzer.document_term(ascii_fold(word).translate(_UNACCENTED)) or None
        return super()._stem(word)


def _plain(analyzer: Analyzer) -> bool:
    """Whether the analyser stems a word of LETTERS as Snowball's Danish stems it with æ/ø/å folded
    and accents stripped (stopwords and -ede asked of the analyser)."""
    return bool(analyzer.stem and analyzer.stopwords and analyzer.ascii_fold and analyzer.strip_accents
                and analyzer.unicode_form in ("NFC", "NFKC"))


def _new_stemmer() -> Stemmer.Stemmer:
    stemmer = _CANDIDATES.stemmer = Stemmer.Stemmer("danish", 0)
    return stemmer


def _bounded(memo: dict, size: int) -> dict:
    if len(memo) >= size:
        memo.clear()
    return memo
