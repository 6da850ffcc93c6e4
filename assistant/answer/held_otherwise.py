"""Question words a passage holds in another word: a compound the word heads, or the same root in
another word class.

The search expands a question word only where the material lacks it: where the word occurs
somewhere, its compounds and derivations would only blur the ranking. The answer decision asks
another thing: does *this* passage hold what the question says? A visitor asking how far it may be
to a green "sted" is answered by the passage's "grønt opholdssted", one asking about "p-pladser" by
its "parkeringspladser" (a Danish compound is a kind of its last part: compound_heads.py), and one
asking for a "beslutning" by "beslutningsdygtig" (the same root as verb, noun and adjective:
derivation.py), one asking where to "dyrke" vegetables by "fællesdyrkning" (both steps at once).
Read as lacking the question's word, such a passage was declined by the model.
The analyser's compound parts and the thesaurus's one-word entries are not asked here: a passage
holding one part of a compound or one sense of a synonym says something else as often as the same
thing. A verb-and-particle phrase the thesaurus lists is asked (held_in_phrases): it has one sense
where its verb alone has many ("bakke op" is "støtte"; "bakke" is a hill).
"""
from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache, partial

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language.analysis import DANISH_STOPWORDS
from ..language.compound_heads import MIN_KNOWN_HEAD, MIN_MODIFIER, backwards_vocabulary, compounds_with_head
from ..language.derivation import derived_candidates, derived_terms, is_word, lemmas_of
from ..language.lemmas import related
from ..language.related_terms import base_forms, inflected_forms
from ..language.thesaurus_phrases import question_phrases
from .ranked_passages import TermGroup, passage_has

_MEMO = "held_otherwise"
_DERIVED_MEMO = "derived_compounds"
# Words whose relatives an index keeps (a long-running service meets ever new words).
MEMO_SIZE = 4096
# Index terms looked at per head for its short-modifier compounds.
MAX_SCAN = 400
# Questions whose fixed phrases an index keeps (each weighed passage of a question asks).
_PHRASE_MEMO = "held_in_phrases"
PHRASE_MEMO = 256


def relatives(index: Index, group: TermGroup) -> tuple[str, ...]:
    """Index terms that say the group's word otherwise: its other inflections, compounds it (or a form
    the search gave it) heads, and its root in another word class. Kept per index: a question weighs
    several passages."""
    return kept(index.memo, _MEMO, (group.term, group.members), lambda: _relatives(index, group), MEMO_SIZE)


def _relatives(index: Index, group: TermGroup) -> tuple[str, ...]:
    own = dict.fromkeys((group.term, *group.members))
    # The word with an inflectional ending the stemmer kept or cut ("træer" / "træ"), where the
    # lemmatiser reads both as one word.
    forms = [f for w in own for f in (*base_forms(w, index.term_ids), *inflected_forms(w, index.term_ids))
             if f not in own and same_word(w, f)]
    words = [*own, *forms]
    back = backwards_vocabulary(index)
    out = forms + [t for w in words for t in compounds_with_head(w, back, MIN_KNOWN_HEAD)]
    out += [t for w in words for t in short_modifier_compounds(w, back)]
    out += [t for w in words for t in derived_terms(w, index.vocabulary, index.term_ids)]
    # Derivation and compounding in one step: a compound whose head is the word's derivation
    # ("dyrke" / "fællesdyrkning", "betale" / "kontingentbetaling"). Only a compound made for the
    # text: one the dictionary lists is a word of its own ("generalforsamling" is no "samle").
    out += [t for w in words for t in kept_derived_compounds(index, w)]
    return tuple(t for t in dict.fromkeys(out) if t not in own)


def kept_derived_compounds(index: Index, word: str) -> tuple[str, ...]:
    """derived_compounds over the index's vocabulary, kept per index and word: the search asks it of
    a question word the material lacks, and the decision again of the same word (relatives)."""
    return kept(index.memo, _DERIVED_MEMO, word,
                lambda: tuple(derived_compounds(word, backwards_vocabulary(index))), MEMO_SIZE)


def derived_compounds(word: str, back: Sequence[str]) -> list[str]:
    """Index compounds made for the text whose head is a derived word of `word` ("fællesdyrkning" for
    "dyrk"). The vocabulary is searched first and the lemmatiser asked only of a head in use."""
    found: list[str] = []
    for base in derived_candidates(word):
        compounds = compounds_with_head(base, back, MIN_KNOWN_HEAD)
        if compounds and is_word(base):
            found += [t for t in compounds if not is_word(t)]
    return found


def same_word(term: str, form: str) -> bool:
    """Whether two terms are forms of one word by their lemmas ("traeer" / "trae": "træ"), not a
    word and another that the ending made ("grundlagt" / "grundlag": "grundlægge", "grundlag")."""
    mine, theirs = lemmas_of(term), lemmas_of(form)
    return any(related(a, b) for a in mine for b in theirs)


def short_modifier_compounds(term: str, backwards: list[str]) -> list[str]:
    """Index terms that are the term after a modifier of two or three letters that is a word of its
    own and no particle or function word: "by" in "bykvarterer", "bytræer" (compound_heads.py asks
    four letters of a modifier, so "i" + "gang" is no compound; the lemmatiser tells "by" from "ig")."""
    if len(term) < MIN_KNOWN_HEAD or not term.isalpha():
        return []
    key = term[::-1]
    found: list[str] = []
    start = bisect.bisect_left(backwards, key)
    # Most words end no index term but themselves: the first other term at their place tells,
    # before a copy of the next MAX_SCAN.
    first = start + 1 if start < len(backwards) and backwards[start] == key else start
    if first >= len(backwards) or not backwards[first].startswith(key):
        return found
    for candidate in backwards[start:start + MAX_SCAN]:
        if not candidate.startswith(key):
            break
        modifier = candidate[len(key):][::-1]
        if 2 <= len(modifier) < MIN_MODIFIER and modifier not in DANISH_STOPWORDS and is_word(modifier):
            found.append(candidate[::-1])
    return found


def held_otherwise(index: Index, chunk_id: int, groups: Iterable[TermGroup],
                   taken: Collection[str] = ()) -> frozenset[str]:
    """The terms of `groups` (those the search found the passage lacking) that it holds otherwise.
    A word of the passage the search already read as another of the question's words (`taken`: the
    query's index terms) says that one: "hjemsted" is the visitor's "hjem", not also the "sted"."""
    return frozenset(g.term for g in groups
                     if any(t not in taken and passage_has(index, chunk_id, t) for t in relatives(index, g)))


def _phrase_terms(index: Index, question: str) -> tuple[tuple[frozenset[str], tuple[str, ...], bool], ...]:
    """Per phrase of the question: the query terms of its words, the index terms of its one-word
    synonyms and whether it is stranded; once per question and index (each weighed passage asks)."""
    memo = index.memo.get(_PHRASE_MEMO)
    if memo is None:
        memo = index.memo[_PHRASE_MEMO] = lru_cache(PHRASE_MEMO)(partial(_terms_of_phrases, index.analyzer))
    return memo(question)


def _terms_of_phrases(analyzer, question: str) -> tuple[tuple[frozenset[str], tuple[str, ...], bool], ...]:
    out = []
    for phrase in question_phrases(question):
        terms = frozenset(t for w in phrase.said if w not in DANISH_STOPWORDS for t in analyzer.query_terms(w))
        said_as = tuple(dict.fromkeys(found[0] for w in phrase.synonyms if len(found := analyzer.query_terms(w)) == 1))
        out.append((terms, said_as, phrase.stranded))
    return tuple(out)


def held_in_phrases(index: Index, chunk_id: int, question: str, groups: Iterable[TermGroup],
                    held: Collection[TermGroup] = ()) -> frozenset[str]:
    """The terms of `groups` (those the passage lacks) that a verb-and-particle phrase of the question
    gave ("bakker … op", "handler … om"; thesaurus_phrases.py): the phrase is its meaning, not its words.

    Such a term counts as held where the passage holds one of the phrase's one-word synonyms
    ("støtte" for "bakke op"); and, where the phrase ends with a preposition the question word
    governs ("Hvad handler jeres analyser om?", "Hvor holder foreningen til?") and the passage holds
    the question's other words (`held`: the groups it holds, and these terms are all it lacks),
    without one: the phrase then only says how the question word relates to the words the passage
    holds. Those must be the question's own words: a thesaurus stand-in for a word the material
    lacks (a group scaled down, retrieve.py) may be another sense ("undersøge" as "se")."""
    lacking = {g.term for g in groups}
    if not lacking:
        return frozenset()
    out: set[str] = set()
    relating: set[str] = set()
    for said, said_as, stranded in _phrase_terms(index, question):
        terms = said & lacking
        if stranded:
            relating |= terms
        if terms and any(passage_has(index, chunk_id, t) for t in said_as):
            out |= terms
    if held and all(g.scale >= 1.0 for g in held) and lacking <= relating:
        return frozenset(lacking)
    return frozenset(out)
