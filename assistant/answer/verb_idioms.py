"""A common verb whose object is a word the material never uses, closed by "for"/"til": one idiom.

"Hvem har sagt god for anbefalingerne?", "Hvem sagde ja til …?": the verb ("sige") does not mean
what it means alone; with its complement ("god", "ja") and the preposition it means "approve", which
the material says in a word of its own ("vedtaget af foreningens landsråd"). Read word by word, the
verb alone finds the sentence that happens to say "siger" ("Samtidig siger 8 ud af 10 medlemmer …"),
and the answer misses the fact. No resource lists these idioms (mythes-da keeps only verbs with
particles, freedict a handful), so the idiom is read from its shape, within one clause: a common
verb, one common word the material never uses, then "for" or "til". A complement the material has
("betaler kontingent for") or a rarer word ("hedder chefen for") is an object; "for at" opens a
purpose ("stemme ja for at ændre …"), whose verb is what is asked.
"""
from __future__ import annotations

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.background import general_rarity, rarity_of, zipf
from ..language.lemmas import lemma_of
from ..language.letter_runs import letter_runs
from ..language.thesaurus_phrases import CLAUSE_END
from .word_class import ACT, word_class

# Verbs as common as "gav" or "sagt" (Zipf 4.5 or more) have the many senses an idiom lends them.
IDIOM_VERB_RARITY = rarity_of(4.5)
# The complement is among the few hundred commonest words, as "god" and "ja" (Zipf 6.0): an idiom
# is made of the plainest words. A noun object is rarer ("penge", 5.6: "Hvem har givet penge til …?"
# asks who gave, and "givet" must be searched).
COMPLEMENT_ZIPF = 5.8
# Words of the subject a question puts between the verb and its complement ("sagde I ja til").
MAX_SUBJECT = 1
# The preposition that closes the idiom and governs what is approved, given or said.
_CLOSERS = frozenset(("for", "til"))


def idiom_verb_terms(index: Index, text: str) -> frozenset[str]:
    """The query terms of the verbs in the text that lead such an idiom, within one clause."""
    out: set[str] = set()
    for clause in CLAUSE_END.split(text.casefold()):
        words = letter_runs(clause)
        for i, word in enumerate(words):
            # A question puts its subject between the verb and the complement ("sagde foreningen god for").
            for at in range(i + 1, min(i + 1 + MAX_SUBJECT + 1, len(words) - 1)):
                closer, after = words[at + 1], words[at + 2:at + 3]
                # "for at" opens a purpose ("stemme ja for at ændre …"): the verb is what is asked.
                if closer in _CLOSERS and after != ["at"] and _complement(index, words[at]) and _common_verb(word):
                    out.update(index.analyzer.query_terms(word))
    return frozenset(out)


def _common_verb(word: str) -> bool:
    """A verb among the common words: by its forms (word_class), or a lemma with a present tense in -r
    ("sige" / "siger", "stå" / "står"), which the irregular verbs' past forms hide from word_class."""
    if word in DANISH_STOPWORDS or general_rarity(word) > IDIOM_VERB_RARITY:
        return False
    lemma = lemma_of(word)
    return word_class(word) == ACT or bool(lemma) and lemma != word + "r" and lemma_of(lemma + "r") == lemma


def _complement(index: Index, word: str) -> bool:
    """Whether a word can be an idiom's complement: one of the commonest words of Danish, no verb, that
    the material never uses ("god", "ja"). An object is a noun the material has or a rarer one
    ("chefen"). (Two words would take "grønt lys", but also "valgt nye folk til", whose verb is asked.)"""
    return word not in DANISH_STOPWORDS and zipf(word) >= COMPLEMENT_ZIPF and word_class(word) != ACT \
        and not _held(index, word)


def _held(index: Index, word: str) -> bool:
    """Whether the material has the word (any of its query terms is in the index)."""
    return any(term in index.term_ids for term in index.analyzer.query_terms(word))
