"""A question's "adjective + noun" found where the material says the adjective before a compound the
noun heads.

"Hvor langt må der højst være til nærmeste grønne sted?": the publication answers "Ingen bolig bør
ligge mere end 300 meter fra et grønt opholdssted." A Danish compound is a kind of its last part
(compound_heads.py), but the search looks for the compounds of a word the material also has on its
own only where the material writes the thing mostly in them and the word is not an everyday word
(head_compounds.known_word_heads): "sted" is everyday, and its compounds are as often other things
("hjemsted"). The question's own word before the noun tells which compound is meant: where a passage
says that same word (any inflection: "grønne" / "grønt") right before a compound the noun heads,
the phrase is the question's phrase with the compound's first part added, and the compound stands
for the noun in that passage only (TermGroup.narrowed), as weakly as any head compound
(head_compounds.HEAD_SCALE). A compound whose passages never have the question's word in front
adds nothing, so "sted" alone still finds no "hjemsted".
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

import numpy as np

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language.compound_heads import MIN_KNOWN_HEAD, backwards_vocabulary, compounds_with_head
from ..language.lemmas import lemma_of
from ..language.word_runs import normal_form
from .head_compounds import holding, postings
from .held_otherwise import short_modifier_compounds
from .lemma_terms import terms_of_lemma
from .lemma_terms import token_terms as _token_terms

_MEMO = "phrase_heads"
_IN_FRONT = "phrase_heads_in_front"
# How far back the word before a compound is looked for: a word is far shorter.
_REACH = 80
MEMO_SIZE = 1024
_WORD = re.compile(r"\w+")

NONE: tuple[tuple[str, ...], tuple[str, ...], frozenset[int]] = ((), (), frozenset())


def _same_word_terms(index: Index, before: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """Every index term a passage word `_same_word` takes for one of `before` can have: the word's
    term, with or without a neuter "-t", and the material's terms of its dictionary form
    (lemma_terms.py). A passage without any of them has none of the words before a compound."""
    terms: set[str] = set()
    for word, term in before:
        terms.update((term, term + "t", term[:-1] if term.endswith("t") else term))
        lemma = lemma_of(word)
        if lemma is not None:
            terms.update(terms_of_lemma(index, lemma))
    return frozenset(terms)


def _same_word(a: str, b: str, term_a: str, term_b: str) -> bool:
    """Whether two words are one word's forms: one index term, an adjective's neuter "-t" ("grønt"
    is "grøn" + t, while the lemmatiser reads "grønt" as the noun), or one dictionary form."""
    if term_a == term_b or term_a == term_b + "t" or term_b == term_a + "t":
        return True
    lemma = lemma_of(a)
    return lemma is not None and lemma == lemma_of(b)


@lru_cache(maxsize=256)
def _question_terms(analyzer, question: str) -> tuple[tuple[str, str], ...]:
    # Once per question: the search asks for each of its words.
    return tuple(pair for token in _WORD.findall(question) for pair in _token_terms(analyzer, token))


def modifiers(index: Index, question: str, term: str) -> tuple[tuple[str, str], ...]:
    """The question's (word, index term) pairs that stand right before a word of `term`."""
    words = _question_terms(index.analyzer, question)
    return tuple(dict.fromkeys(before for before, (_, t) in zip(words, words[1:])
                               if t == term and before[1]))


def phrase_heads(index: Index, question: str, term: str,
                 taken: Collection[str] = ()) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[int]]:
    """The compounds `term` heads that some passage says right after the question's word before the
    term, that word's index terms, and those passages; NONE where there are none."""
    if term not in index.term_ids:
        return NONE
    before = modifiers(index, question, term)
    if not before:
        return NONE
    key = (term, before, tuple(taken))
    return kept(index.memo, _MEMO, key, lambda: _phrase_heads(index, term, before, taken), MEMO_SIZE)


def _phrase_heads(index: Index, term: str, before: tuple[tuple[str, str], ...],
                  taken: Collection[str]) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[int]]:
    found: list[str] = []
    passages: set[int] = set()
    back = backwards_vocabulary(index)
    # With a modifier of two or three letters too ("grønt byregnskab"): the word in front vouches for it.
    candidates = dict.fromkeys([*compounds_with_head(term, back, MIN_KNOWN_HEAD),
                                *short_modifier_compounds(term, back)])
    # The same few words stand before a compound in many passages: each is compared once.
    matches: dict[tuple[str, str], bool] = {}

    def matched(pair: tuple[str, str]) -> bool:
        if pair not in matches:
            matches[pair] = any(_same_word(pair[0], q, pair[1], qt) for q, qt in before)
        return matches[pair]
    # Only the passages that hold a term of the word before can say it before a compound: the
    # others are not read (a compound's passages are most of a large material's, "danmark"'s 1,119).
    may_say = holding(index, sorted(_same_word_terms(index, before)))
    for compound in candidates:
        if compound in taken:
            continue
        for chunk_id, in_front in _words_in_front(index, compound, may_say):
            if any(matched(pair) for pair in in_front):
                found.append(compound)
                passages.add(chunk_id)
    if not found:
        return NONE
    return tuple(dict.fromkeys(found)), tuple(dict.fromkeys(t for _, t in before)), frozenset(passages)


def _words_in_front(index: Index, compound: str,
                    may_say: np.ndarray) -> list[tuple[int, frozenset[tuple[str, str]]]]:
    """The passages holding the compound that `may_say` marks, with the (word, index term) pairs
    said right before it (where there are any). Each passage is read once per compound and index,
    as questions with other modifiers ask of the same compound."""
    read: dict[int, frozenset[tuple[str, str]]] = kept(index.memo, _IN_FRONT, compound, dict, MEMO_SIZE)
    found = []
    for chunk_id in postings(index, compound):
        if may_say[chunk_id]:
            chunk_id = int(chunk_id)
            in_front = read.get(chunk_id)
            if in_front is None:
                in_front = read[chunk_id] = _in_front(index, index.chunk(chunk_id).text, compound)
            if in_front:
                found.append((chunk_id, in_front))
    return found


def _in_front(index: Index, text: str, compound: str) -> frozenset[tuple[str, str]]:
    """The words said right before the compound in a passage. An index term is the start of its word
    in the analyser's normal form (the stemmer only takes endings off), so only the words where the
    normal form has the term at a word's start are analysed, with the word before each: a passage
    at 10,000 passages is long, and analysing every word of it cost 70 ms a question."""
    analyzer = index.analyzer
    norm = normal_form(text, analyzer.unicode_form, analyzer.ascii_fold, analyzer.strip_accents)
    found: set[tuple[str, str]] = set()
    at = norm.find(compound)
    while at >= 0:
        if at == 0 or not _WORD.match(norm, at - 1):
            said = _token_terms(analyzer, _WORD.match(norm, at).group())
            before = _WORD.findall(norm, max(0, at - _REACH), at)
            previous = _token_terms(analyzer, before[-1]) if before else ()
            if said and said[0][1] == compound and previous and previous[-1][1]:
                found.add(previous[-1])
        at = norm.find(compound, at + 1)
    return frozenset(found)
