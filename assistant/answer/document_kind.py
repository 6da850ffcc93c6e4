"""A question word that names the passage's whole document by its kind, in another word.

A member asks "Hvad siger reglerne om …?" or "Kan man lave om i foreningens love?" of statutes whose
title says "Vedtægter"; the statutes' text never says "regler" or "love", so the question's word was
read as named nowhere (asked_thing) and as lacking from the passage that answers (the model). The
word is the visitor's name for the document itself, as "vedtægterne" is, which every passage of the
document holds through its indexed title.

Here such a word counts as held by a passage whose document's title names its kind with one of the
word's thesaurus synonyms or narrower terms (mythes-da: "vedtægt" is an "(underbegreb)" of "regel"
and a synonym of "lov"). Only the title's kind counts, not a narrower term anywhere in the text: the
thesaurus' narrower terms found in a passage's text say something else as often as the same thing
("magt" → "krone", "salg" → "eksport", "forslag" → "dagsorden"; docs/benchmarks.md, runde
syvogtyve). A name in the title (a run of capitalised words, "Foreningen Grønne Byer", "Om Balance
Danmark") is no kind: the organisation's own name stays its name ("organisationen" is no "forening"),
and a name in the question keeps its veto.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language.derivation import lemmas_of
from ..language.document_titles import title_kinds
from ..language.letter_runs import letter_runs
from ..language.thesaurus import headword_terms, narrower_terms
from ..language.word_runs import ascii_fold

_TITLE_MEMO = "document_kind_titles"
_WORD_MEMO = "document_kind_words"
MEMO_SIZE = 1024


def _kind_terms(index: Index, chunk_id: int) -> frozenset[str]:
    """Index terms of the kind words of the passage's document title (kept per title)."""
    title = index.chunk(chunk_id).title or ""
    return kept(index.memo, _TITLE_MEMO, title,
                lambda: frozenset(t for w in title_kinds(title) for t in index.analyzer.document_terms(w)),
                MEMO_SIZE)


def _said_as(index: Index, word: str) -> frozenset[str]:
    """Index terms of the word's thesaurus synonyms and narrower terms, by its lemmas (one-word ones)."""
    def compute() -> frozenset[str]:
        lemmas = lemmas_of(ascii_fold(word.casefold())) | {word.casefold()}
        synonyms = (headword_terms(index.analyzer, lemma) for lemma in lemmas)
        return frozenset().union(*synonyms, narrower_terms(index.analyzer, lemmas))
    return kept(index.memo, _WORD_MEMO, word.casefold(), compute, MEMO_SIZE)


def question_words(index: Index, question: str, terms: Collection[str],
                   names: Collection[str] = ()) -> dict[str, list[str]]:
    """The question's words (as written) behind each of `terms`, a name's term (`names`) left out."""
    words: dict[str, list[str]] = {}
    for word in letter_runs(question):
        for term in index.analyzer.query_terms(word):
            if term in terms and term not in names:
                words.setdefault(term, []).append(word)
    return words


def held_as_document(index: Index, chunk_id: int | None, question: str, terms: Iterable[str],
                     names: Collection[str] = ()) -> frozenset[str]:
    """The `terms` (query terms the passage lacks) that name the passage's document by its kind: a
    thesaurus synonym or narrower term of the question's word is a kind word of the document's title."""
    terms = list(terms)
    if chunk_id is None or not terms:
        return frozenset()
    kinds = _kind_terms(index, chunk_id)
    if not kinds:
        return frozenset()
    words = question_words(index, question, terms, names)
    return frozenset(t for t, said in words.items() if any(_said_as(index, w) & kinds for w in said))
