"""A question's grammar words that search reads as content, left out where the decision weighs it.

"Hvad sparer kommunerne penge på ifølge rapporten?", "Hvor meget grønt er der tilbage ifølge
undersøgelsen?": "ifølge" and the body it names say whose claim is asked for, the material's own
("rapporten" is the publication asked, "foreningen" the organisation whose page it is), not what the
claim is about; the passage that answers holds neither, and the decision read the two as content words
it lacked. Search still uses them; only the decision (decision_terms.weighed_query) leaves their terms
out.

Adverbs that only colour a question were tried alike and left as content (docs/benchmarks.md, runde
enogtredive): the particle "så", "gerne", "helt", "ude i", "imod" and "det hele" are missing from an
answer as often as from a question put to the wrong material ("Jeg har ikke betalt i et halvt år – er
jeg så stadig medlem?" of the Om page), and the decision's declines of such questions rested on them.

The verb of a price asked stands in for the sum, as "hvad" does for a thing (runde toogtredive): "Hvad
koster det at være med som studerende …?", "how much does it cost …": the passage that answers states the
sum ("125 kr. for studerende"), not "koste", and the money gate (answerability_signals.money_found)
checks that it does. It is left out only where the best passage lacks it, as "ifølge" is. The pro-verb
"gøre" after "hvad" ("Hvad har I gjort for …?") was tried again alike and left as content: it answered
three questions put to the wrong material or with an unrelated sentence for two it got right (docs/
benchmarks.md, runde toogtredive).

A kind noun after a question word (runde treogtredive): "Hvilke slags medlemmer har I?", "hvad er det for en
slags undersøgelser, I udgiver?" ask which members or studies there are; the page lists them ("kommuner,
virksomheder, organisationer og privatpersoner") and never says "slags". "slags" read after
"hvilken/hvilket/hvilke", "hvad" or "for en/et/nogle" is the question's grammar, left out where the best
passage lacks it. "slags" anywhere else ("Er der en slags fest …?") stays content.

A stopword verb's participle (runde syvogtredive): the Snowball list drops the auxiliaries "blive", "have" and
"kunne" but not their participles "blevet", "haft", "kunnet" ("Hvilke sager har I haft held til at få
politikerne til at tage op?", "Kan man klage, hvis man er blevet smidt ud?"), which search then weighed as
content the answering passage lacks. A word whose every lemma is a stopword verb (an infinitive in -e) is such
a form, unless it is a noun's form of the same spelling ("haven", "haverne": the garden) or a comparison
("flere", "fleste" of "mange"), which says what is compared. The neuter "hvert"
(of "hver") was tried alike and left as content: without it an Om question asked of the association ("Hvor
mange penge har I at gøre godt med hvert år?") found page 5's "50 millioner kroner om året"
(benchmarks.other_material; docs/benchmarks.md, runde syvogtredive).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..language.analysis import DANISH_STOPWORDS, Analyzer
from ..language.derivation import lemmas_of
from ..language.folding import danish_letters
from ..language.letter_runs import letter_runs
from ..language.word_runs import ascii_fold
from .document_self import definite_form
from .fact_kinds import asked_types

# "ifølge" (also "ifolge" typed without ø) and the source after it: a definite noun ("rapporten",
# "undersøgelsen", "foreningen"), after an optional demonstrative or possessive. A noun that a
# relative clause picks out ("ifølge den fond, der betalte") is another body, and stays content.
_ACCORDING = re.compile(r"\bif(?:ø|o)lge\s+(?:(?:den|det|de|denne|dette|jeres|deres)\s+)?"
                        r"(\w+)\b(?!\s*,?\s*(?:der|som)\b)")
# The verb of a price asked ("hvad koster …", "hvor meget kostede …", "what does … cost"): its Danish
# spelling, whatever form the question used ("cost" reaches the index as "koste").
_PRICE_VERB = re.compile(r"\b(?:kost(?:er|ede|et|e)|costs?|costed)\b")
# The kind noun after an interrogative determiner ("Hvilke slags medlemmer …?", "hvad for en slags
# undersøgelser …"): it asks which kinds of the noun after it, and the passage that answers names the
# kinds ("kommuner, virksomheder …"), not the word "slags". ("type" reads alike but was left out: no
# dev question turned on it, and it would change 16 of NorQuAD's questions, whose decision was not
# measured again.)
_KIND_NOUN = re.compile(r"\b(?:hvilken|hvilket|hvilke|hvad|for\s+(?:en|et|nogle))\s+(slags)\b")
# A noun's endings after a stem in -e ("have" → "haven", "haver", "haverne"; with a genitive -s).
_NOUN_ENDINGS = ("n", "r", "ne", "rne", "ns", "rs", "nes", "rnes")
# A comparative or superlative ("flere", "fleste" of "mange", whose stem also ends in -e): what is
# compared is content.
_COMPARED = re.compile(r"(?:ere|este?)$")
# Questions whose words, read once, are the same a few times over (decision and training).
MEMO_SIZE = 256


@lru_cache(maxsize=MEMO_SIZE)
def grammar_words(question: str) -> tuple[str, ...]:
    """The question's words that are grammar, not content: "ifølge" with the definite noun it names
    as the source (also typed without ø), a kind noun after a question word ("hvilke slags") and
    the verb of a price asked."""
    text = danish_letters(question.casefold())
    found: list[str] = []
    for match in _ACCORDING.finditer(text):
        found.append("ifølge")
        if definite_form(match.group(1)):
            found.append(match.group(1))
    found += [m.group(1) for m in _KIND_NOUN.finditer(text)]
    if asked_types(question).price:
        found += ["koste" for _ in _PRICE_VERB.finditer(text)][:1]
    found += [word for word in letter_runs(text) if stopword_form(word)]
    return tuple(found)


@lru_cache(maxsize=4096)
def stopword_form(word: str) -> bool:
    """Whether the word is a form of stopword verbs only ("blevet", "haft", "kunnet"), not a noun of
    the same stem ("haven", "haverne") nor another word class's form ("hvert", "modet")."""
    if word in DANISH_STOPWORDS or _COMPARED.search(word):
        return False
    lemmas = lemmas_of(ascii_fold(word))
    if not lemmas or not lemmas <= DANISH_STOPWORDS or not all(lemma.endswith("e") for lemma in lemmas):
        return False
    return not any(word == lemma + ending for lemma in lemmas for ending in _NOUN_ENDINGS)


def grammar_terms(analyzer: Analyzer, question: str) -> frozenset[str]:
    """The query terms of grammar_words (the analyser reads "ifølge" and "ifolge" apart)."""
    words = grammar_words(question)
    spellings = {*words, *("ifolge" for w in words if w == "ifølge")}
    return frozenset(t for w in spellings for t in analyzer.query_terms(w))


def price_terms(analyzer: Analyzer, question: str) -> frozenset[str]:
    """The query terms of the verb of a price asked, where grammar_words finds it ("Hvad koster det for
    en studerende at være med?"). With it left out one other word is enough to weigh (decision_terms):
    any passage naming that word holds "all" of the question, but the money gate still asks its
    answering sentence for a sum that prices the thing (answerability_signals.money_found)."""
    return frozenset(analyzer.query_terms("koste")) if "koste" in grammar_words(question) else frozenset()
