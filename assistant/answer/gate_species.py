"""Whether a passage names the species or varieties a "hvilke træarter …?" question asks for.

"Hvilke træarter anbefaler I til de nye bytræer?" and "Hvilke træsorter anbefaler I at plante langs
vejene?" were answered with the tree plan ("… plante 100.000 nye bytræer inden 2030 …") or the summary
that names it: the passage is about the trees and says how many, who plants them and by when, but names
no species. The which-gate reads the question's noun after "hvilke" ("træarter"), whose compound part
"træ" the passage holds.

A species or a variety ("art", "sort"; English "species", "variety") is named by its own name ("lind",
"ahorn"), not described: "hvilken slags / type" and "what kind of" are answered by a description ("grønne
tage eller solceller", "konkrete udviklingsprojekter", "de store byer") and are not checked here. A
question for the species of a thing – "træarter", "træsorter", "hvilke arter af X", "which species /
varieties of X", "which tree species" – is answered only by a passage that speaks of species or varieties
(the word on its own or in a compound) or that, in a sentence mentioning the thing, lists three or more
after it. Which may do something ("Hvilke arter kan plantes …?") asks a condition, which a description
answers, and is not checked.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language.lemmas import lemma_of
from .reading import danish_terms_of_english
from .retrieve import Query
from .sentence_evidence import sentences

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
SPECIES_GATE = "species_named"
# The words for a species or variety (Danish singular and plural, definite or not).
_SORT = r"(?:arter|arten|art|sorter|sorten|sort)"
_ASKS_SORT = re.compile(
    rf"\bhvilke[nt]?\s+(?:{_SORT})\s+af\s+(?P<thing>[^\W\d_]{{3,}})"
    rf"|\bhvilke[nt]?\s+(?P<compound>[^\W\d_]{{3,}}?){_SORT}\b"
    r"|\b(?:which|what)\s+(?:species|varieties|variety)\s+of\s+(?P<english>[a-z]{3,})"
    r"|\b(?:which|what)\s+(?P<before>[a-z]{3,})\s+(?:species|varieties)\b", re.IGNORECASE)
# Which sorts may do something asks a condition (the modal verbs of Danish and English).
_MAY = re.compile(r"\b(?:kan|kunne|må|maa|can|could|may|might)\b", re.IGNORECASE)
# The species words in a passage: alone or as a compound's head ("træarter").
_SORT_WORD = re.compile(rf"(?:\b|[^\W\d_]{{2,}}){_SORT}\b|\b(?:species|varieties|variety)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# The marks between a list's items: a comma, "og", "eller" (Danish and English).
_BETWEEN = re.compile(r",|\b(?:og|eller|and|or)\b", re.IGNORECASE)


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asked_species(question: str) -> str:
    """The thing whose species a question asks for ("træ" of "Hvilke træarter …?", "trees" of "Which
    species of trees …?", "tree" of "Which tree species …?"), or ""."""
    found = _ASKS_SORT.search(question)
    if not found or _MAY.search(question):
        return ""
    # A compound's first part must be a word ("træ" of "træarter"), not the rest of a word that only
    # ends like one ("bykv" of "bykvarter", "samarbejdsp" of "samarbejdsparter").
    if found["compound"] and lemma_of(found["compound"]) is None:
        return ""
    return next(w for w in found.groups() if w)


def _lists_after(index: Index, sentence: str, terms: set[str]) -> bool:
    """Whether the sentence mentions the thing (one of its terms, or a compound ending in one) and lists
    three or more after it."""
    for found in _WORD.finditer(sentence):
        if any(t in terms or any(t.endswith(s) for s in terms if len(s) >= 3)
               for t in index.analyzer.document_terms(found.group(0))):
            return len(_BETWEEN.findall(sentence[found.end():])) >= 2
    return False


def species_named(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage speaks of the species a question asks for (always, for a question that asks for none)."""
    thing = asked_species(question)
    if not thing:
        return True
    text = index.chunk(chunk_id).text
    if _SORT_WORD.search(text):
        return True
    terms = set(index.analyzer.query_terms(thing)) | danish_terms_of_english(index, thing)
    return any(_lists_after(index, sentence, terms) for sentence, _ in sentences(index, chunk_id))
