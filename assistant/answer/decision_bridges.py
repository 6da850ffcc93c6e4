"""An everyday question word the passage says with a synonym counts as held, for the answer/decline decision.

Visitors do not read the page before they ask: "Hvem har lavet analysen?" of a passage that says
"Analysen er udarbejdet af …", "Hvor mange træer har medlemmerne sat i jorden?" of "har plantet",
"Hvem har betalt for kortlægningen?" of "er finansieret af". Search does not look such words up in
the thesaurus (an everyday word's entry merges many senses, and for search they blur the ranking),
so the decision saw a question whose passage lacked half its words and declined it. Here a question
word counts as held by a passage when the passage holds a one-word synonym (mythes-da) of the
word's lemma ("lavet" → "lave" → "udarbejde"; "sat" → "sætte" → "plante"). Only for one passage at a
time, so a synonym elsewhere in the material counts for nothing, and only for everyday words: a
rare word is what the question is about and must stand in the passage itself, and the commonest
words ("får", "gør", "se") have so many senses that their entries hold nearly every verb.
Search and its ranking are untouched.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache, partial

from ..index.bm25 import Index
from ..language import thesaurus
from ..language.background import general_rarity, rarity_of
from ..language.lemmas import asked_lemmas
from .reading import lemma_table
from .retrieve import Hit, Query, passage_has

# Everyday words: at least as common in general Danish as this Zipf value (the language module's
# COMMON_ZIPF neighbourhood; rarer words are what a question is about).
EVERYDAY_RARITY = rarity_of(3.75)
# The commonest words (Zipf above about 5.6: "får", "gør", "går", "se", "lige") are left out: their
# thesaurus entries list dozens of verbs of every sense.
COMMONEST_RARITY = rarity_of(5.625)
# Lemmas whose stand-ins a loaded index keeps: everyday words, the same ones question after question.
STAND_IN_MEMO_SIZE = 4096


def synonym_terms(index: Index, question: str, query: Query, rarity: dict[str, float]) -> dict[str, frozenset[str]]:
    """Query term -> index terms of its question words' one-word synonyms, for the everyday terms
    that have any in the material (empty for the others)."""
    analyzer = index.analyzer
    lemmas = asked_lemmas(analyzer, question)
    out: dict[str, frozenset[str]] = {}
    for group in query.groups:
        if not COMMONEST_RARITY <= rarity.get(group.term, 1.0) < EVERYDAY_RARITY:
            continue
        found = frozenset(t for lemma in lemmas.get(group.term, ()) for t in _stand_ins(index, lemma))
        if found:
            out[group.term] = found
    return out


def _stand_ins(index: Index, lemma: str) -> tuple[str, ...]:
    """_material_stand_ins, once per lemma and loaded index (a pure function of the two)."""
    memo = index.memo.get("stand_ins")
    if memo is None:
        memo = index.memo.setdefault("stand_ins", lru_cache(STAND_IN_MEMO_SIZE)(partial(_material_stand_ins, index)))
    return memo(lemma)


def _material_stand_ins(index: Index, lemma: str) -> tuple[str, ...]:
    """Index terms of the lemma's one-word synonyms that are no commoner than it in general Danish.

    A visitor puts the material's word more plainly ("lave" for "udarbejde", "betale" for
    "finansiere"), not the other way: a commoner synonym is where the thesaurus's senses collide
    ("nummer" is listed with "bag", as in "bagdel"; "betale" with "give"). A synonym stands in as
    one whole word: split into compound parts it would match too much. And the material's words of
    its stem must include it: "bagende" (listed with "nummer") shares its stem with the "bag" of
    "Bag initiativet stod", which is another word."""
    level = general_rarity(lemma)
    material = lemma_table(index)
    return tuple(terms[0] for word in thesaurus.synonyms(lemma)
                 if word.isalpha() and len(terms := index.analyzer.query_terms(word)) == 1
                 and terms[0] in index.term_ids and general_rarity(word) >= level
                 and _is_materials_word(material.lemmas_of(terms[0]), word))


def _is_materials_word(lemmas: frozenset[str], word: str) -> bool:
    # Where the lemmatiser knows none of the material's words of the stem, there is nothing to tell apart.
    return not lemmas or word in lemmas


def bridged_hits(index: Index, question: str, query: Query, hits: Sequence[Hit],
                 rarity: dict[str, float]) -> list[Hit]:
    """The hits with each everyday question word that a passage says with a synonym counted as
    matched by that passage, and its coverage recomputed; the other hits as they were."""
    stand_ins = synonym_terms(index, question, query, rarity)
    if not stand_ins:
        return list(hits)
    total = query.total_weight

    def bridged(hit: Hit) -> Hit:
        held = {term for term, terms in stand_ins.items() if term not in hit.matched
                and any(passage_has(index, hit.chunk_id, t) for t in terms)}
        if not held:
            return hit
        matched = hit.matched | held
        covered = sum(g.weight for g in query.groups if g.term in matched)
        return replace(hit, matched=matched, coverage=covered / total if total > 0 else 0.0)

    return [bridged(h) for h in hits]
