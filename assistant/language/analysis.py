"""Danish text analysis: normalise, tokenise (§, numbers), stopwords, æøå spellings, stemming, compounds.

Every step was kept because it helped (or cost nothing) on the NorQuAD retrieval benchmark, or because the
Danish examples in the tests need it; the figures are in benchmarks/README-analysis.md.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field, fields
from functools import partial

import Stemmer

from .related_terms import compound_extensions, compound_parts, near_spellings
from .term_memo import TermMemo
from .word_runs import WORD, ascii_fold, ascii_text, casefold_words, normal_form, normal_forms, word_runs

ANALYZER_VERSION = "3"

# Snowball's Danish stopword list (the one shipped with the Snowball stemmers).
DANISH_STOPWORDS = frozenset("""
ad af aldrig alle alt anden andet andre at bare begge blev blive bliver da de dem den denne der
deres det dette dig din dine disse dit dog du efter eller en end ens er et for fordi fra før
ham han hans har havde have hende hendes her hos hun hvad hvem hver hvilke hvilken hvilket
hvis hvor hvordan hvorfor hvornår i igen ikke ind ingen intet jeg jer jeres jo kan kun kunne
man mange med meget men mig min mine mit mod mon måske ned nej noget nogen nogle nu når og også
om op os over på sammen selv sig sin sine sit skal skulle som sådan thi til ud uden udover
under var ved vi vil ville vor vores være været
""".split())

# Words that only ask or greet, so a question's topic is what remains; passages keep them.
# "hva" and "hvaffor" are how "hvad" / "hvad for" are often typed in chat; "hvad skete der", "fortæl
# om" and "hvor kan jeg læse om" ask for something without naming it.
QUESTION_WORDS = frozenset("""
hvad hva hvem hvornår hvordan hvorfor hvaffor hvafor hvilken hvilke hvilket hvor hvorhenne hvorfra
hvortil hvorledes hvorvidt kan man hej hejsa hallo
ske sker skete sket fortæl fortælle fortæller læse læs må måtte bør burde
""".split())


def _fold_closure(words: frozenset[str]) -> frozenset[str]:
    return words | {ascii_fold(w) for w in words}


_DOCUMENT_STOPWORDS = _fold_closure(DANISH_STOPWORDS)
_QUERY_STOPWORDS = _fold_closure(DANISH_STOPWORDS | QUESTION_WORDS)
_QUESTION_ONLY = _fold_closure(QUESTION_WORDS)

# A § reference: "§ 5", "§5.", "§§ 5", "§ 3a", "§ 3 a" (a spaced letter only a-h: "§ 5 i" is "§5");
# "paragraf 7" says the same in words. "stk. 2" is a subsection.
_SECTION = r"§+\s*(?P<sn>\d+)(?:(?P<sl>[a-zæøå])|\s(?P<ss>[a-h]))?(?![^\W_])"
_PARAGRAPH_WORD = (r"\b(?:paragraf(?:fen|ferne|fer)?|paragraph)\s+(?P<pn>\d+)"
                   r"(?:(?P<pl>[a-zæøå])|\s(?P<ps>[a-h]))?(?![^\W_])")
_SUBSECTION = r"\b(?:stk|stykke)\.?\s*(?P<kn>\d+)(?![^\W_])"
# Danish thousands separator: "2.000" and "1.250.000" are numbers; "1.10.2018" or "19.30" are not.
_THOUSANDS = r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)"
# A digit, full stop, digit: starting the pattern at the literal "." lets the engine jump between
# full stops instead of trying an alternation at every position (10x faster on passages).
_DIGIT_DOT_DIGIT = re.compile(r"\.(?<=\d\.)\d")
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(
    f"(?P<section>{_SECTION})|(?P<paragraph>{_PARAGRAPH_WORD})|(?P<stk>{_SUBSECTION})"
    f"|(?P<number>{_THOUSANDS})|(?P<word>{WORD.pattern})"
)

# "-ede" is only taken off when 4+ letters remain, so "rede", "hoved" and "sted" keep theirs.
MIN_PAST_TENSE_STEM = 4
_VOWELS = frozenset("aeiouyæøå")
# Lower-case letters a word may be made of to be its own one word once æ/ø/å are folded, and the
# normalisation forms that leave them as they are (NFD would take the ring off "å").
_DANISH_LOWER = "abcdefghijklmnopqrstuvwxyzæøå"
_COMPOSED = ("NFC", "NFKC")

VOCABULARY_MEMO_SIZE = 2
# Distinct words whose stems an analyser remembers before starting afresh.
STEM_MEMO_SIZE = 200_000


def _normalize(text: str, form: str) -> str:
    return casefold_words(unicodedata.normalize(form, text))


def normalize(text: str) -> str:
    """Compatibility-normalise (NFKC), drop invisible characters and case-fold, so spellings meet."""
    return _normalize(text, "NFKC")


def _tokens(text: str, references: bool, number_parts: bool = True) -> list[str]:
    """Tokens of normalised text: words and numbers, and "§5" / "§3a" / "stk2" for statute references."""
    if not references or not _maybe_reference(text):
        return word_runs(text)
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "word":
            out.append(m.group())
        elif kind == "section":
            out.append("§" + m["sn"] + (m["sl"] or m["ss"] or ""))
        elif kind == "paragraph":
            out.append("§" + m["pn"] + (m["pl"] or m["ps"] or ""))
        elif kind == "stk":
            out.append("stk" + m["kn"])
        else:
            # Terms get both "2.000" -> 2, 000 (as the question "2 000" gives) and the whole 2000.
            groups = m.group().split(".")
            if number_parts:
                out.extend(groups)
            out.append("".join(groups))
    return out


def _maybe_reference(text: str) -> bool:
    """False for text that cannot hold a reference or a thousands number (substring tests are cheap).

    Every reference has a number, so text without a digit holds none: words like "vækstkommune"
    (its "stk") need no search for them, and ASCII text is ruled out by ten quick scans for a digit.
    """
    # isalpha first (C, no generator): most texts analysed one at a time are single words.
    if text.isascii() and (text.isalpha() or not any(digit in text for digit in "0123456789")):
        return False
    if "." in text and _DIGIT_DOT_DIGIT.search(text) is not None:
        return True
    return ("§" in text or "paragra" in text or "stk" in text or "stykke" in text) \
        and _DIGIT.search(text) is not None


def surface_words(text: str) -> list[str]:
    """Normalised, case-folded words (and §/stk. references) before stopwords, folding and stemming."""
    return _tokens(normalize(text), references=True, number_parts=False)


def _past_tense(stem: str, word: str) -> str:
    """Snowball Danish keeps the "-ed" of "-ede" (skiftede -> skifted, skiftet -> skift); drop it too."""
    if stem.endswith("ed") and word.endswith(("ede", "edes")) and len(stem) - 2 >= MIN_PAST_TENSE_STEM:
        stem = stem[:-2]
        if stem[-1] == stem[-2] and stem[-1] not in _VOWELS:  # oprett -> opret, as Snowball undoubles
            stem = stem[:-1]
    return stem


@dataclass(frozen=True)
class Analyzer:
    """Turns passages and questions into BM25 terms; each field is a step measured in benchmarks/."""

    unicode_form: str = "NFKC"
    references: bool = True       # "§ 5" -> §5, "stk. 2" -> stk2, "2.000" -> 2, 000, 2000
    stopwords: bool = True
    question_words: bool = True   # dropped from queries only
    ascii_fold: bool = True       # æ/ø/å -> ae/oe/aa, before stemming so both spellings stem alike
    strip_accents: bool = True    # é/ü/ç -> e/u/c
    stem: bool = True             # Snowball Danish
    past_tense: bool = True       # and "-ede" past tense as the participle: skiftede ~ skiftet
    compounds: bool = True        # expand_query adds compound parts / compounds the index holds
    near_spelling: bool = True    # expand_query adds the closest index spelling of a word it lacks
    _local: threading.local = field(default_factory=threading.local, init=False, repr=False,
                                    compare=False, hash=False)
    _memo: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)
    # Word -> term memos for passages and for questions (their stopwords differ).
    _stems: TermMemo = field(init=False, repr=False, compare=False, hash=False)
    _query_stems: TermMemo = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_stems", TermMemo(partial(self._term_of, query=False)))
        object.__setattr__(self, "_query_stems", TermMemo(partial(self._term_of, query=True)))

    def _stemmer(self) -> Stemmer.Stemmer:
        # A PyStemmer instance keeps internal state, so each thread (web workers) gets its own.
        # Without PyStemmer's cache: the word memo (term_memo.py) remembers each word's term, so
        # the cache held the same words again, and a new question's words (candidate compounds
        # above all, seen once) only paid for its upkeep: -0.7 % of a new question's instructions,
        # a repeated question's the same (docs/benchmarks.md).
        stemmer = getattr(self._local, "stemmer", None)
        if stemmer is None:
            stemmer = self._local.stemmer = Stemmer.Stemmer("danish", 0)
        return stemmer

    def _stopword_set(self, query: bool) -> frozenset[str]:
        if self.stopwords:
            return _QUERY_STOPWORDS if query and self.question_words else _DOCUMENT_STOPWORDS
        return _QUESTION_ONLY if query and self.question_words else frozenset()

    def words(self, text: str) -> list[str]:
        """The normalised words of a text, before stopwords and stemming (`document_term` takes them on)."""
        if text.isalpha() and text.isascii():
            # A run of ASCII letters (a candidate compound, most question words) is its own one
            # word, lower-cased: every normalisation form, folding and accent step leaves ASCII
            # letters as they are, and it holds no reference or number. Most candidate compounds
            # are such words, analysed once each (phrase_compounds, compound parts).
            return [text.lower()]
        if self.ascii_fold and self.unicode_form in _COMPOSED and text and not text.strip(_DANISH_LOWER):
            # So is a lower-case word of a-z and æ/ø/å (a compound of Danish question words,
            # "mødested"), once æ/ø/å are folded: the composed forms leave these letters as they are.
            return [ascii_fold(text)]
        return _tokens(self._normalized(text), self.references)

    def plain_words(self, texts: list[str]) -> list[str | None]:
        """Each normalised text, if its words (as `words` gives them) are simply its runs of ASCII
        letters and digits: no § reference or thousands number, nothing outside ASCII but
        typographic marks (as spaces); None for the others. A build looks up such texts' words in
        bulk (index/word_table.py)."""
        return [None if self.references and _maybe_reference(text) else ascii_text(text)
                for text in normal_forms(texts, self.unicode_form, self.ascii_fold, self.strip_accents)]

    def _normalized(self, text: str) -> str:
        return normal_form(text, self.unicode_form, self.ascii_fold, self.strip_accents)

    def document_term(self, word: str) -> str:
        """The index term of one of `words`' words in a passage; "" when it is dropped."""
        return self._term_of(word, query=False)

    def _terms(self, text: str, query: bool) -> list[str]:
        # Words repeat a lot (Zipf), and short texts too: the memo (term_memo.py) saves the
        # stopword test and the stemmer for most words, and a short text's splitting into words.
        return self._term_memo(query).terms(text, self.words)

    def _term_memo(self, query: bool) -> TermMemo:
        # One memo for every thread (a dict's reads and writes are atomic, and a word missing
        # because another thread cleared the memo is just analysed again): a memo per thread held
        # the same words once per web thread, up to 16 times over in a gunicorn worker.
        memo = self._query_stems if query else self._stems
        if len(memo) > STEM_MEMO_SIZE:
            memo.clear()
        return memo

    def _term_of(self, word: str, query: bool) -> str:
        """The term of one word, or "" when it is dropped (a stopword)."""
        if word in self._stopword_set(query):
            return ""
        if not self.stem or not word.isalpha():
            return word
        term = self._stemmer().stemWord(word)
        return _past_tense(term, word) if self.past_tense else term

    def document_terms(self, text: str) -> list[str]:
        """Index-time terms of a passage, in text order with repeats (BM25 counts them)."""
        return self._terms(text, query=False)

    def query_terms(self, text: str) -> list[str]:
        """Query-time terms: as for passages, with question words also dropped."""
        return self._terms(text, query=True)

    def candidate_terms(self, text: str, query: bool = True) -> list[str]:
        """The terms of a word form made up to be tried (a compound of two question words, a part
        of one): not remembered, as each is seen once and would push recurring words out of the memo."""
        return [t for w in self.words(text) if (t := self._term_of(w, query))]

    def _vocabulary_set(self, vocabulary) -> frozenset[str]:
        # Keyed on identity (a 300,000-term tuple is too slow to hash per query); keeping the reference
        # makes a recycled id() harmless. Two are kept, for the old and new index during a reload.
        # Threads share the memo: at worst two build the same set at once.
        cached = self._memo.get(id(vocabulary))
        if cached is None or cached[0] is not vocabulary:
            cached = (vocabulary, frozenset(vocabulary))
            while len(self._memo) >= VOCABULARY_MEMO_SIZE:
                self._memo.pop(next(iter(self._memo)), None)
            self._memo[id(vocabulary)] = cached
        return cached[1]

    def expand_query(self, terms: list[str], vocabulary) -> list[str]:
        """Terms plus relatives of those the index lacks: compound parts, compounds, near spellings.

        Only absent terms are expanded: they would score nothing, so adding their parts (or the
        compounds that start with them) can only add; expanding every term cost 5-7 points of
        Recall@1 on NorQuAD.
        """
        if not (self.compounds or self.near_spelling) or not terms or not vocabulary:
            return list(terms)
        known = self._vocabulary_set(vocabulary)
        out = list(terms)
        added = set(terms)
        for term in terms:
            if term in known or not term.isalpha():
                continue
            extra: list[str] = []
            if self.compounds:
                extra = compound_parts(term, known) + compound_extensions(term, vocabulary, known)
            if not extra and self.near_spelling:
                extra = near_spellings(term, vocabulary)
            for relative in extra:
                if relative not in added:  # a repeated query term would count twice in BM25
                    added.add(relative)
                    out.append(relative)
        return out

    def __reduce__(self):
        # The per-thread stemmer and the vocabulary memo are rebuilt, not copied (copy, pickle).
        return type(self), tuple(getattr(self, f.name) for f in fields(self) if f.init)

    def signature(self) -> str:
        """Version and options; an index built with another signature must be rebuilt."""
        options = ",".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self) if f.init)
        return f"danish-{ANALYZER_VERSION}:{options}"


def default_analyzer() -> Analyzer:
    """The shipped analyser (the choice measured in benchmarks/README-analysis.md)."""
    return Analyzer()
