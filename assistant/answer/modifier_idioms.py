"""An adjective whose noun the material never uses: the pair is one expression, not the adjective's sense.

"Hvornår fik anbefalingerne grønt lys?": "grønt lys" means an approval, and the material says it in
a word of its own ("Anbefalingerne blev vedtaget af foreningens landsråd den 15. februar 2025").
Read word by word, "grønt" finds the sentence about green space ("… mindst 30 procent grønt areal
…"), and the answer misses the date. No resource lists such expressions (the thesaurus and the
dictionaries lack "grønt lys"), so the expression is read from the material's own use: an adjective
describes the noun after it, and where the material never uses that noun ("lys") and one of the
commonest verbs governs the pair ("fik … grønt lys", "give grønt lys": a support verb, as in
light_verbs.py), the pair is the predicate and the adjective says nothing of which sentence answers.
An adjective before a noun the material has ("grønne tage") keeps its weight, and so does one before a
noun the material says in another word under a verb of its own ("flytte statslige job" for "udflytningen
af statslige arbejdspladser"). An English question's words are read by their Danish translation,
whose word order is not the question's: it is left alone. The search still uses every word.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.folding import danish_spelling
from .light_verbs import is_light_verb
from .retrieve import Query
from .word_class import THING, adjective, word_class

_WORD = re.compile(r"[^\W\d_]+")
# How far before the adjective its support verb may stand: a subject between ("fik anbefalingerne grønt lys").
VERB_REACH = 2


def loose_modifier_terms(index: Index, query: Query) -> frozenset[str]:
    """The query terms of the question's adjectives that stand right before a noun the material lacks,
    after one of the commonest verbs."""
    if query.put:
        return frozenset()
    words = _WORD.findall(query.text.casefold())
    out: set[str] = set()
    for i, (word, noun) in enumerate(zip(words, words[1:])):
        if word in DANISH_STOPWORDS or noun in DANISH_STOPWORDS \
                or not any(is_light_verb(w) for w in words[max(0, i - VERB_REACH):i]):
            continue
        terms = index.analyzer.query_terms(noun)
        if not terms or any(t in index.term_ids for t in terms):
            continue
        if _adjective(danish_spelling(word)) and word_class(danish_spelling(noun)) == THING:
            out.update(index.analyzer.query_terms(word))
    return frozenset(out)


def _adjective(word: str) -> bool:
    """An adjective, also in its neuter form, which the lemmatiser may take for a noun of its own
    ("grønt" as the noun for vegetables; its stem "grøn" compares)."""
    return adjective(word) or word.endswith("t") and adjective(word[:-1])
