"""Phrases written as one compound: "lokal forening" / "lokalforening", "medlem af bestyrelsen" /
"bestyrelsesmedlem", "ændring af vedtægterne" / "vedtægtsændring", "politiske partier" / "partipolitisk",
and a compound's first part shortened to its letter: "p-pladser" / "parkeringspladser".

Danish joins a modifier and its head into one word, with or without a linking -s- or -e-, and says
"the head of the modifier" ("medlem af bestyrelsen") for the same thing. Statutes name their topics
in compounds ("§ 3a Lokalforeninger", "Vedtægtsændringer") where a member writes the phrase, and
the other way round. Only compounds the material holds are made, so nothing is guessed.
"""
from __future__ import annotations

import re

from .compound_heads import MIN_KNOWN_HEAD, compounds_with_head
from .letter_runs import letter_runs

# The linking elements of Danish compounds: none, -s- and -e- (bestyrelse|s|medlem, lokal|forening).
LINKS = ("", "s", "e")
# Prepositions of a phrase that a compound puts the other way round ("medlem af bestyrelsen" →
# "bestyrelsesmedlem", "forslag til vedtægterne" → "vedtægtsforslag"): a closed word class.
REVERSING = frozenset({"af", "for", "til", "om"})
# A word of a compound is at least this long; shorter ones are syllables or small words.
MIN_PART = 3
# A compound whose first part is cut to its first letter and a hyphen ("p-plads", "s-tog", "a-kasse").
_ABBREVIATED = re.compile(rf"(?<![^\W\d_])([^\W\d_])-([^\W\d_]{{{MIN_PART},}})")


def _forms(word: str, lemma: str | None) -> list[str]:
    """The word as it may stand in a compound: as written and as its dictionary form, whose stem
    is the compound's first part ("bestyrelsen" → "bestyrelse"); a compound's first part is
    written without the definite ending."""
    return list(dict.fromkeys(f for f in (lemma, word) if f))


def phrase_compounds(analyzer, question: str, known, lemma_of) -> dict[str, list[str]]:
    """Query term -> the index terms of compounds the question writes as a phrase.

    Two neighbouring words ("lokal forening") or two words around a preposition ("medlem af
    bestyrelsen", the compound reversed) are tried with each linking element; a compound the index
    `known` holds goes to both words' terms. `lemma_of` gives a word's dictionary form or None.
    """
    words = [w.casefold() for w in letter_runs(question)]
    pairs = [(a, b, False, False) for a, b in zip(words, words[1:])]
    pairs += [(a, c, True, False) for a, b, c in zip(words, words[1:], words[2:]) if b in REVERSING]
    # An adjective before its noun compounds the other way round: "politiske partier" is what the
    # page calls "partipolitisk" (the noun first, the adjective the head). The compound goes to the
    # noun's term only: it is the noun's thing, and the adjective alone ("politisk indflydelse")
    # must not hold the noun too, as one merged word would (query_words.merged_groups).
    pairs += [(a, b, True, True) for a, b in zip(words, words[1:])]
    # A compound the question itself writes is searched as its own word already.
    asked = set(analyzer.query_terms(question))
    out: dict[str, list[str]] = {}
    for a, b, reverse, modifier_only in pairs:
        if len(a) < MIN_PART or len(b) < MIN_PART:
            continue
        head, modifier = (a, b) if reverse else (b, a)
        a_terms, b_terms = analyzer.query_terms(a), analyzer.query_terms(b)
        if not a_terms or not b_terms:
            continue   # a stop word is no part of a compound here
        for first in _forms(modifier, lemma_of(modifier)):
            found = [t for link in LINKS for t in analyzer.candidate_terms(first + link + head)
                     if t in known and t not in asked]
            for term in (b_terms if modifier_only else (*a_terms, *b_terms)):
                if found and term not in found:
                    out.setdefault(term, []).extend(found)
    return {t: list(dict.fromkeys(c)) for t, c in out.items()}


def compound_split(analyzer, term: str, known) -> tuple[str, str] | None:
    """The index terms of a compound term's two parts, both held by the index, or None:
    "vedtaegtsaendring" → ("vedtaeg", "aendring"), read as "ændring af vedtægterne"."""
    for i in range(MIN_PART + 1, len(term) - MIN_PART):
        left, head = term[:i], term[i:]
        firsts = [left[:-1], left] if left.endswith(LINKS[1:]) else [left]
        heads = analyzer.candidate_terms(head, query=False)
        if len(heads) != 1 or heads[0] not in known:
            continue
        for first in firsts:
            terms = analyzer.candidate_terms(first, query=False)
            if len(terms) == 1 and len(terms[0]) >= MIN_PART and terms[0] in known:
                return terms[0], heads[0]
    return None


def abbreviated_compounds(analyzer, question: str, backwards) -> dict[str, list[str]]:
    """Query term -> the index terms of the compounds the question shortens to a first letter and a
    hyphen ("p-pladser" -> "parkeringsplads"): the material's compounds headed by the word after the
    hyphen whose first part begins with the letter. Both the letter's and the head's terms get them,
    so the two are searched as the one word they are (query_words.merged_groups). `backwards` is
    the index vocabulary read backwards (compound_heads.backwards_vocabulary)."""
    out: dict[str, list[str]] = {}
    for letter, head in _ABBREVIATED.findall(question.casefold()):
        head_terms = analyzer.query_terms(head)
        found = [c for t in head_terms for c in compounds_with_head(t, backwards, MIN_KNOWN_HEAD)
                 if c.startswith(letter)]
        for term in (*analyzer.query_terms(letter), *head_terms) if found else ():
            out.setdefault(term, []).extend(c for c in found if c not in out[term])
    return out
