"""Candidate sentences: every sentence of the retrieved passages that holds a query term, with its weight."""
from __future__ import annotations

from math import fsum

from ..index.bm25 import Index
from ..language.phrase_compounds import compound_split
from ..statutes.references import negated_acts
from .retrieve import Hit, Query
from .sentence_evidence import sentences
from .sentence_kinds import unit_terms
from .sentence_lemmas import lemma_held, member_form_held
from .sentence_neighbours import Candidate


def candidates(index: Index, query: Query, hits: list[Hit], asked: str,
               share: dict[str, float] | None = None) -> list[Candidate]:
    """Every sentence of the passages that holds a query term itself or through its heading.

    A heading speaks for its sentences: under "Vores vision" every sentence is about the vision.
    The noun of "hvilket år?" / "hvilken måned?" names the kind of answer, not what it is about: "de
    seneste år" holds nothing of "Hvilket år blev organisationen stiftet?", "tre måneder" nothing of
    "I hvilken måned skal kontingentet betales?". `share` scales a term's weight (a light verb's).
    """
    kind_words = unit_terms(index, asked)
    # A word held only through a thesaurus stand-in weighs in a sentence as it scores in the search
    # (TermGroup.scale): "billigere" found as "slet" in "slettes" is not the question's own word.
    weight_of = {g.term: 0.0 if g.term in kind_words else g.weight * g.scale for g in query.groups}
    weight_of = {t: w * (share or {}).get(t, 1.0) for t, w in weight_of.items()}
    # A compound the question writes is held by a sentence that writes it as a phrase: "vedtægts-
    # ændring" by "Ændringer af vedtægterne kan vedtages …".
    parts = {g.term: split for g in query.groups
             if (split := compound_split(index.analyzer, g.term, index.term_ids))}
    # "Jeg har glemt at betale": a sentence with the act's own word ("skal være betalt senest …")
    # rules the opposite case; only the statutes' word for its absence ("restance") holds it.
    members = {g.term: frozenset(g.members) for g in query.groups}
    for term, absent in negated_acts(index.analyzer, query.text).items():
        if members.get(term, frozenset()) & absent:
            members[term] &= absent
    out = []
    for rank, hit in enumerate(hits):
        heading_terms = set(index.analyzer.document_terms(hit.chunk.heading))
        context = {g.term for g in query.groups if heading_terms.intersection(g.members)}
        for pos, (sentence, sentence_terms) in enumerate(sentences(index, hit.chunk_id)):
            terms = set(sentence_terms)
            named = frozenset(g.term for g in query.groups if terms.intersection(members[g.term]))
            named |= lemma_held(index, query.text, sentence, named) & weight_of.keys()  # sentence_lemmas.py
            named |= member_form_held(index, members, sentence, named)  # "lokalt" for "lokal": sentence_lemmas.py
            own = named | {t for t, split in parts.items() if terms.issuperset(split)}
            # fsum: a set's sum in hash order differs in the last bit between runs; ties must not.
            weight = fsum(weight_of[t] for t in own | context)
            if weight > 0:
                out.append(Candidate(rank, pos, hit, sentence, own, weight,
                                      fsum(weight_of[t] for t in own), named))
    return out
