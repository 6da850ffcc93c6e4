"""An English who-question's verb searched as the material's verb of the same sense that names its doer.

"Who wrote the report?" asks for the author; the dictionary's "skrive" reaches the publication's
"Målet skal skrives ind i planloven" (a target written into a law), while the author is told as
"Analysen er udarbejdet af foreningens sekretariat". "Who paid for the report?" reaches "kontingentet
er betalt" in the statutes, while the payer is told as "Kortlægningen er finansieret af Fonden for
Bynatur". A who-question asks for the doer, and the material names a doer after its verb with "af"
(a participle or a passive: "udarbejdet af", "finansieret af", "vedtaget af", "vælges af"). So the
verb of an English who-question is searched as those of its Danish words and their thesaurus kin
(mythes-da, by their lemmas: "skrive" ~ "udarbejde", "betalt" ~ "finansiere") that the material has before "af";
where it has none, the verb keeps its translation. A "who" that is the object ("Who do I write to?")
asks for no doer.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language.analysis import surface_words
from ..language.english import ABSENT, UNMAPPED, Translation, english_words
from ..language.lemmas import lemma_of
from ..language.thesaurus import headword_terms
from .asked_english_verbs import english_verb_positions
from .head_compounds import postings

# The preposition that names the doer after a Danish participle or passive ("udarbejdet af").
DOER = "af"
# Question words that ask for a doer.
_WHO = frozenset(("who", "whom"))
# "Who do I write to?", "Who did you write these for?": after "do" and its subject, "who" is the verb's
# object or a preposition's, not its doer; so is a "who" whose question ends in a preposition other
# than "by" (closed classes).
_DO = frozenset(("do", "does", "did"))
_STRANDED = frozenset("to for with about from at on of".split())
AGENT = "agent"
# The whole material's words before "af", read once at the warm-up (doer_table.py): a new verb's
# passages are then not read inside a visitor's question.
DOER_TABLE = "doer_table"
# Words whose documents an index keeps (a long-running service meets ever new words).
_MEMO_SIZE = 4096


def doer_word(index: Index, term: str) -> str | None:
    """The material's word of an index term that stands right before "af" (a verb's forms share one
    term: "udarbejde", "udarbejdet"), as written in the first passage that has it; None where none
    does. Only the passages holding the term are read, once per term and index: a scan of every
    passage made the first who-question of a worker wait (0.6 s at 10,000 passages)."""
    table = index.memo.get(DOER_TABLE)
    if table is not None:
        return table.get(term)
    memo = index.memo.setdefault("doer_words", {})
    if term not in memo:
        memo[term] = next((found for chunk_id in postings(index, term)
                           if (found := _before_doer(index, int(chunk_id), term))), None)
    return memo[term]


def _before_doer(index: Index, chunk_id: int, term: str) -> str | None:
    words = [w.casefold() for w in surface_words(index.chunk(chunk_id).text)]
    return next((word for word, after in zip(words, words[1:])
                 if after == DOER and index.analyzer.document_terms(word) == [term]), None)


def asks_for_doer(words: Sequence[str]) -> bool:
    """Whether an English question asks who did something ("Who wrote …?", "By whom was …?")."""
    if words[:2] == ["by", "whom"]:
        return True
    return (bool(words) and words[0] in _WHO and (len(words) < 2 or words[1] not in _DO)
            and words[-1] not in _STRANDED)


def with_doer_verbs(index: Index, asked: str, translations: list[Translation]) -> list[Translation]:
    """The translations, a who-question's verbs searched as the material's verbs that name a doer
    (the module's docstring)."""
    words = [w.casefold() for w in english_words(asked)]
    if not asks_for_doer(words):
        return translations
    verbs = {words[i] for i in english_verb_positions(words)[0]}
    out = []
    for t in translations:
        verb = t.english.split()[0].casefold()
        if verb not in verbs:
            out.append(t)
            continue
        # The translation's own words, not the verb's other dictionary senses ("sign" is "tegne", and
        # "Who signed off on …?" is no "Foreningen tegnes af formanden").
        danish = t.danish
        terms = {term for word in danish if " " not in word for term in index.analyzer.document_terms(word)}
        # The thesaurus is looked up by a word's lemma: the stem of "betalt" is no headword's.
        kin = sorted(terms | {k for word in danish if " " not in word
                              for k in headword_terms(index.analyzer, lemma_of(word) or word)})
        found = [word for term in kin if (word := doer_word(index, term))]
        # The doer is named in a document: another one does not say who made the document asked about
        # ("Who wrote these statutes?": the publication's "Analysen er udarbejdet af …" is no author of
        # the statutes, which name none). Only a word of a document's title is weighed so: the other
        # words may be the visitor's own ("quick question", "the mapping work").
        asked_documents = [u for u in translations if u is not t and u.source not in (ABSENT, UNMAPPED)
                           and any(_in_a_title(index, word) for word in u.danish)]
        found = [word for word in found if _names_the_rest(index, word, asked_documents)]
        out.append(replace(t, danish=tuple(dict.fromkeys(found)), source=AGENT) if found else t)
    return out


def _documents(index: Index, words: Sequence[str]) -> set[str]:
    """The documents (their addresses) with a passage holding one of the words."""
    return {url for word in words if " " not in word for url in _word_documents(index, word)}


def _word_documents(index: Index, word: str) -> frozenset[str]:
    # Kept per word and index: each English who-question asked of a document read every passage of
    # the doer's word and of the document's words again.
    return kept(index.memo, "word_documents", word, lambda: frozenset(
        index.chunk(int(chunk_id)).doc_url for term in set(index.analyzer.document_terms(word))
        for chunk_id in postings(index, term)), _MEMO_SIZE)


def _in_a_title(index: Index, word: str) -> bool:
    """Whether the word is one of a document's title ("vedtægter": "Vedtægter for Foreningen Grønne
    Byer"): of the passages holding it, remembered per word and index."""
    memo = index.memo.setdefault("title_words", {})
    if word not in memo:
        terms = set(index.analyzer.document_terms(word)) if " " not in word else set()
        memo[word] = bool(terms) and any(
            terms & set(index.analyzer.document_terms(index.chunk(int(chunk_id)).title))
            for term in terms for chunk_id in postings(index, term))
    return memo[word]


def _names_the_rest(index: Index, doer: str, others: Sequence[Translation]) -> bool:
    """Whether a document naming a doer with the word also holds one of each other translation's
    Danish words."""
    held = _documents(index, [doer])
    for other in others:
        held &= _documents(index, other.danish)
        if not held:
            return False
    return True
