"""Lemmas (simplemma's Danish data) to tell apart two words the stemmer gives one stem.

Snowball cuts "grundlagt" (of "grundlægge") and the noun "grundlag" to one stem, and "sidder" (of
"sidde") and "siden" too, so a question about when something was "grundlagt" finds "et solidt
grundlag for debatten" and nothing that says "startede". Two words of one stem are the same word
where their dictionary forms are one word's forms: equal, or one the other's start ("start" /
"starte", "svar" / "svare", the verb of a noun). Where none of the material's words of a stem is
so related to the asking word, the shared stem is a collision, not the same word.
"""
from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable
from functools import lru_cache, partial

from . import table_cache
from .analysis import Analyzer, surface_words
from .lemma_blocks import DECODED_BLOCKS as DECODED_BLOCKS  # the bound, for readers
from .lemma_blocks import decoded_blocks, key_hashes

LANGUAGE = "da"
# The lemma of a word the lemmatiser does not know: related to every word (nothing to tell apart).
UNKNOWN = ""


@lru_cache(maxsize=1)
def _factory():
    # Every lookup uses the low-memory backend (the front-coded table read in place): 11 MB instead
    # of 100 MB. Indexing its blocks takes 0.6 s a language: kept in the table cache (table_cache.py).
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamDictionaryFactory

    class CachedStreams(StreamDictionaryFactory):
        __slots__ = ()

        def _get_dictionary_uncached(self, lang: str):
            build = partial(StreamDictionaryFactory._get_dictionary_uncached, self, lang)
            stream = table_cache.cached(f"simplemma-{lang}", build, packages=["simplemma"], parts=[lang])
            return decoded_blocks(stream, decode=lang == LANGUAGE)

    return CachedStreams()


def pin_capitalised() -> None:
    """Decode the Danish and English tables' blocks of capitalised keys now, at load: the
    lemmatiser asks each word it does not know again capitalised (lemma_blocks.py)."""
    for lang in (LANGUAGE, "en"):
        _factory().get_dictionary(lang).pin_capitalised()


def filter_unknown() -> None:
    """Give the Danish and English tables their keys' hashes now, at load (lemma_blocks.key_hashes,
    built once per machine in the table cache): a word the table lacks is then answered without
    reading its block."""
    for lang in (LANGUAGE, "en"):
        table = _factory().get_dictionary(lang)
        table.filter_unknown(table_cache.cached(f"simplemma-keys-{lang}", partial(key_hashes, table.stream),
                                                packages=["simplemma"], parts=[lang]))


@lru_cache(maxsize=1)
def lemmatizer():
    """simplemma's lemmatiser as `simplemma.lemmatize(..., low_memory=True)` has it, on the cached
    tables (imported on first use)."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(greedy=False, dictionary_factory=_factory()))


@lru_cache(maxsize=1)
def _dictionary():
    # The lookup `simplemma.is_known` makes, on the same shared low-memory table: a lookup scans a
    # block of the front-coded table (~0.1 ms), so a new word is looked up once, not once by
    # `is_known` and again by `lemmatize` (half of a first question's extra time went there).
    from simplemma.strategies import DictionaryLookupStrategy
    return DictionaryLookupStrategy(_factory())


@lru_cache(maxsize=65536)
def _known_lemma(word: str) -> str | None:
    token = unicodedata.normalize("NFC", word.casefold())
    found = _dictionary().get_lemma(token, LANGUAGE)
    if found is None:
        return None
    if token.isnumeric() or "'" in token or "\u2019" in token:
        # `lemmatize` answers these before its dictionary lookup (a number is its own lemma; an
        # apostrophe may split the word): asked as it asks.
        return lemmatizer().lemmatize(token, lang=LANGUAGE).casefold()
    # For any other word `lemmatize`'s first step is this same lookup, and a found lemma ends it.
    return found.casefold()


def lemma_of(word: str) -> str | None:
    """The word's dictionary form (case-folded); None for a word the lemmatiser does not know (a
    typo, a word typed without æ/ø/å, a name)."""
    return _known_lemma(word)


def related(a: str, b: str) -> bool:
    """Whether two lemmas are one word's: equal, or one the start of the other."""
    return a.startswith(b) or b.startswith(a)


class MaterialLemmas:
    """Stem -> the lemmas of the material's words with that stem (UNKNOWN for a word the
    lemmatiser does not know), looked up when a question asks about the stem: a lookup in the
    lemmatiser's low-memory table costs about 0.1 ms, too much for every word of a large material
    at load."""

    def __init__(self, analyzer: Analyzer, words: Iterable[str]):
        self._words: dict[str, list[str]] = {}
        for word in words:
            terms = analyzer.document_terms(word)
            if len(terms) == 1:
                self._words.setdefault(terms[0], []).append(word)
        self._lemmas: dict[str, frozenset[str]] = {}

    def any_related(self, term: str, asked: frozenset[str]) -> bool | None:
        """Whether a material word of `term` has a lemma `related` to one of `asked` (None where the
        material lacks the term). A word is looked up only while none before it was related: the
        first is mostly the asked word itself, whose lemma the everyday words have already."""
        found = self._lemmas.get(term)
        if found is not None:
            return any(related(a, h) for a in asked for h in found)
        words = self._words.get(term)
        if words is None:
            return None
        held = []
        for word in words:
            lemma = lemma_of(word)
            held.append(UNKNOWN if lemma is None else lemma)
            if any(related(a, held[-1]) for a in asked):
                return True
        self._lemmas[term] = frozenset(held)   # all looked up: kept for the stem's next question
        return False

    def words_of(self, term: str) -> tuple[str, ...]:
        """The material's words of `term` as written (empty where the material lacks it)."""
        return tuple(self._words.get(term, ()))

    def lemmas_of(self, term: str) -> frozenset[str]:
        """The lemmas of all the material's words of `term` (empty where the material lacks it)."""
        found = self._lemmas.get(term)
        if found is None and term in self._words:
            found = self._lemmas[term] = frozenset(UNKNOWN if (lemma := lemma_of(w)) is None else lemma
                                                   for w in self._words[term])
        return found or frozenset()


def collides(term: str, lemmas: Iterable[str], material: MaterialLemmas) -> bool:
    """Whether the material's words of `term` are all other words than those with `lemmas`.

    False where the material lacks the term, or no lemma is asked about, or the material has a word
    of the term the lemmatiser does not know: only what both sides know is told apart.
    """
    asked = frozenset(lemmas)
    if not asked:
        return False   # before the material's lemmas, which may cost lookups in the lemmatiser
    return material.any_related(term, asked) is False


@lru_cache(maxsize=65536)
def question_word(analyzer: Analyzer, word: str) -> tuple[str | None, tuple[str, ...]]:
    """A question word's lemma (lemma_of) and query terms, looked up once: question words repeat
    (Zipf), and the lemmas and each word's general rarity (background.py) both want its terms."""
    return lemma_of(word), tuple(analyzer.query_terms(word))


def asked_lemmas(analyzer: Analyzer, question: str) -> dict[str, set[str]]:
    """Query term -> the lemmas of the question's words with that term; a term with a word the
    lemmatiser does not know (a typo, a name) is left out: there is nothing to tell apart."""
    out: dict[str, set[str]] = {}
    unknown: set[str] = set()
    for word in surface_words(question):
        found, terms = question_word(analyzer, word)
        for term in terms:
            if found is None:
                unknown.add(term)
            else:
                out.setdefault(term, set()).add(found)
    return {term: lemmas for term, lemmas in out.items() if term not in unknown}


def same_words(terms: list[str], term: str, known: set[str] | None,
               material: MaterialLemmas) -> list[str]:
    """A query term's expansions less those the material holds only as other words (see
    collides); a compound part or extension of the term is kept. `known`: the lemmas of the
    question's words of the term, None where the lemmatiser does not know one."""
    if not known:
        return terms
    # The compound test first: it spares collides' lookups of the material's lemmas (a part whose
    # words as written are in the asked word needs none).
    return [m for m in terms
            if (m != term and (term in m or (m in term and whole_part(m, term, known, material))))
            or not collides(m, known, material)]


def whole_part(part: str, term: str, lemmas: Iterable[str], material: MaterialLemmas) -> bool:
    """Whether a material stem inside a question word's stem `term` is a part of it, not a stem cut
    into its root: one of the material's words of `part`, as written or as its lemma, is in one of the
    question word's `lemmas` ("medlem" in "bestyrelsesmedlem", "træ" in "bytræ"), or the rest of the
    word is a word of its own ("sær|skilt"), where "formu" of "formue" leaves "lar" of "formular", or
    it ends the word: its head ("aller|først", whose lemma "allerførst" holds no "første"). A stem cut
    into a root is the root's start. True where the lemmatiser does not know a material word."""
    if term.endswith(part):
        return True
    # The words as written first: a compound's part mostly is one, and costs no lookup in the lemmatiser.
    if any(word.casefold() in lemma for lemma in lemmas for word in material.words_of(part)):
        return True
    held = material.lemmas_of(part)
    if not held or UNKNOWN in held or any(word in lemma for lemma in lemmas for word in held):
        return True
    rest = term.replace(part, "", 1)
    return len(rest) >= 3 and lemma_of(rest) is not None


def without_collisions(terms: frozenset[str], lemmas: frozenset[str],
                       material: MaterialLemmas) -> frozenset[str]:
    """A synonym set's terms less those whose words in the material are other words: "stiftet"'s
    set holds "grundlagt", whose stem the noun "grundlag" has too."""
    return frozenset(t for t in terms if not collides(t, lemmas, material))


# How many letters two stems of one word may differ by: Snowball takes "-en" off "dagsorden" but
# not off "dagsordenen" (one more ending), so one lemma's forms fall a short ending apart.
STEM_SLACK = 3
STEMS_SCANNED = 256


def one_lemma_stems(term: str, lemmas: Iterable[str] | None, vocabulary: tuple[str, ...],
                    material: MaterialLemmas) -> list[str]:
    """The material's other stems of the asked word: stems a short ending longer or shorter than
    `term` whose words in the material have one of the question word's `lemmas` ("dagsorden" ->
    "dagsord", "dagsordenen" -> "dagsorden", both of the lemma "dagsorden"). `vocabulary` is sorted."""
    asked = frozenset(lemmas or ())
    if not asked:
        return []
    longer = []
    start = bisect.bisect_right(vocabulary, term)
    # The term's compounds sort among its longer stems; a short stem may have many of them.
    for candidate in vocabulary[start:start + STEMS_SCANNED]:
        if not candidate.startswith(term):
            break
        if len(candidate) - len(term) <= STEM_SLACK:
            longer.append(candidate)
    shorter = [term[:-n] for n in range(1, STEM_SLACK + 1) if len(term) - n >= 3]
    return [t for t in (*shorter, *longer) if asked & material.lemmas_of(t)]
