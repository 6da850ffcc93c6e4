"""A question's verb-and-particle phrase searched by its one-word synonyms: "bakke op" as "støtte".

"Hvorfor skal hele landet bakke op om jeres sag?": the page answers "en kamp, som hele Danmark bør
støtte op om". Word by word the search read "bakker" by the thesaurus's senses of the noun (a hill:
"bank", "høj") and found the history, whose "Danske Andelskassers Bank" founded the organisation.
The thesaurus lists such phrases with their one-word synonyms (language/thesaurus_phrases.py), and
the decision already counts a passage holding one as holding the phrase
(held_otherwise.held_in_phrases); here the search looks for them too, where the phrase's lead word
is searched only by thesaurus stand-ins: those were the lone word's senses, and the phrase is what
the question says. The synonyms weigh as any thesaurus word (retrieve.STAND_IN_SCALE).

Not where the material has the word itself, or a hand-kept set speaks for it: added beside "lavet"
("lave om": "ændre"), "smide" ("smide ud": "kassere", to discard) or "kræve" ("kræve ind": "opkræve"),
the synonyms won as many questions on the realistic dev sets as they lost. Nor where the word has no
stand-in at all: nothing was misread, and "slå sig sammen" ("samle") then found the vision's
"samlet vores anbefalinger" instead of the history's merger (docs/benchmarks.md, runde
seksogtredive). Nor for a phrase stranded at the clause's end with the question word as its
object ("Hvad går det ud på?"), which says how the question word relates to the rest and names no
topic; for a verb with a preposition ("står i indkaldelsen" is no "koste": the preposition governs
the noun after it); for a shorter phrase inside a longer one ("tager af" inside "tager sig af");
or for a phrase with many one-word synonyms in the material, whose entries are several senses.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language.analysis import DANISH_STOPWORDS
from ..language.particle_verbs import PARTICLES
from ..language.synonyms import word_family
from ..language.thesaurus_phrases import question_phrases
from .ranked_passages import TermGroup, term_weight

# A phrase with more one-word synonyms in the material than this has several senses ("gå ud på":
# "angå", "behandle", "mål", "dø"); set before measuring, not tuned.
MAX_SENSES = 4
# "slå sig sammen", "tage sig af": the reflexive pronoun belongs to the phrase.
REFLEXIVE = "sig"
_MEMO = "phrase_stand_ins"
MEMO_SIZE = 256


def phrase_synonym_terms(index: Index, question: str) -> dict[str, tuple[str, ...]]:
    """Query term of a phrase's word -> the index terms of the phrase's one-word synonyms (and their
    other forms: "ændre", "ændringer") that the material holds. Once per question and index."""
    return kept(index.memo, _MEMO, question, lambda: _synonym_terms(index, question), MEMO_SIZE)


def _synonym_terms(index: Index, question: str) -> dict[str, tuple[str, ...]]:
    analyzer = index.analyzer
    phrases = question_phrases(question)
    out: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        # The longest phrase the words say is the one meant: "tager sig af" (to handle), not "tager af"
        # (to undress).
        if phrase.stranded or any(len(o.said) > len(phrase.said) and set(phrase.said) <= set(o.said)
                                  for o in phrases):
            continue
        # A verb with its adverbial particle ("bakke op", "lave om"); a verb and a preposition is a
        # verb and the noun the preposition governs ("står i indkaldelsen" is no "koste").
        if not all(w in PARTICLES or w == REFLEXIVE for w in phrase.said[1:]):
            continue
        said_as = [found[0] for w in phrase.synonyms if len(found := analyzer.query_terms(w)) == 1]
        held = [t for s in said_as for t in (s, *sorted(word_family(analyzer, s))) if t in index.term_ids]
        held = list(dict.fromkeys(held))
        if not held or len(held) > MAX_SENSES:
            continue
        for term in {t for w in phrase.said if w not in DANISH_STOPWORDS for t in analyzer.query_terms(w)}:
            out[term] = tuple(dict.fromkeys((*out.get(term, ()), *held)))
    return out


def with_phrase_synonyms(index: Index, question: str, groups: Sequence[TermGroup],
                         stand_in_scale: float) -> list[TermGroup]:
    """The question's term groups with each phrase's synonyms searched for its word (module doc)."""
    # Most questions have no group searched by thesaurus stand-ins alone: their phrases are not read.
    if not any(g.members and g.scale < 1.0 for g in groups):
        return list(groups)
    found = phrase_synonym_terms(index, question)
    if not found:
        return list(groups)
    out = []
    for g in groups:
        terms = tuple(t for t in found.get(g.term, ()) if t not in g.members)
        if terms and g.members and g.scale < 1.0:
            df = min(index.doc_freq(t) for t in terms)
            g = replace(g, members=terms, heads=(), narrowing=(), narrowed=frozenset(), scale=stand_in_scale,
                        weight=term_weight(index.n_chunks, df), other_stems=())
        out.append(g)
    return out
