"""The kind a sentence gives a name by the noun before it: "bevægelsen Oprør fra Udkanten", "foreningen
Staten i hele Danmark", "under navnet Danmark på Vippen".

The kind gate (gate_kind.py) answers a which-question about a kind the material lacks only from a
passage that names someone. "Hvilken minister har I holdt møde med …?" was answered from "I 2017 blev
bevægelsen Oprør fra Udkanten en del af Danmark på Vippen …": a name, but of a movement, as the sentence
says, and "Danmark på Vippen" is the movement's name ("under navnet Danmark på Vippen", in the passage
before). A name whose kind the material gives names no member of another kind. The kinds are the same where
the words are (their lemmas), where the thesaurus lists one among the other's synonyms or narrower
terms, or where an English kind translates to the Danish one. A name with no noun before it ("Bag
initiativet stod Danske Andelskassers Bank, Jøp, …") may be of any kind.

A name runs over small words between its capitalised ones ("Oprør fra Udkanten", "Staten i hele
Danmark"): the noun before its first word types all of it. With no noun before it anywhere, a name of
several words whose first is a common noun in the definite form, before a small word, is of that kind
("Fonden for Bynatur").
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language import dictd, thesaurus
from ..language.analysis import DANISH_STOPWORDS
from ..language.lemmas import lemma_of
from .head_compounds import postings
from .word_class import THING, adjective, word_class

_WORD = re.compile(r"[^\W\d_][^\W_]*")
# Passages read for a name's kind (a name in most passages of a large material would otherwise cost one
# question a read of them all), and names judged, kept per index.
NAME_SCAN = 200
NAME_KIND_MEMO = 4096
# The endings of a noun's definite form ("fonden", "staten", "udvalget").
_DEFINITE = frozenset(("en", "n", "et", "t"))


def typed_otherwise(index: Index, sentence: str, start: int, kind: str, english: bool) -> bool:
    """Whether the material gives the name whose word begins at `start` of the sentence a kind other
    than `kind` (a Danish word, or an English one for an English question) by a noun before it, in this
    sentence or where a passage says the same name: see the module's docstring."""
    first = _name_start(sentence, start)
    name = sentence[first:_name_end(sentence, start)]
    noun = noun_before(sentence, first) or _material_kind(index, name) or _own_kind(name)
    return bool(noun) and not _same_kind(noun, kind, english)


def _own_kind(name: str) -> str:
    """The kind a name of several words gives itself by a common noun in the definite form first, before
    a small word ("Fonden for Bynatur": "fond"), or "". Followed by another capitalised word, the noun
    may be a part of the name before its head ("Sparekassen Vest Bank" is a bank, a company)."""
    words = _WORD.findall(name)
    head = words[0].casefold() if len(words) > 2 and words[1] in DANISH_STOPWORDS else ""
    lemma = lemma_of(head) if head else None
    definite = bool(lemma) and head.startswith(lemma) and head[len(lemma):] in _DEFINITE and not adjective(head)
    return lemma if definite and word_class(head) == THING else ""


def _material_kind(index: Index, name: str) -> str:
    """The kind the material gives the name where it first types it, "" where it never does; kept per
    index."""
    return kept(index.memo, "name_kinds", name, lambda: _kind_in_passages(index, name), NAME_KIND_MEMO)


def _kind_in_passages(index: Index, name: str) -> str:
    """The noun before the name in the first of the passages holding its last word that types it; only
    those passages (the term's postings, at most NAME_SCAN) are read."""
    terms = index.analyzer.query_terms(name.split()[-1])
    if not terms:
        return ""
    said = re.compile(re.escape(name))
    for cid in postings(index, terms[0])[:NAME_SCAN]:
        text = index.chunk(int(cid)).text
        for found in said.finditer(text):
            noun = noun_before(text, found.start())
            if noun:
                return noun
    return ""


def _name_start(text: str, start: int) -> int:
    """Where the name holding the word at `start` begins: back over capitalised words and the small
    words between them, within its clause."""
    words = list(_WORD.finditer(text[:start]))
    at = len(words) - 1
    while at >= 0 and _spaced(text, words[at], None, start if at == len(words) - 1 else words[at + 1].start()) and (
            words[at][0][:1].isupper() or words[at][0] in DANISH_STOPWORDS
            and any(w[0][:1].isupper() for w in words[max(0, at - 2):at])):
        at -= 1
    return words[at + 1].start() if at + 1 < len(words) else start


def _spaced(text: str, a: re.Match, b: re.Match | None, next_start: int = 0) -> bool:
    """Whether only white space stands between two words (the second given by its match or start)."""
    return text[a.end():b.start() if b is not None else next_start].isspace()


def _name_end(text: str, start: int) -> int:
    """Where the name holding the word at `start` ends: on over capitalised words and up to two words
    between them, the first a small word ("Fonden for Bynatur", "Staten i hele Danmark"), within its
    clause (a comma ends it)."""
    words = list(_WORD.finditer(text, start))
    at = 0
    while True:
        ahead = words[at + 1:at + 4]
        step = next((k + 1 for k, w in enumerate(ahead) if w[0][:1].isupper()), 0)
        joined = all(_spaced(text, a, b) for a, b in zip(words[at:at + step], ahead[:step]))
        if not step or not joined or step > 1 and ahead[0][0] not in DANISH_STOPWORDS:
            return words[at].end() if words else start
        at += step


def noun_before(text: str, at: int) -> str:
    """The lemma of the common noun right before position `at`, or ""."""
    words = _WORD.findall(text[:at])
    noun = words[-1] if words else ""
    if not noun.islower() or noun in DANISH_STOPWORDS or word_class(noun) != THING:
        return ""
    return lemma_of(noun) or ""


def _same_kind(noun: str, kind: str, english: bool) -> bool:
    """Whether a Danish noun (a lemma) is the asked kind: the same lemma, related in the thesaurus, or
    a Danish translation of an English kind."""
    kinds = set(dictd.load(dictd.ENGLISH_DANISH).get(kind, [])) if english else {kind}
    lemmas = {lemma_of(k) or k for k in kinds} | kinds
    words = thesaurus.load()
    related = {noun} | set(words.synonyms(noun)) | set(words.narrower(noun))
    return bool(lemmas & related) or any(noun in words.synonyms(k) | words.narrower(k) for k in lemmas)
