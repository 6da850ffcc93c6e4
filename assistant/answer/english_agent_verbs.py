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
from ..language.analysis import surface_words
from ..language.english import Translation, english_words
from ..language.lemmas import lemma_of
from ..language.thesaurus import headword_terms
from .asked_english_verbs import english_verb_positions

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


def doer_verbs(index: Index) -> dict[str, str]:
    """The material's words right before "af", by their index term (a verb's forms share one:
    "udarbejde", "udarbejdet"), once per index."""
    found = index.memo.get("doer_verbs")
    if found is None:
        found = {}
        for i in range(index.n_chunks):
            words = [w.casefold() for w in surface_words(index.chunk(i).text)]
            for word, after in zip(words, words[1:]):
                terms = index.analyzer.document_terms(word) if after == DOER else ()
                if len(terms) == 1:
                    found.setdefault(terms[0], word)
        index.memo["doer_verbs"] = found
    return found


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
    table = doer_verbs(index)
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
        found = [table[term] for term in kin if term in table]
        out.append(replace(t, danish=tuple(dict.fromkeys(found)), source=AGENT) if found else t)
    return out
