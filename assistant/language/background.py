"""How ordinary a word is in general Danish, from wordfreq's Danish list (shipped inside the package).

A question word the material lacks says "not answerable" only if it is telling: "gerne" or
"fortælle" are everyday Danish and say nothing about the topic, "risalamande" does. wordfreq gives
each word's frequency in a large mix of Danish text (subtitles, Wikipedia, news, web) on the Zipf
scale: log10 of occurrences per billion words, so 6 is "very common", 3 the rarest word the Danish
list holds, and 0 a word it does not know.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from itertools import product

import wordfreq

from . import table_cache
from .analysis import DANISH_STOPWORDS, Analyzer, surface_words
from .lemmas import question_word
from .word_zipf import frequency_dict, zipf_frequency

LANGUAGE = "da"
# Words at or above this Zipf value count as everyday Danish. The list stops at 3.0; the everyday words start
# at 3.9 ("afleveret"), statute words sit at 3.2-3.4 ("kontingent"), so 3.5 keeps those telling (language_bench.py).
COMMON_ZIPF = 3.5
# Unknown words get the frequency of a word this far below the list's floor: rarer than any listed.
UNKNOWN_ZIPF = 0.0
_ZIPF_PER_BILLION = 9.0
# Typed without Danish letters: each ae/oe/aa may stand for æ/ø/å (or be meant as written).
_ASCII_SPELLING = re.compile("ae|oe|aa")
_DANISH_LETTER = {"ae": "æ", "oe": "ø", "aa": "å"}
# A word with more ae/oe/aa than this is tried only as written and fully converted.
MAX_SPELLING_VARIANTS = 4
# Words outside the vocabulary tables (below) whose values each memo keeps: an entry is at most MEMO_ENTRY_BYTES
# (~180 measured: str key, lru link, dict slot, float; tested): under 5 MB a memo (100,000 held ~26 MB, benchmarks.md).
MEMO_SIZE = 20_000
MEMO_ENTRY_BYTES = 250
# The Zipf value of the commonest words (about 7.5): rarity 0; a word the list lacks: rarity 1.
MAX_ZIPF = 7.5
# A word with a capital first letter after the first word of a sentence is a name in Danish.
_SENTENCE_END = re.compile(r"[.!?:]+\s*")
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W_]+)*")


def danish_spellings(word: str) -> list[str]:
    """The word as written and with its ae/oe/aa read as æ/ø/å ("hjaelpe" -> "hjælpe")."""
    parts = _ASCII_SPELLING.split(word)
    found = _ASCII_SPELLING.findall(word)
    if not found:
        return [word]
    if len(found) > MAX_SPELLING_VARIANTS:
        return [word, _ASCII_SPELLING.sub(lambda m: _DANISH_LETTER[m.group()], word)]
    out = []
    for choice in product((False, True), repeat=len(found)):
        pieces = [parts[0]]
        for pair, danish, rest in zip(found, choice, parts[1:]):
            pieces += [_DANISH_LETTER[pair] if danish else pair, rest]
        out.append("".join(pieces))
    return out


def _zipf(word: str) -> float:
    word = word.strip().casefold()
    if not word:
        return UNKNOWN_ZIPF
    return max(zipf_frequency(w, LANGUAGE) for w in danish_spellings(word))


# wordfreq keeps its own memo of lookups (100,000 by default, cleared whole when full; its module
# setting is read at each lookup). Every lookup here passes the table or a memo above first, so a
# small one is enough: it held ~20 MB of words already held here (docs/benchmarks.md).
WORDFREQ_MEMO_SIZE = 1024
wordfreq.CACHE_SIZE = WORDFREQ_MEMO_SIZE


# Plain lowercase letters: wordfreq reads such a word as itself, one token, so it has a Zipf value only
# if the language's list holds it (for Danish: or one of its ae/oe/aa spellings); most words of a material
# and their parts are in neither. The value of one it holds is read from the list too (word_zipf.py):
# neither needs wordfreq's tokenizer.
_PLAIN = re.compile("[a-zæøå]+")


def _listed_zipf(word: str, lang: str) -> float:
    listed = frequency_dict(lang)   # wordfreq keeps it loaded once read
    spellings = danish_spellings(word) if lang == LANGUAGE else (word,)
    if _PLAIN.fullmatch(word) and not any(s in listed for s in spellings):
        return UNKNOWN_ZIPF
    return _zipf(word) if lang == LANGUAGE else zipf_frequency(word, lang)


_zipf_memo = lru_cache(maxsize=MEMO_SIZE)(partial(_listed_zipf, lang=LANGUAGE))


class VocabularyTable:
    """The Zipf and known-Zipf values of a material's words, computed once when an index is prepared:
    questions ask about the material, so nearly every word they look up is one of its words: one
    table of exactly those words is bounded by the vocabulary, where per-word memos grew with every
    new question word until full (and a first question paid wordfreq's lookups while the visitor
    waited). Values are interned: wordfreq's are rounded to hundredths, so a few hundred floats
    serve every word, and an entry costs its dict slots only (~100 bytes; the keys are the
    material's own strings).
    """

    def __init__(self, words: Iterable[str], count: int = 0):
        self.count = count   # for the everyday words' table: how many of wordfreq's commonest made it
        pool: dict[float, float] = {}
        self.zipf: dict[str, float] = {}
        self.known: dict[str, float] = {}
        for word in words:
            self.zipf[word] = pool.setdefault(value := _listed_zipf(word, LANGUAGE), value)
        # known_zipf tries every split of every word: the parts' values are kept only while the
        # table is built, so they fill no memo.
        parts: dict[str, float] = {}

        def zipf_of(part: str) -> float:
            found = self.zipf.get(part)
            if found is None:
                found = parts.get(part)
                if found is None:
                    found = parts[part] = _listed_zipf(part, LANGUAGE)
            return found

        for word in self.zipf:
            value = _known_zipf(word, zipf_of, partial(_listed_zipf, lang="en"))
            self.known[word] = pool.setdefault(value, value)

    def __len__(self) -> int:
        return len(self.zipf)


_table = VocabularyTable(())
# Everyday Danish words valued once per process: a question's words the material lacks are mostly
# such ("håber"), ~30 µs each in a first question. 10,000 hold 72 % of the dev questions' words.
GENERAL_WORDS = 10_000
_general = VocabularyTable(())


def use_general_words(count: int = GENERAL_WORDS) -> VocabularyTable:
    """The values of the `count` commonest everyday Danish words, kept for the process beside the
    material's table (a value is the same from either); computed once per count."""
    global _general
    if _general.count != count:
        _general = table_cache.cached("general-words", lambda: VocabularyTable((w for w in wordfreq.top_n_list(
            LANGUAGE, count) if w.isalpha()), count), packages=["wordfreq"], parts=[count])
    return _general


def use_vocabulary(words: Iterable[str]) -> VocabularyTable:
    """Compute the values of a material's words (case-folded surface words) and answer from them;
    the previous table is dropped (a value is the same from either, so a reload may swap freely)."""
    global _table
    table = VocabularyTable(words)
    _table = table
    return table


def clear_memos() -> None:
    """Forget the memos of words outside the table (benchmarks measure a first lookup)."""
    _zipf_memo.cache_clear()
    _known_zipf_memo.cache_clear()
    _other_rarity.cache_clear()
    _term_rarity.cache_clear()


def zipf(word: str) -> float:
    """Zipf frequency of a word in general Danish, best of its spellings; 0.0 when unknown."""
    found = _table.zipf.get(word)
    if found is None:
        found = _general.zipf.get(word)
    return _zipf_memo(word) if found is None else found


def general_idf(word: str) -> float:
    """How telling a word is in general Danish: -ln(its share of all words); unknown words highest. On
    the scale of an idf over a billion words: "og" ~ 3.5, "gerne" ~ 7.2, "vedtægter" ~ 12.9, unknown 20.7."""
    return (_ZIPF_PER_BILLION - zipf(word)) * math.log(10)


def is_common(word: str, threshold: float = COMMON_ZIPF) -> bool:
    """Whether a word is everyday Danish (Zipf at or above the threshold), whatever its case."""
    return zipf(word) >= threshold


def names_in(text: str) -> list[str]:
    """Words written with a capital letter inside a sentence: names, in the order they occur. Danish
    capitalises only names, so "Superligaen" in "Hvem vandt Superligaen?" is one however often it occurs
    in general Danish. Pronouns written with a capital ("I", "De") are not names, nor is a text in capitals."""
    if text.isupper():
        return []
    names = []
    for sentence in _SENTENCE_END.split(text):
        words = _WORD.findall(sentence)
        names += [w for w in words[1:]
                  if w[0].isupper() and w.casefold() not in DANISH_STOPWORDS]
    return names


def uncommon_words(text: str, threshold: float = COMMON_ZIPF) -> list[str]:
    """The text's words (case-folded) that are names or not everyday Danish, in text order."""
    names = {n.casefold() for n in names_in(text)}
    out: list[str] = []
    for word in _WORD.findall(text):
        word = word.casefold()
        if (word in names or not is_common(word, threshold)) and word not in out:
            out.append(word)
    return out


def rarity_of(zipf_value: float) -> float:
    """A Zipf value as rarity: 0 for the commonest words, 1 for a word the lists do not know."""
    return min(1.0, max(0.0, (MAX_ZIPF - zipf_value) / MAX_ZIPF))


def general_rarity(word: str, lang: str = LANGUAGE) -> float:
    """How telling a word is in general language, 0 (very common) to 1 (unseen).

    Danish words are read with their ae/oe/aa spellings (zipf above); another language (NorQuAD's
    Norwegian, for training) straight from wordfreq.
    """
    return rarity_of(zipf(word)) if lang == LANGUAGE else _other_rarity(word, lang)


@lru_cache(maxsize=MEMO_SIZE)
def _other_rarity(word: str, lang: str) -> float:
    return rarity_of(wordfreq.zipf_frequency(word, lang))


def term_rarity(analyzer: Analyzer, question: str, lang: str = LANGUAGE) -> dict[str, float]:
    """Each query term's general-language rarity: that of the rarest question word giving the term."""
    return dict(_term_rarity(analyzer, question, lang))  # a copy: the memo's stays as it was


@lru_cache(maxsize=16)  # the search, the ranking and the decision each ask it of one question
def _term_rarity(analyzer: Analyzer, question: str, lang: str) -> dict[str, float]:
    rarity: dict[str, float] = {}
    for word in surface_words(question):
        for term in _word_terms(analyzer, word, lang):
            value = general_rarity(word, lang) if word.isalpha() else 1.0
            rarity[term] = max(rarity.get(term, 0.0), value)
    return rarity


def _word_terms(analyzer: Analyzer, word: str, lang: str = LANGUAGE) -> tuple[str, ...] | list[str]:
    # From the memo of a Danish word's lemma: one analysis per word, not one per caller.
    return question_word(analyzer, word)[1] if lang == LANGUAGE else analyzer.query_terms(word)


# A compound's parts must be words of at least this many letters and this common to count.
MIN_COMPOUND_PART = 3
KNOWN_PART_ZIPF = 3.0


def known_zipf(word: str) -> float:
    """How known a word is, as a compound or an English word too: wordfreq lists few compounds
    ("erhvervsbygninger" is unknown, "erhverv" and "bygninger" are not), and an English question's
    words the material lacks stay English. The lesser part's Zipf value stands for a compound."""
    found = _table.known.get(word)
    if found is None:
        found = _general.known.get(word)
    return _known_zipf_memo(word) if found is None else found


def _known_zipf(word: str, zipf_of: Callable[[str], float], english_zipf: Callable[[str], float]) -> float:
    word = word.casefold()
    best = max(zipf_of(word), english_zipf(word))
    for i in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
        right = zipf_of(word[i:])
        if right < KNOWN_PART_ZIPF:
            continue   # the lesser part stands for the compound: no left part can make it count
        left = word[:i]
        lefts = [left, left[:-1]] if left[-1:] in ("s", "e") and len(left) > MIN_COMPOUND_PART else [left]
        part = min(max(zipf_of(x) for x in lefts), right)
        if part >= KNOWN_PART_ZIPF:
            best = max(best, part)
    return best


def _part_zipf(part: str) -> float:
    # A part of a word outside the table: read cheaply and not kept (most parts are no word at all,
    # and keeping them filled the memo with every split of every question word).
    found = _table.zipf.get(part)
    return _listed_zipf(part, LANGUAGE) if found is None else found


_known_zipf_memo = lru_cache(maxsize=MEMO_SIZE)(
    partial(_known_zipf, zipf_of=_part_zipf, english_zipf=partial(_listed_zipf, lang="en")))


def unknown_term_rarity(analyzer: Analyzer, question: str) -> dict[str, float]:
    """Each query term's rarity as a word no reader would know: 1 for "risalamande", lower for a
    compound of known words or an English word (the gate on absent rare words, answerability)."""
    rarity: dict[str, float] = {}
    for word in surface_words(question):
        for term in _word_terms(analyzer, word):
            value = rarity_of(known_zipf(word)) if word.isalpha() else 1.0
            rarity[term] = max(rarity.get(term, 0.0), value)
    return rarity
