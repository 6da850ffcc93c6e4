"""Whether a word names a thing (a noun), told from the forms simplemma's Danish dictionary knows.

No Danish part-of-speech tagger is among the dependencies; the lemmatiser's table of forms is. A
noun has a definite form ("rabat" -> "rabatten", "løn" -> "lønnen", "adresse" -> "adressen") and,
unlike a verb, no imperative ("uddyb", "tæl" of "talte") or regular past tense ("uddybede",
"stiftede"). A word the lemmatiser does not know is taken for a name ("MobilePay"). Adverbs
("egentlig", "derefter") have neither. A few words are both (a verb's participle "uddybet" looks
definite to the table): the verb's forms decide.
"""
from __future__ import annotations

import re

from ..language.analysis import DANISH_STOPWORDS
from ..language.folding import danish_spelling
from ..language.lemmas import lemma_of

THING, ACT, OTHER = "thing", "act", "other"


def word_class(word: str) -> str:
    """THING for a noun or a name, ACT for a verb, OTHER for the rest (an adverb, an adjective)."""
    lemma = lemma_of(word)
    if lemma is None:
        return THING
    if _has_form(lemma, _past_forms(lemma) + _imperatives(lemma)):
        return ACT
    return THING if _has_form(lemma, _definite_forms(lemma)) else OTHER


def names_a_thing(word: str) -> bool:
    """Whether a word is a noun or a name rather than a verb or an adverb."""
    return word_class(word) == THING


def gradable(word: str) -> bool:
    """Whether a word is an adjective that compares ("tæt" -> "tættere", "grønne" -> "grønnere"): "hvor
    tæt …?" then asks for a degree, as "hvor langt …?" does, not for a place; "hvor henne …?" does not."""
    lemma = lemma_of(word) or word
    return _has_form(lemma, (lemma + "ere", lemma + lemma[-1:] + "ere", lemma + "re"))


def adjective(word: str) -> bool:
    """Whether a word is an adjective: it compares (gradable), or it has a neuter form in -t that the
    lemmatiser takes back to it ("gammel" -> "gammelt", "ung" -> "ungt", "sikker" -> "sikkert"),
    which compares irregularly ("ældre", "yngre") or drops a vowel ("sikrere"), so gradable misses
    it. A verb's participle in -t ("kunnet", "skullet" of a lemma in -e) is the verb's form, and an
    adjective in -e takes no -t ("moderne")."""
    lemma = lemma_of(word)
    if lemma is None or word_class(word) == ACT:
        return False
    return gradable(word) or not lemma.endswith("e") and _has_form(lemma, (lemma + "t",))


def asks_degree(question: str) -> bool:
    """Whether "hvor" stands before an adjective in a (case-folded) question: "hvor tæt …?", "hvor
    gammel …?", "hvor sikker …?" ask how much of the quality, never where. A word typed without
    Danish letters is read in its Danish spelling ("hvor taet" as "hvor tæt")."""
    return any(w not in DANISH_STOPWORDS and adjective(w)
               for w in map(danish_spelling, re.findall(r"\bhvor ([^\W\d_]+)", question)))


def regular_past(word: str) -> bool:
    """Whether a word is the regular past tense of a verb the lemmatiser knows ("startede", "begyndte")."""
    lemma = lemma_of(word)
    return lemma is not None and lemma != word and word in _past_forms(lemma)


def _past_forms(lemma: str) -> tuple[str, ...]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return (stem + "ede", stem + "te", lemma + "de")


def _imperatives(lemma: str) -> tuple[str, ...]:
    if not lemma.endswith("e"):
        return ()
    stem = lemma[:-1]
    # A doubled consonant is written once at the end: "bestemme" -> "bestem".
    return (stem, stem[:-1]) if len(stem) > 2 and stem[-1] == stem[-2] else (stem,)


def _definite_forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("e"):
        return (lemma + "n", lemma + "t")
    # A short vowel doubles the last consonant: "rabatten", "lønnen".
    return (lemma + "en", lemma + "et", lemma + lemma[-1] + "en", lemma + lemma[-1] + "et")


def _has_form(lemma: str, forms: tuple[str, ...]) -> bool:
    return any(lemma_of(form) == lemma for form in forms)
