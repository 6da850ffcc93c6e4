"""A visitor's word for the organisation a document is about, where the document defines it in another word.

The Om page opens "Balance Danmark er en partipolitisk uafhængig organisation"; the statutes say
"Foreningen Grønne Byer er en landsforening for …". Visitors call the organisation "jeres forening",
"jeres sammenslutning" or "your group": the page never says "forening", so the word read as one the
answering passage lacks and pulled the model below its threshold ("hvem var med til at stifte jeres
forening"). The word is the visitor's name for the document's subject, which every passage of the
document is about.

Here such a word counts as held by every passage of a document that defines the
name in its title as a noun the word is kin to in the thesaurus (thesaurus_kin.kindred: "forening"
and "organisation" are kinds of "gruppe"; "klub" is a kind of "sammenslutning", as "organisation"
is), when the visitor's word is the organisation addressed: after "jeres". An English question's
Danish words are the dictionary's ("current" gives "strøm", kin to "organisation" through
"bevægelse"), so there the visitor's own English must point at the kind: a noun after "your" whose
commonest WordNet sense is the defined noun's English ("organization", through the Danish-English
dictionary), a kind of it ("association") or a broader word of it ("group").

Only the document's own definition of its title's name counts, not any noun the text uses: a kin
word elsewhere in a text says something else as often as the same thing (docs/benchmarks.md, runde
syvogtyve), and the other organisation's material, which defines itself as a "landsforening", does
not become "jeres organisation".
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language import dictd, wordnet
from ..language.derivation import lemmas_of
from ..language.document_titles import WORD
from ..language.thesaurus_kin import kindred
from ..language.word_runs import ascii_fold
from .document_kind import question_words
from .self_definition import DEFINING, document_definitions

# The noun of a defining sentence is the last word before a clause or a preposition ("organisation, der
# …", "landsforening for borgere").
_PHRASE_BREAK = re.compile(r"[.,;:!?()]")
_PHRASE_ENDS = frozenset({"der", "som", "for", "med", "i", "til", "af", "og", "hvor", "på", "fra", "om", "inden"})
# Words before a noun that make it the organisation addressed. A definite form ("foreningen", "fonden",
# "the association") is as often another body the material names or the other organisation's own word
# for itself: counted, the Om page answered the association's questions ("Hvor holder foreningen til?",
# "Har fonden, der betalte, haft noget at skulle have sagt?"; benchmarks.other_material).
_POINTERS = frozenset({"jeres", "your"})
_MEMO = "document_self_nouns"
MEMO_SIZE = 256


def defined_noun(sentence: str) -> str | None:
    """The noun a defining sentence (self_definition.DEFINING) defines its subject as: "Balance Danmark
    er en partipolitisk uafhængig organisation, der …" → "organisation"."""
    found = DEFINING.match(sentence)
    if found is None:
        return None
    head: list[str] = []
    for word in WORD.findall(_PHRASE_BREAK.split(sentence[found.end():], 1)[0]):
        if word.casefold() in _PHRASE_ENDS:
            break
        head.append(word)
    return head[-1].casefold() if head else None


def self_nouns(index: Index, chunk_id: int) -> tuple[str, ...]:
    """What the passage's document defines its title's name as (self_definition.document_definitions;
    kept per document)."""
    def compute() -> tuple[str, ...]:
        nouns = (defined_noun(sentence) for _, sentence, _, _ in document_definitions(index, chunk_id))
        return tuple(dict.fromkeys(noun for noun in nouns if noun))
    return kept(index.memo, _MEMO, index.chunk(chunk_id).doc_url, compute, MEMO_SIZE)


def points_at_one(question: str, word: str) -> bool:
    """Whether the question's word is the organisation addressed: after "jeres" ("jeres forening")."""
    folded = word.casefold()
    words = [w.casefold() for w in WORD.findall(question)]
    return any(w == folded and i and words[i - 1] in _POINTERS for i, w in enumerate(words))


def _kin(word: str, nouns: Iterable[str]) -> bool:
    lemmas = lemmas_of(ascii_fold(word.casefold())) or {word.casefold()}
    return any(kindred(lemma, noun) for lemma in lemmas for noun in nouns)


def _first_sense_line(net: wordnet.WordNet, word: str) -> list[int]:
    """The offsets of the word's commonest noun sense and its broader senses, nearest first."""
    senses = net.noun_senses(word)
    return [offset for offset, _, _ in net.broader_nouns(senses[0])] if senses else []


def english_points_at(put: str, nouns: Iterable[str]) -> bool:
    """Whether the English question points at a noun ("your group", "your association") whose commonest
    sense is the English of one of `nouns` (Danish), a kind of it or a broader word of it."""
    net = wordnet.load()
    if net is None:
        return False
    danish_english = dictd.load(dictd.DANISH_ENGLISH)
    lines = [_first_sense_line(net, english) for noun in nouns
             for english in (noun, *danish_english.get(noun, ())[:2])]
    lines = [line for line in lines if line]
    words = [w.casefold() for w in WORD.findall(put)]
    for before, word in zip(words, words[1:]):
        if before not in _POINTERS or word in _POINTERS:
            continue
        own = _first_sense_line(net, word)
        if own and any(own[0] in line or line[0] in own for line in lines):
            return True
    return False


def held_as_self(index: Index, chunk_id: int | None, question: str, terms: Iterable[str],
                 names: Collection[str] = (), put: str = "") -> frozenset[str]:
    """The `terms` (query terms the passage lacks) that name the passage's document's subject in another
    word: kin to the noun the document defines its title's name as, where the visitor's word points at
    one thing or, for a question `put` in English, the English points at that kind of thing."""
    terms = list(terms)
    # Only a word after "jeres"/"your" can count: a question without one is done before any reading.
    if chunk_id is None or not terms or _POINTERS.isdisjoint(w.casefold() for w in WORD.findall(put or question)):
        return frozenset()
    nouns = self_nouns(index, chunk_id)
    if not nouns:
        return frozenset()
    pointed = bool(put) and english_points_at(put, nouns)
    words = question_words(index, question, terms, names)
    return frozenset(t for t, said in words.items()
                     if any((pointed if put else points_at_one(question, w)) and _kin(w, nouns) for w in said))
