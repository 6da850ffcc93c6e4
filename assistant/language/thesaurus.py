"""Danish synonyms from Debian's mythes-da, the thesaurus LibreOffice ships (Det Danske Synonymordbog).

The MyThes format: the first line names the encoding, then each headword as "word|n" followed by n
meaning lines "|synonym|synonym …". A synonym marked "(underbegreb)" is a narrower term
(medlem → bestyrelsesmedlem); other parenthesised notes ("(daglig tale)") only describe register.
The file is read once, on first use; without the package the service runs with no synonyms.
"""
from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from . import table_cache
from .analysis import Analyzer
from .derivation import SUFFIXES, suffix_roots
from .document_titles import index_kind_terms
from .related_terms import inflected_forms

log = logging.getLogger(__name__)

DEFAULT_PATH = Path("/usr/share/mythes/th_da_DK.dat")
NARROWER = "(underbegreb)"
_NOTE = re.compile(r"\s*\([^)]*\)\s*$")


@dataclass(frozen=True)
class Thesaurus:
    """Headword (case-folded) -> its synonyms and its narrower terms, as the thesaurus lists them.

    Stored as tuples of interned strings: a third of the memory of sets, for 230,000 entries.
    """

    broad: dict[str, tuple[str, ...]] = field(default_factory=dict)
    narrow: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.broad.keys() | self.narrow.keys())

    def synonyms(self, word: str) -> frozenset[str]:
        """Words (and a few phrases) of the same meaning; empty for a word that is no headword."""
        return frozenset(self.broad.get(word.strip().casefold(), ()))

    def narrower(self, word: str) -> frozenset[str]:
        """Narrower terms: kinds of the word (medlem → bestyrelsesmedlem)."""
        return frozenset(self.narrow.get(word.strip().casefold(), ()))


def parse(lines: Iterable[str]) -> Thesaurus:
    """A thesaurus from the lines of a MyThes .dat file after its encoding line."""
    broad: dict[str, set[str]] = {}
    narrow: dict[str, set[str]] = {}
    head = None
    for line in lines:
        line = line.rstrip("\n")
        if not line:
            continue
        if not line.startswith("|"):
            head = line.rsplit("|", 1)[0].strip().casefold()
            continue
        if head is None:
            continue
        # The first field of a meaning line is its part of speech (empty in mythes-da).
        for item in line.split("|")[1:]:
            word = sys.intern(_NOTE.sub("", item).strip().casefold())
            if word and word != head:
                target = narrow if item.rstrip().endswith(NARROWER) else broad
                target.setdefault(head, set()).add(word)
    return Thesaurus(broad={h: tuple(sorted(s)) for h, s in broad.items()},
                     narrow={h: tuple(sorted(s)) for h, s in narrow.items()})


def load(path: Path = DEFAULT_PATH) -> Thesaurus:
    """The thesaurus at path, read once (from the table cache when it holds it); empty (with one log
    line) when it is missing or unreadable."""
    # Always cached under the path: lru_cache keys load() and load(path) apart, so every process
    # read the file twice and held two copies (the gates ask load(), term_table load(path)).
    # A Path is made only for a string: making one costs more than the cached read.
    return _load(path if isinstance(path, Path) else Path(path))


@lru_cache(maxsize=4)
def _load(path: Path) -> Thesaurus:
    try:
        # An unreadable file is not stored: the next process says so in its log too.
        return table_cache.cached("thesaurus", partial(_read, path), sources=[path])
    except (OSError, UnicodeDecodeError, LookupError) as error:
        log.warning("Synonymordbogen %s kunne ikke læses (%s); der bruges ingen synonymer derfra. "
                    "Installér Debian-pakken mythes-da.", path, error)
        return Thesaurus()


load.cache_clear = _load.cache_clear  # type: ignore[attr-defined]
load.cache_info = _load.cache_info  # type: ignore[attr-defined]


def _read(path: Path) -> Thesaurus:
    with open(path, "rb") as raw:
        encoding = raw.readline().decode("ascii").strip() or "utf-8"
    with open(path, encoding=encoding, errors="replace") as text:
        next(text)
        return parse(text)


def synonyms(word: str, path: Path = DEFAULT_PATH) -> set[str]:
    """The word's synonyms in mythes-da (empty when it has none or the package is missing)."""
    return set(load(path).synonyms(word))


def term_table(analyzer: Analyzer, path: Path = DEFAULT_PATH) -> dict[str, frozenset[str]]:
    """Index term of a headword -> index terms of its one-word synonyms, for analysed queries.

    Headwords are base forms ("stifte"); as terms they meet the question's inflections ("stiftet").
    """
    # Always cached under (analyzer, path): lru_cache keys term_table(a) and term_table(a, path)
    # apart, so the table prepared at load was built again by the first question (seconds).
    return _term_table(analyzer, path)


@lru_cache(maxsize=8)
def _term_table(analyzer: Analyzer, path: Path) -> dict[str, frozenset[str]]:
    # The analyzer's settings are part of the key: its terms are the table's. (The file's path is in
    # the key as a source.)
    return table_cache.cached("thesaurus-terms", partial(_build_term_table, analyzer, path),
                              sources=[path], parts=[analyzer])


def _build_term_table(analyzer: Analyzer, path: Path) -> dict[str, frozenset[str]]:
    thesaurus = load(path)
    table: dict[str, set[str]] = {}
    # Every process builds this table before it answers: a word recurs in ~3 entries on average, and
    # analysing each distinct word once makes the build (and so each worker's start) shorter.
    terms_of = lru_cache(maxsize=None)(analyzer.document_terms)
    for head, words in thesaurus.broad.items():
        if " " in head:
            continue
        heads = terms_of(head)
        terms = {t for w in words if " " not in w for t in terms_of(w)}
        for term in heads:
            table.setdefault(term, set()).update(terms - {term})
    return {term: frozenset(others) for term, others in table.items() if others}


def synonym_terms(analyzer: Analyzer, term: str, path: Path = DEFAULT_PATH) -> frozenset[str]:
    """A query term's synonyms as index terms (empty when it has none), like synonyms.synonyms."""
    return term_table(analyzer, path).get(term, frozenset())


@lru_cache(maxsize=4096)
def headword_terms(analyzer: Analyzer, headword: str, path: Path = DEFAULT_PATH) -> frozenset[str]:
    """Index terms of one headword's one-word synonyms: looked up by a question word's lemma
    ("godkendte" -> "godkende"), which its stem may miss ("godkendte" -> "godkend", the headword's
    stem is "godk")."""
    words = load(path).synonyms(headword)
    return frozenset(t for w in words if " " not in w for t in analyzer.document_terms(w))


@lru_cache(maxsize=4096)
def _narrower_terms(analyzer: Analyzer, headword: str, path: Path = DEFAULT_PATH) -> frozenset[str]:
    return frozenset(t for w in load(path).narrower(headword) if " " not in w for t in analyzer.document_terms(w))


def narrower_terms(analyzer: Analyzer, lemmas: Iterable[str]) -> frozenset[str]:
    """Index terms of the one-word narrower terms of the `lemmas` (headwords)."""
    return frozenset().union(*(_narrower_terms(analyzer, lemma) for lemma in lemmas))


def material_stand_ins(index, term: str, lemmas: Iterable[str] = ()) -> frozenset[str]:
    """A query term's thesaurus synonyms (by its term and its `lemmas`) as the material writes them:
    a synonym the material holds only in another word class counts in that class ("regning" →
    "opkrævning", which the statutes write as the verb: "Kontingentet opkræves"). `index` has the
    analyzer and its `term_ids`."""
    analyzer = index.analyzer
    found = synonym_terms(analyzer, term).union(*(headword_terms(analyzer, lemma) for lemma in lemmas)) - {term}
    # A narrower term stands in only where a document's title names its kind by it ("reglerne" for
    # the statutes titled "Vedtægter": "vedtægt" is an "(underbegreb)" of "regel"); a narrower term in
    # the text says something else as often as the same thing (docs/benchmarks.md, runde syvogtyve).
    found |= narrower_terms(analyzer, lemmas) & index_kind_terms(index)
    # Only for a derived noun asked ("regning"), and only its synonyms' roots: a verb's synonyms are
    # many and loose ("holde" → "samling" → "samle"), a verbal noun's name one act.
    known = index.term_ids
    if not term.endswith(SUFFIXES):
        return found
    roots = {root for t in found if t not in known for root in suffix_roots(t)}
    return found | {r for r in roots if r in known} | {f for r in roots for f in inflected_forms(r, known)}
