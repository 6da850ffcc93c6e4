"""Questions into ranked passages: analyse, expand against the vocabulary, score, explain matches.

The query and hit types live in ranked_passages.py and are named here too, where the answer's
steps have always found them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..index.bm25 import K1, Index
from ..language.compound_heads import backwards_vocabulary, compounds_with_head
from ..language.folding import lossy_matches, lossy_vocabulary
from ..language.lemmas import asked_lemmas, same_words, without_collisions
from ..language.phrase_compounds import compound_split
from ..language.related_terms import MIN_COMPOUND_PART
from ..language.synonyms import particle_verb_synonyms, word_family
from ..language.thesaurus import material_stand_ins
from ..statutes.references import (
    find_reference,
    has_stk,
    holds_paragraphs,
    is_reference_term,
    statute_expansions,
    statute_filler,
    statute_stems,
    with_statute_stems,
)
from .asked_coverage import asks_nothing_held, scene_terms
from .asked_head import question_word_terms
from .asked_measure import deadline_terms
from .compound_kind import head_stand_ins
from .compound_parts import parts_apart
from .head_compounds import known_word_heads, top_with_heads, without_shared_heads
from .head_kind import head_kind_compounds, narrowed_passages
from .held_otherwise import kept_derived_compounds
from .held_terms import HeldTerms
from .kin_siblings import compound_stand_ins
from .name_words import named_words, without_name_parts
from .opposite_particles import opposed_forms
from .particle_forms import joined_parts, particle_participle_verb, particle_prefixed
from .phrase_heads import phrase_heads
from .phrase_stand_ins import with_phrase_synonyms
from .query_words import (
    everyday_terms,
    merged_groups,
    own_particle_verbs,
    particle_terms,
    split_particle_terms,
    unknown_particle_terms,
)
from .ranked_passages import Hit, Query, TermGroup, explain, passage_has, term_weight
from .reading import lemma_table
from .sentence_evidence import best_sentence_weight, shared_query_terms
from .verb_idioms import idiom_verb_terms
from .word_forms import material_forms_of

DEFAULT_K = 8
# The second pass looks at this many passages and weighs their best sentence this much (chosen on
# NorQuAD's training questions: benchmarks/norquad_retrieval.py).
RERANK_DEPTH = 10
SENTENCE_WEIGHT = 0.75
# A § whose title holds a query term ("Kontingent") gains that term's weight this many times over.
STATUTE_TITLE_BOOST = 1.0
# A word found only through the thesaurus's synonyms scores this share of a word the material itself
# uses: a stand-in may be the thesaurus's other sense ("løn" -> "indbringe"); the hand-kept sets
# are exact and count fully. Chosen on the realistic dev sets (alle-dev: correct declines
# 0.649 -> 0.667 at 0.3-0.7, hit@1 unchanged, hit@3 best at 0.5) and NorQuAD (R@1 unchanged).
STAND_IN_SCALE = 0.5


def analyse_query(index: Index, question: str, alternatives: Sequence[Sequence[str]] = (), put: str = "",
                  message: str = "") -> Query:
    """Analyse a question into term groups, expanding each term against the index vocabulary:
    `alternatives` names words of the question that stand for one word together (the Danish words
    of one English word: "join" -> "optages", "indmeldelse"): one group, weighed once. `message`, the
    question as meant with its story (Reading.asked), tells the story's terms (asked_coverage.py)."""
    groups = merged_groups(analyse_groups(index, question), index.analyzer, alternatives)
    return Query(groups, find_reference(question), question, put, scene_terms(index.analyzer, groups, message))


def analyse_groups(index: Index, question: str) -> list[TermGroup]:
    """The question's term groups, each term expanded against the index vocabulary."""
    analyzer = index.analyzer
    groups: list[TermGroup] = []
    seen: set[str] = set(statute_filler(analyzer, question)) | question_word_terms(analyzer, question)
    seen |= deadline_terms(analyzer, question)
    # "sagt god for": the idiom's verb alone is not what is asked (verb_idioms.py).
    seen |= idiom_verb_terms(index, question)
    # Members' words for statute topics only where there are statutes to find them in.
    statute_words = statute_expansions(analyzer, question, index) if holds_paragraphs(index.vocabulary) else {}
    everyday = everyday_terms(analyzer, question)
    lemmas = lemma_table(index)
    joined = particle_terms(analyzer, question, index, material=lemmas)
    unknown = unknown_particle_terms(analyzer, question)
    split = split_particle_terms(analyzer, question, index.term_ids, lemmas)
    particle_verbs = own_particle_verbs(index, question, lemmas)
    asked = asked_lemmas(analyzer, question)
    names = named_words(analyzer, question)
    for term in analyzer.query_terms(question):
        if term in seen:
            continue
        seen.add(term)
        # The material's word of a stem may be another word ("grundlag" for "grundlagt"), and a
        # near spelling of a real word is no typo of it ("grundlægge" is not "grundlag"): such a
        # word is looked for as one the material lacks. Compound parts and extensions stay, and so
        # does the word's family ("kæmper" / "kamp"), which is the same word by definition.
        # A joined form no word list knows ("tilbestyrelsesmedlemmer") still splits a compound the
        # material has into its parts; for a word the material lacks it is only a last resort.
        weak = joined_parts(index, unknown.get(term, [])) if term in index.term_ids else []
        # A verb whose particle follows its object is searched as the particle verb alone, whose
        # lemma is not the verb's ("udgive" is no "give": same_words would drop it); so is one whose
        # particle follows it, where the material has that particle verb ("samlet ind": "indsamlet")
        # and writes the verb with no particle of its own (query_words.own_particle_verbs).
        words = split.get(term) or particle_verbs.get(term) or [term, *joined.get(term, ())]
        plain = same_words(analyzer.expand_query(words, index.vocabulary) + weak,
                           term, None if term in split else asked.get(term), lemmas)
        plain = without_name_parts(plain, term, names, index.term_ids, lemmas)
        # A compound the material lacks is searched by both parts, the first stemmed ("uddannelses|
        # området": "uddan"), each as long as a split's part ("år" of "årsskrift" is everywhere).
        if term not in index.term_ids and term not in names \
                and (parts := compound_split(analyzer, term, index.term_ids)):
            plain += [p for p in parts if p not in plain and len(p) >= MIN_COMPOUND_PART]
        other_stems = tuple(t for t in statute_stems(index, term, asked.get(term), lemmas) if t not in plain)
        expanded = [*plain, *other_stems, *sorted(word_family(analyzer, term))]
        # Synonyms stand in only for a word the material does not use ("stiftet" where the page
        # says "startede"): where the word itself occurs, its synonyms only blur the ranking
        # (-0.5 points R@1 on NorQuAD). They count as whole words: split into compound parts
        # they would match too much.
        own = [m for m in expanded if m in index.term_ids]
        if not own:
            # The word may stand only as its compounds' head, or typed without æ/ø/å ("sporgeskema").
            # Or in a form the stemmer left whole ("betalt" for "betaler").
            # Or, a particle verb's participle, as the verb the material says without its
            # particle ("indbetalt" where the statutes say "betalt").
            own = (material_forms_of(term, index.term_ids, asked.get(term), lemmas, backwards_vocabulary(index))
                   or compounds_with_head(term, backwards_vocabulary(index))
                   or lossy_matches(term, lossy_vocabulary(index)))
            own = own or particle_participle_verb(index, question, term)
            # Or with a particle in front ("holdt" where the statutes say "afholdes").
            own = own or particle_prefixed(index, question, term, asked.get(term))
            own = own or joined_parts(index, unknown.get(term, []))
            # Or as the head of a compound in its derived form ("dyrke": "fællesdyrkning"), as the
            # decision already reads it (held_otherwise.py): the word's only place in the material.
            own = own or list(kept_derived_compounds(index, term))
            expanded += own
        # The thesaurus (mythes-da) speaks only where the hand-kept sets, which are few and exact,
        # have nothing, and not for everyday words: its entries merge senses ("stift" is also a
        # nail, "tak" a notch), and an everyday word's senses are many. The statutes' own words for
        # a member's word count as such a set: "bestemmer prisen" is the statutes' "fastsættes",
        # and the thesaurus's "formål" made § 3 hold the whole question (dev22f).
        exact = () if own else without_collisions(*particle_verb_synonyms(analyzer, term, joined.get(term, ())),
                                                  lemmas)
        stand_ins = exact or (() if own or term in everyday or statute_words.get(term) else
                              with_statute_stems(index, material_stand_ins(index, term, asked.get(term, ())), lemmas))
        # Else a compound the material has at most parts of is its compound of the first part, or of the head.
        if not stand_ins and term not in everyday and (stand_ins := compound_stand_ins(index, term, own)):
            expanded = [m for m in expanded if m not in own]
        # A compound known only by its first part: also its head's synonyms ("medlemsgebyr" → "kontingent").
        alternatives = [*sorted(stand_ins), *statute_words.get(term, ()), *head_stand_ins(index, term)]
        # A compound one document mentions once is also the other document's compound of its
        # head's kind ("årsmøde" → "generalforsamling"), only where a passage says its first part.
        # The word as the material indexes it: a definite form may stem otherwise ("årsmødet" is
        # "aarsmoed", the publication's "årsmøde" "aarsmo") and then stands in by that one form.
        said = term if term in index.term_ids or len(own) != 1 else own[0]
        kinds, narrowing = head_kind_compounds(index, said, asked.get(term, ()))
        heads = tuple(dict.fromkeys([*known_word_heads(index, term, own, everyday, [*expanded, *alternatives]),
                                     *kinds]))
        narrowed = narrowed_passages(index, narrowing) if narrowing else frozenset()
        # A compound the material has verbatim is also said apart, both parts in one passage
        # ("bestyrelse på fem til syv medlemmer"): there its parts stand in for it (compound_parts.py).
        # A name ("Balancemål") is no compound of its parts.
        if not heads and term not in names and (apart := parts_apart(index, term))[0]:
            heads = narrowing = apart[0]
            narrowed = apart[1]
        # Or heads a compound a passage says after the question's own word before it (phrase_heads.py).
        if not heads and term not in names:
            heads, narrowing, narrowed = phrase_heads(index, question, term, [*expanded, *alternatives])
        members = tuple(dict.fromkeys(m for m in [*expanded, *alternatives, *heads] if m in index.term_ids))
        thesaurus_only = bool(members) and not exact and set(members) <= set(stand_ins)
        # A term no passage holds weighs the most: a question about it is likely not answerable.
        doc_freq = min((index.doc_freq(m) for m in members if m not in heads), default=0)
        groups.append(TermGroup(term=term, members=members, weight=term_weight(index.n_chunks, doc_freq),
                                scale=STAND_IN_SCALE if thesaurus_only else 1.0, other_stems=other_stems,
                                opposed=opposed_forms(analyzer, question).get(term, ((), ())), heads=heads,
                                narrowing=narrowing, narrowed=narrowed))
    return without_shared_heads(with_phrase_synonyms(index, question, groups, STAND_IN_SCALE))


def paragraph_hits(index: Index, query: Query, k: int = DEFAULT_K) -> list[Hit]:
    """The passages of the § the question names, the asked stk. first.

    Several statutes may have that §: the rest of the question chooses among them, first by the
    words of their titles ("… i Grønne Byer Odenses vedtægter"), then by their text. Statutes that
    tie (the question does not say which) all come back, in corpus order.
    """
    ref = query.reference
    t = index.term_ids.get("§" + ref.paragraph) if ref else None
    if t is None:
        return []
    rest = [g for g in query.groups if not is_reference_term(g.term)]
    rest_scores = index.scores([m for g in rest for m in g.members],
                               [g.scale for g in rest for _ in g.members])
    scores = index.scores(query.terms, query.weights)
    hits = [explain(index, query, int(cid), float(scores[cid]))
            for cid in index.post_docs[index.offsets[t]:index.offsets[t + 1]]]
    hits = [h for h in hits if h.chunk.paragraph == ref.paragraph]
    rank: dict[str, tuple[float, float]] = {}
    for h in hits:
        title_terms = set(index.analyzer.document_terms(h.chunk.title))
        named = sum(g.weight for g in rest if title_terms.intersection(g.members))
        mine = (named, float(rest_scores[h.chunk_id]))
        rank[h.chunk.doc_url] = max(rank.get(h.chunk.doc_url, mine), mine)
    best = max(rank.values(), default=None)
    hits = [h for h in hits if rank[h.chunk.doc_url] == best]
    first: dict[str, int] = {}
    for h in hits:
        first[h.chunk.doc_url] = min(first.get(h.chunk.doc_url, h.chunk_id), h.chunk_id)
    hits.sort(key=lambda h: (first[h.chunk.doc_url], not (ref.stk and has_stk(h.chunk, ref.stk)),
                             h.chunk_id))
    return hits[:k]


def boost_statute_titles(index: Index, query: Query, hits: list[Hit]) -> list[Hit]:
    """Re-rank §§: one whose title names the question's topic (kontingent → § Kontingent) rises.

    A title match counts like a full-strength match of the term (idf × (k1 + 1)), judged by the
    question's own word, so a common word's rare synonym in a title ("medlem" → "Medlemskab")
    weighs little; it is scaled by the share of the title's words the question holds, so for
    "generalforsamlingen" § Generalforsamling beats § Ekstraordinær generalforsamling. Among
    themselves §§ are then ordered by how much of the question they hold (one holding only a story's
    words last: asked_coverage.py): §§ are short and alike, so one more word beats one more repetition.
    """
    boosted, named_share = [], {}
    for hit in hits:
        title = hit.chunk.paragraph_title if hit.chunk.paragraph else None
        if title:
            terms = set(index.analyzer.document_terms(title))
            bonus, named = 0.0, set()
            for g in query.groups:
                found = terms.intersection(g.members)
                if found:
                    own = index.term_ids.get(g.term)
                    ids = [own] if own is not None else [index.term_ids[m] for m in found]
                    bonus += max(float(index.idf[t]) for t in ids) * (K1 + 1) * g.scale
                    named |= found
            bonus *= len(named) / len(terms) if terms else 0.0
            named_share[hit.chunk_id] = round(len(named) / len(terms), 6) if terms else 0.0
            hit = replace(hit, score=hit.score + STATUTE_TITLE_BOOST * bonus) if bonus else hit
        boosted.append(hit)
    boosted.sort(key=lambda h: (-h.score, h.chunk_id))
    statutes = iter(sorted((h for h in boosted if h.chunk.paragraph), key=lambda h: (
        asks_nothing_held(query, h), -round(h.coverage, 6), -named_share.get(h.chunk_id, 0.0),
        -own_forms(index, query, h.chunk_id), -h.score, h.chunk_id)))
    return [next(statutes) if h.chunk.paragraph else h for h in boosted]


def own_forms(index: Index, query: Query, chunk_id: int) -> float:
    """The weight of the question's words a passage holds in the question's own form, not only in
    another form of the word (statute_stems): between §§ that hold as much of the question, the one
    that says "Dagsordenen" answers "… om dagsordenen?" before the one that says "dagsorden"."""
    return round(sum(g.weight for g in query.groups
                     if any(passage_has(index, chunk_id, m) for m in g.members if m not in g.other_stems)), 6)


def rerank_by_sentences(index: Index, query: Query,
                        ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """Second pass over (chunk id, score): a passage whose best sentence holds more of the question rises.

    BM25 scores whole passages; the answer to a question usually sits in one sentence. Each passage
    gains SENTENCE_WEIGHT × the best score × the share of the question's weight its best sentence
    holds (+1.2 points R@1 on NorQuAD's training questions).
    """
    top = max((score for _, score in ranked), default=0.0)
    total = query.total_weight
    if len(ranked) < 2 or top <= 0 or total <= 0:
        return ranked
    terms = shared_query_terms(query.groups, [g.weight for g in query.groups])
    scored = [(cid, score + SENTENCE_WEIGHT * top * best_sentence_weight(index, cid, terms) / total)
              for cid, score in ranked]
    return sorted(scored, key=lambda pair: (-pair[1], pair[0]))


def search_query(index: Index, query: Query, k: int = DEFAULT_K) -> list[Hit]:
    """The k best passages for an analysed query; a named § goes straight to that §."""
    if query.reference and (direct := paragraph_hits(index, query, k)):
        return direct
    ranked = rerank_by_sentences(index, query, top_with_heads(index, query, max(k, RERANK_DEPTH)))[:k]
    held = HeldTerms(index, (cid for cid, _ in ranked))
    hits = [explain(index, query, cid, score, held.has(cid)) for cid, score in ranked]
    return boost_statute_titles(index, query, hits)


def search(index: Index, question: str, k: int = DEFAULT_K) -> list[Hit]:
    """The k best passages for a question, best first."""
    return search_query(index, analyse_query(index, question), k)


__all__ = ["Hit", "Query", "TermGroup", "analyse_query", "analyse_groups", "explain", "passage_has",
           "search", "search_query", "term_weight"]
