"""Yes/no questions about what the organisation itself is: the sentence that defines it.

"Er I et politisk parti?", "Are you tied to a political party?", "Does Balance Danmark belong to a
party?" ask about the subject of the page as a whole, while their words point at whichever passage
repeats them ("Folketingets partier" in another section). The material answers in the sentence that
says what its subject is: "Balance Danmark er en partipolitisk uafhængig organisation, …" -- and it
says it in the asked word's family: "parti" is a part of "partipolitisk". So a yes/no question
(a verb first) put to the organisation (the addressee "I" / "you", or its name) is answered by the
sentence of a retrieved passage that defines a subject named in the document's title, when that
sentence holds every word of the question the material knows, itself or as a part of one of its
compounds. The patterns are grammar; which subject and which words come from the material.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..index.bm25 import Index
from ..language.background import zipf
from ..language.english_things import can_be_verb, names_a_thing
from ..language.phrase_compounds import compound_split
from .document_span import document_span
from .fact_kinds import question_sentence
from .ranked_passages import explain
from .retrieve import Hit, Query
from .sentence_evidence import sentences
from .word_class import ACT, word_class
from .wrappers import unwrap

# A question word first asks for a thing, not yes or no.
_INTERROGATIVE = re.compile(r"(?:hv\w*|what\w*|who\w*|where|when|why|which|how)$", re.IGNORECASE)
# The organisation addressed as the one who answers: Danish "I" / "jer", English "you".
_ADDRESSEE = frozenset({"i", "jer", "you"})
# The pronouns that stand for an organisation the message has named (not "det": "Er det …?" points at anything).
_TOLD_PRONOUNS = frozenset({"de", "den", "they", "it"})
# The conjunction that opens a reported claim.
_THAT = frozenset({"at", "that"})
# "<Name> er en / et …": the sentence that says what a named subject is (up to four capitalised
# words, as "Foreningen Grønne Byer").
DEFINING = re.compile(r"^\W*(?P<x>(?:[A-ZÆØÅ][\w-]*\s+){0,3}[A-ZÆØÅ][\w-]*)\s+(?:er|is)\s+(?:en|et|an?)\s+")
_WORD = re.compile(r"[\w'-]+")
# Prepositions that attach a place or a body to a noun ("partierne i folketinget", "party in parliament").
_NARROWING = frozenset({"i", "på", "in", "at"})
_ARTICLES = frozenset({"the", "a", "an"})
# Where one sentence of a message ends and the next begins; a spaced dash parts them too.
_SENTENCE_END = re.compile(r"[.?!]+\s+|\s+[–—]\s+")


def _subject_of(question: str, named: set[str]) -> bool:
    """Whether a sentence of the message is a yes/no question put to the organisation -- a verb
    first, then the addressee or one of the `named` subjects (casefolded) -- or a claim about it the
    visitor checks: the addressee first, then its verb ("… at I ikke hører til noget parti – passer
    det?", "Min nabo siger, at I bare er endnu et parti. Passer det, eller er I uafhængige …?")."""
    text = unwrap(question)
    # A message that names the organisation may ask on about it as "de" / "they" ("Balance Danmark
    # dukker op i min avis. Hører de til et bestemt parti?").
    told = any(x in text.casefold() for x in named)
    return any(_put_to_it(_WORD.findall(part), named, told) for part in _SENTENCE_END.split(text))


def _put_to_it(words: list[str], named: set[str], told: bool = False) -> bool:
    if len(words) < 3 or _INTERROGATIVE.match(words[0]):
        return False
    if words[1].casefold() in _ADDRESSEE or (told and words[1].casefold() in _TOLD_PRONOUNS):
        return True
    if words[0].casefold() in _ADDRESSEE and words[0] != "you" and not any(_INTERROGATIVE.match(w) for w in words):
        return True
    # The claim told as what the visitor has read or heard ("jeg har læst, at I ikke hører til noget
    # parti – passer det?"): the addressee opens the clause after "at" / "that".
    if not any(_INTERROGATIVE.match(w) for w in words) and any(
            a.casefold() in _THAT and b.casefold() in _ADDRESSEE for a, b in zip(words, words[1:])):
        return True
    rest = " ".join(words[1:]).casefold()
    return any(rest.startswith(x + " ") for x in named)


def _held(index: Index, terms) -> set[str]:
    """A sentence's terms and the parts of its compounds ("partipolitisk" holds "parti")."""
    out = set(terms)
    for term in terms:
        split = compound_split(index.analyzer, term, index.term_ids)
        if split:
            out.update(split)
    return out


# The passages of one document looked through for its defining sentence, each way from a hit.
MAX_DOCUMENT_CHUNKS = 60


def document_definitions(index: Index, chunk_id: int) -> list[tuple[int, str, tuple, str]]:
    """(chunk id, sentence, its terms, subject) of each sentence of the hit's document that
    defines a subject named in the document's title; once per document and loaded index.

    The sentence need not be among the hits: "Er I et parti?" finds "Folketingets partier", while
    the definition says "partipolitisk", which the search does not reach."""
    memo = index.memo.setdefault("self_definitions", {})
    chunk = index.chunk(chunk_id)
    key = chunk.doc_url
    if key in memo:
        return memo[key]
    title = set(chunk.title.casefold().split())
    found = []
    for i in document_span(index, chunk_id, MAX_DOCUMENT_CHUNKS):
        for sentence, terms in sentences(index, i):
            m = DEFINING.match(sentence)
            if m and set(m["x"].casefold().split()) <= title:
                found.append((i, sentence, tuple(terms), m["x"].casefold()))
    memo[key] = found
    return found


def self_definition_first(index: Index, question: str, query: Query,
                          hits: list[Hit]) -> tuple[list[Hit], str | None, bool]:
    """Hits with the passage defining the organisation first, its defining sentence, and True (it
    answers even where the decision declines), for a yes/no question about the organisation itself
    that the definition speaks to; else the hits unchanged, None and False.

    Only when the question has no word that may be the thing asked without being in the material
    (_sure): "Er I en velgørende organisation?" asks what the definition leaves out.
    """
    if not hits:
        return hits, None, False
    defining = document_definitions(index, hits[0].chunk_id)
    if not defining or not _subject_of(question, {x for *_, x in defining}) or not _sure(index, question, query):
        return hits, None, False
    # The question's verb says how the organisation relates to the thing asked ("Holder I med et
    # bestemt parti?", "Hører I til …?"); the definition need not hold it, only the thing.
    relating = _verb_terms(index, question) | _relation_terms(index, question) if not query.put else set()
    # A message's story before its question ("Min onkel tror, I er en del af et parti. Er I knyttet til
    # et bestemt parti?") tells why the visitor asks; the asking sentence holds the thing asked.
    asking = None if query.put else _asking_terms(index, question)
    # An English question's words are the Danish ones its words were given, reached or not: as before.
    known = index.term_ids if query.put else _reached(index, query)
    for chunk_id, sentence, terms, x in defining:
        named = set(index.analyzer.query_terms(x))
        # A genitive the stemmer keeps ("partis") is known through the form its search reaches ("parti").
        asked = [g for g in query.groups if g.term in known and g.term not in named | relating
                 and (asking is None or g.term in asking)]
        held = _held(index, terms)
        narrowing = _narrowing(index, question, {g.term for g in asked if held.intersection(g.members)})
        asked = [g for g in asked if g.term not in narrowing] if narrowing else asked
        if not asked or not all(held.intersection(g.members) for g in asked):
            continue
        rest = [h for h in hits if h.chunk_id != chunk_id]
        hit = next((h for h in hits if h.chunk_id == chunk_id), None) or explain(index, query, chunk_id, 0.0)
        # The definition holds the asked words in their family: they count as matched.
        matched = hit.matched | {g.term for g in asked} | {g.term for g in query.groups if g.term in named}
        covered = sum(g.weight for g in query.groups if g.term in matched)
        total = query.total_weight
        first = replace(hit, score=max(hit.score, hits[0].score), matched=frozenset(matched),
                        coverage=covered / total if total > 0 else 0.0)
        return [first, *rest], sentence, True
    return hits, None, False


def _narrowing(index: Index, question: str, things: set[str]) -> set[str]:
    """The query terms of a phrase that narrows a thing the definition holds: "partierne i
    folketinget", "a party in parliament". The definition that rules out every party rules out the
    parties of one place too, so the narrowing words need not be in it."""
    words = [w.casefold() for w in _WORD.findall(unwrap(question))]
    out: set[str] = set()
    for k in range(len(words) - 2):
        if words[k + 1] in _NARROWING and things.intersection(index.analyzer.query_terms(words[k])):
            after = words[k + 3:k + 4] if words[k + 2] in _ARTICLES else words[k + 2:k + 3]
            out.update(t for w in after for t in index.analyzer.query_terms(w))
    return out


def _asking_terms(index: Index, question: str) -> set[str]:
    """The query terms of the message's asking sentence."""
    return {t for word in _WORD.findall(_asking(question)) for t in index.analyzer.query_terms(word)}


def _asking(question: str) -> str:
    """The message's asking sentence; a dash sets it off from the story told before it ("Jeg er
    byrådsmedlem i en lille by – er I knyttet til et parti?"), as a full stop does."""
    return _SENTENCE_END.split(question_sentence(unwrap(question)))[-1]


def _relation_terms(index: Index, question: str) -> set[str]:
    """The query terms of a noun that names how the organisation stands to the thing asked, not the
    thing: the noun a genitive of a word the material knows owns ("på et bestemt partis hold": the
    party's team), and the noun compared with "samme … som" ("på samme hold som et af partierne")."""
    words = [w.casefold() for w in _WORD.findall(unwrap(question))]
    out: set[str] = set()
    for k in range(len(words) - 1):
        owner, noun = words[k], words[k + 1]
        genitive = len(owner) > 3 and owner.endswith("s") and any(
            t in index.term_ids for t in index.analyzer.query_terms(owner[:-1]))
        compared = owner == "samme" and words[k + 2:k + 3] == ["som"]
        if genitive or compared:
            out.update(index.analyzer.query_terms(noun))
    return out


def _verb_terms(index: Index, question: str) -> set[str]:
    """The query terms of the question's verbs."""
    return {t for word in _WORD.findall(unwrap(question)) if word_class(word.casefold()) == ACT
            for t in index.analyzer.query_terms(word)}


# The commonest words of Danish ("bestemt" in "et bestemt parti") colour a question; a rarer word
# may be the very thing asked.
COMMON_ZIPF = 5.0


def _sure(index: Index, question: str, query: Query) -> bool:
    """Whether the definition may answer: every word of the question is known to the material, or
    is a verb -- how the organisation relates to what is asked ("tilknyttet", "hører til") -- or one
    of the commonest words. An English question is read in the material's words (query.put), and
    its words are judged by the terms they were given."""
    reached = _reached(index, query)
    if query.put:
        # An English verb the material's words do not give ("belong") says how, as a Danish one does;
        # a word translated to one of Danish's commonest ("back" → "tilbage") colours the question.
        common = {t for word in _WORD.findall(query.text) if zipf(word.casefold()) >= COMMON_ZIPF
                  for t in index.analyzer.query_terms(word)}
        return all(g.term in reached | common or (can_be_verb(g.term) and not names_a_thing(g.term))
                   for g in query.groups)
    for word in _claim_words(_WORD.findall(_asking(question))):
        word = word.casefold()
        if all(t in reached for t in index.analyzer.query_terms(word)):
            continue
        if word_class(word) != ACT and zipf(word) < COMMON_ZIPF:
            return False
    return True


def _claim_words(words: list[str]) -> list[str]:
    """The words of the claim a visitor checks ("jeg har laest at i ikke hører til noget parti"): those
    after "at I" / "that you"; the frame before it ("jeg har læst") is the visitor's, not the thing asked."""
    for k, (a, b) in enumerate(zip(words, words[1:])):
        if a.casefold() in _THAT and b.casefold() in _ADDRESSEE:
            return words[k + 1:]
    return words


def _reached(index: Index, query: Query) -> set[str]:
    """The query terms the material knows, itself or through the forms and synonyms their search
    reaches: "partis" (a genitive the stemmer keeps) reaches "parti", "parlament" "folketing"."""
    return {g.term for g in query.groups
            if g.term in index.term_ids or any(m in index.term_ids for m in g.members)}
